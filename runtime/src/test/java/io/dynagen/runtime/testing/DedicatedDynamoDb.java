package io.dynagen.runtime.testing;

import io.dynagen.test.local.DynamoDbLocalServer;
import java.nio.file.Path;
import java.time.Duration;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A DynamoDB Local of one test's own, on its own port, storing its tables in a folder so that
 * a test can stop it mid-load and start it again over the same data (the shared {@link
 * LocalDynamoDb} is never stopped).
 */
public final class DedicatedDynamoDb implements AutoCloseable {
  private final Path folder;
  private final DynamoDbLocalServer server;

  private DedicatedDynamoDb(Path folder, DynamoDbLocalServer server) {
    this.folder = folder;
    this.server = server;
  }

  /** Starts a server storing its tables in {@code folder}, on a free loopback port. */
  public static DedicatedDynamoDb start(Path folder) {
    return new DedicatedDynamoDb(folder, DynamoDbLocalServer.storingTablesIn(folder));
  }

  /** Another server over the same folder, on another port. */
  public DedicatedDynamoDb restart() {
    return start(folder);
  }

  /** A client waiting up to 15 s for an answer (creating a table on disk takes seconds). */
  public DynamoDbClient client() {
    return client(Duration.ofSeconds(15));
  }

  /** A client waiting up to {@code socketTimeout} for an answer, with the SDK's standard retries. */
  public DynamoDbClient client(Duration socketTimeout) {
    return server.clientBuilder()
        .httpClientBuilder(UrlConnectionHttpClient.builder()
            .connectionTimeout(Duration.ofSeconds(1))
            .socketTimeout(socketTimeout))
        .overrideConfiguration(c -> c.apiCallTimeout(Duration.ofSeconds(30))
            .retryStrategy(AwsRetryStrategy.standardRetryStrategy()))
        .build();
  }

  /** Stops the server, cutting the requests it is serving. */
  public void stop() {
    server.close();
  }

  @Override
  public void close() {
    stop();
  }

}
