package io.dynagen.test.local;

import com.amazonaws.services.dynamodbv2.local.server.LocalDynamoDBRequestHandler;
import com.amazonaws.services.dynamodbv2.local.server.LocalDynamoDBServerHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * DynamoDB Local, AWS's emulator, serving HTTP in this process: in memory (or in a folder, for a
 * test that restarts it over the same tables), one database for every access key and region (its
 * {@code -sharedDb}), and listening on 127.0.0.1 unless given another address.
 *
 * <p>Tests that share one server per JVM use {@link SharedDynamoDbLocal} instead.
 *
 * <p>DynamoDB Local's own launcher ({@code ServerRunner}) listens on every network interface and
 * has no option for an address, and its server class reaches for its telemetry clients; so its
 * request handler is put in a Jetty server of our own, listening only where asked, and telemetry
 * is never started.
 *
 * <p>Stopping it leaves a non-daemon thread of DynamoDB Local's running for minutes, so a {@code
 * main} that started it must end with {@code System.exit}.
 */
public final class DynamoDbLocalServer implements AutoCloseable {
  /** The address it listens on unless told otherwise. */
  public static final String LOOPBACK = "127.0.0.1";

  private final Server server;
  private final LocalDynamoDBServerHandler handler;
  private final URI endpoint;
  private boolean closed;

  private DynamoDbLocalServer(Server server, LocalDynamoDBServerHandler handler, URI endpoint) {
    this.server = server;
    this.handler = handler;
    this.endpoint = endpoint;
  }

  /**
   * Starts it in memory on a free loopback port (2–4 s).
   *
   * @return the running server; close it when done
   * @throws IllegalStateException if it cannot start, saying why
   */
  public static DynamoDbLocalServer start() {
    return start(LOOPBACK, freeLoopbackPort());
  }

  /**
   * Starts it on {@code host} (an address of this machine, such as {@code 127.0.0.1}, or {@code
   * 0.0.0.0} for every interface) and {@code port}, in memory.
   *
   * @param host the address to listen on
   * @param port the port to listen on
   * @return the running server; close it when done
   * @throws PortInUseException if something else listens there
   * @throws IllegalStateException if it cannot start for another reason, saying why
   */
  public static DynamoDbLocalServer start(String host, int port) {
    return start(host, port, null);
  }

  /**
   * Starts it on a free loopback port, storing its tables in {@code folder} (created by the caller)
   * rather than in memory: a server started later over the same folder finds them again.
   *
   * @param folder where DynamoDB Local keeps its database file
   * @return the running server; close it when done
   * @throws IllegalStateException if it cannot start, saying why
   */
  public static DynamoDbLocalServer storingTablesIn(Path folder) {
    return start(LOOPBACK, freeLoopbackPort(), folder.toString());
  }

  private static DynamoDbLocalServer start(String host, int port, String folder) {
    SqliteNativeLibrary.ensureFound();
    LocalDynamoDBServerHandler handler;
    try {
      // In memory unless given a folder; one database for every access key and region, no
      // artificial delays, no CORS.
      handler = new LocalDynamoDBServerHandler(
          new LocalDynamoDBRequestHandler(0, folder == null, folder, true, false), null);
    } catch (Exception e) {
      throw new IllegalStateException("DynamoDB Local could not set up its database: " + e.getMessage(), e);
    }
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost(host);
    connector.setPort(port);
    server.addConnector(connector);
    ContextHandler context = new ContextHandler();
    context.setHandler(handler);
    server.setHandler(new ContextHandlerCollection(context));
    String where = forUri(host) + ":" + port;
    try {
      server.start();
    } catch (Exception e) {
      stop(server, handler);
      throw cannotListen(where, e);
    }
    // Clients on this machine reach a server on every interface through loopback.
    String reachable = isWildcard(host) ? LOOPBACK + ":" + port : where;
    return new DynamoDbLocalServer(server, handler, URI.create("http://" + reachable));
  }

  /**
   * Where clients reach it.
   *
   * @return its URI, such as {@code http://127.0.0.1:43127}
   */
  public URI endpoint() {
    return endpoint;
  }

  /**
   * A client builder set up for this server: its endpoint, a region, dummy credentials, and the
   * SDK's URL connection HTTP client (2 s to connect, 30 s for an answer). Set anything else on
   * it, or replace any of these, before {@code build()}.
   *
   * @return a new builder, for a client the caller closes
   */
  public DynamoDbClientBuilder clientBuilder() {
    return DynamoDbClient.builder()
        .endpointOverride(endpoint)
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("dynagen", "local")))
        .httpClientBuilder(UrlConnectionHttpClient.builder()
            .connectionTimeout(Duration.ofSeconds(2))
            .socketTimeout(Duration.ofSeconds(30)));
  }

  /** Stops it, cutting the requests it is serving; closing it again does nothing. */
  @Override
  public synchronized void close() {
    if (!closed) {
      closed = true;
      stop(server, handler);
    }
  }

  /**
   * Whether an address means every network interface.
   *
   * @param host an address, as given to {@link #start(String, int)}
   * @return true for {@code 0.0.0.0} and {@code ::}
   */
  public static boolean isWildcard(String host) {
    String bare = host.replace("[", "").replace("]", "");
    return bare.equals("0.0.0.0") || bare.equals("::") || bare.equals("0:0:0:0:0:0:0:0");
  }

  private static void stop(Server server, LocalDynamoDBServerHandler handler) {
    try {
      server.stop();
    } catch (Exception e) {
      // Stopping an in-memory server loses nothing.
    }
    handler.close();
  }

  private static IllegalStateException cannotListen(String where, Exception e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BindException) {
        String reason = String.valueOf(t.getMessage());
        if (reason.contains("in use")) {
          return new PortInUseException("cannot listen on " + where + ": the port is in use (another DynamoDB Local?)", e);
        }
        return new IllegalStateException("cannot listen on " + where + ": " + reason, e);
      }
    }
    return new IllegalStateException("DynamoDB Local did not start on " + where + ": " + e.getMessage(), e);
  }

  /** An IPv6 address in brackets, as a URI writes it. */
  private static String forUri(String host) {
    return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
  }

  private static int freeLoopbackPort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("No free loopback port for DynamoDB Local", e);
    }
  }

  /** The port asked for is taken. */
  public static final class PortInUseException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    PortInUseException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
