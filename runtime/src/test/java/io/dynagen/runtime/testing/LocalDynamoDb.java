package io.dynagen.runtime.testing;

import io.dynagen.test.local.SharedDynamoDbLocal;
import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The tests' view of dynagen-test-local's one DynamoDB Local per test JVM ({@link
 * SharedDynamoDbLocal}: in memory over HTTP on loopback, started on first use), with the clients
 * Dynagen's own tests need: with interceptors, without retries, with few attempts. Tests share the
 * server, so each test class should create its own uniquely named tables ({@link #uniqueTableName}).
 */
public final class LocalDynamoDb {
  private static final AtomicInteger TABLE_COUNTER = new AtomicInteger();

  private LocalDynamoDb() {}

  /** The endpoint of the shared server, such as {@code http://127.0.0.1:43127}. */
  public static URI endpoint() {
    return SharedDynamoDbLocal.endpoint();
  }

  /** A client of the shared server, shared by all tests; do not close it. */
  public static DynamoDbClient client() {
    return SharedDynamoDbLocal.client();
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
    return SharedDynamoDbLocal.clientBuilder().overrideConfiguration(config.build()).build();
  }

  /** A table name no other test in this JVM uses: {@code prefix-<n>}. */
  public static String uniqueTableName(String prefix) {
    return prefix + "-" + TABLE_COUNTER.incrementAndGet();
  }
}
