package io.dynagen.runtime.testing;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * One real DynamoDB Local per test JVM, serving HTTP on a free loopback port, so tests exercise
 * the SDK's whole HTTP stack. It starts on first use (2–4 s) and stops when the JVM exits.
 *
 * <p>Needs the system property {@code sqlite4java.library.path} pointing at the copied native
 * libraries; the build sets it for surefire. Tests share the server, so each test class should
 * create its own uniquely named tables ({@link #uniqueTableName}).
 */
public final class LocalDynamoDb {
  private static final AtomicInteger TABLE_COUNTER = new AtomicInteger();

  private LocalDynamoDb() {}

  /** Started on first access of the holder class: the JVM guarantees this happens once. */
  private static final class Server {
    static final URI ENDPOINT = start();
    static final DynamoDbClient CLIENT = newClient();
  }

  /** The endpoint of the shared server, such as {@code http://127.0.0.1:43127}. */
  public static URI endpoint() {
    return Server.ENDPOINT;
  }

  /** A client of the shared server, shared by all tests; do not close it. */
  public static DynamoDbClient client() {
    return Server.CLIENT;
  }

  /**
   * A new client of the shared server with extra interceptors (to count or inspect requests).
   * The caller closes it.
   */
  public static DynamoDbClient newClient(ExecutionInterceptor... interceptors) {
    return newClient(ClientOverrideConfiguration.builder(), interceptors);
  }

  /**
   * A new client of the shared server that never retries a request itself, so that a test of
   * code with retries of its own sees every failure its interceptors inject. The caller closes it.
   */
  public static DynamoDbClient newClientWithoutRetries(ExecutionInterceptor... interceptors) {
    return newClient(ClientOverrideConfiguration.builder().retryStrategy(AwsRetryStrategy.doNotRetry()), interceptors);
  }

  /**
   * A new client of the shared server whose SDK makes at most {@code attempts} tries of a request
   * (so that a test sees the SDK's retries without waiting through DynamoDB's default nine). The
   * caller closes it.
   */
  public static DynamoDbClient newClientWithAttempts(int attempts, ExecutionInterceptor... interceptors) {
    return newClient(ClientOverrideConfiguration.builder()
        .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder().maxAttempts(attempts).build()), interceptors);
  }

  private static DynamoDbClient newClient(ClientOverrideConfiguration.Builder config, ExecutionInterceptor... interceptors) {
    for (ExecutionInterceptor interceptor : interceptors) {
      config.addExecutionInterceptor(interceptor);
    }
    return DynamoDbClient.builder()
        .endpointOverride(endpoint())
        .region(Region.US_EAST_1)
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create("dynagen", "local")))
        .httpClientBuilder(
            UrlConnectionHttpClient.builder()
                .connectionTimeout(Duration.ofSeconds(2))
                .socketTimeout(Duration.ofSeconds(30)))
        .overrideConfiguration(config.build())
        .build();
  }

  /** A table name no other test in this JVM uses: {@code prefix-<n>}. */
  public static String uniqueTableName(String prefix) {
    return prefix + "-" + TABLE_COUNTER.incrementAndGet();
  }

  private static URI start() {
    if (System.getProperty("sqlite4java.library.path") == null) {
      throw new IllegalStateException(
          "System property sqlite4java.library.path is not set: DynamoDB Local cannot load its"
              + " native sqlite library. Run the tests through Maven (surefire sets it to"
              + " target/native-libs), or set it to a folder holding libsqlite4java-*.so");
    }
    LoopbackServer server = LoopbackServer.inMemory();
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "dynamodb-local-stop"));
    return URI.create("http://127.0.0.1:" + server.port());
  }
}
