package io.dynagen.runtime.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A server on loopback that accepts every connection and never answers: the dead endpoint of
 * deadline and interrupt tests. A request to it ends only by the client's timeouts.
 */
public final class SilentServer implements AutoCloseable {
  private final ServerSocket socket;
  private final List<Socket> accepted = new CopyOnWriteArrayList<>();

  private SilentServer(ServerSocket socket) {
    this.socket = socket;
  }

  public static SilentServer start() {
    try {
      SilentServer server = new SilentServer(new ServerSocket(0, 200, InetAddress.getLoopbackAddress()));
      Thread acceptor = new Thread(server::acceptForever, "silent-server");
      acceptor.setDaemon(true);
      acceptor.start();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void acceptForever() {
    while (!socket.isClosed()) {
      try {
        accepted.add(socket.accept());
      } catch (IOException e) {
        return;
      }
    }
  }

  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + socket.getLocalPort());
  }

  /**
   * A client of this server whose every API call ends after {@code apiCallTimeout} (the SDK's
   * own retries included).
   */
  public DynamoDbClient client(Duration apiCallTimeout) {
    return DynamoDbClient.builder()
        .endpointOverride(endpoint())
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("dynagen", "local")))
        .httpClientBuilder(UrlConnectionHttpClient.builder()
            .connectionTimeout(Duration.ofSeconds(1))
            .socketTimeout(apiCallTimeout))
        .overrideConfiguration(c -> c.apiCallTimeout(apiCallTimeout))
        .build();
  }

  @Override
  public void close() {
    try {
      socket.close();
      for (Socket client : accepted) {
        client.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
