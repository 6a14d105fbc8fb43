package io.dynagen.example;

import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.client.config.SdkAdvancedAsyncClientOption;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClientBuilder;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * Builds a {@link DynamoDbClient} the way AWS's guide recommends instead of the SDK's defaults:
 * short connect and read timeouts (about a second: DynamoDB answers in milliseconds, and a hung
 * connection is better retried than waited on), an explicit retry strategy and attempt budget,
 * a connection pool sized for the threads that share the client, and TCP keep-alive so pooled
 * connections survive idle periods.
 *
 * <p>The client is thread-safe: build one per process and share it; close it at the end.
 */
public final class ClientFactory {
  /** What DynamoDB Local accepts: any access key and secret, any region. */
  private static final AwsCredentialsProvider LOCAL_CREDENTIALS =
      StaticCredentialsProvider.create(AwsBasicCredentials.create("dynagen", "local"));

  private ClientFactory() {}

  /** A client for {@code settings}, with {@code interceptors} (such as an {@link OperationTracer}). */
  public static DynamoDbClient create(ClientSettings settings, List<ExecutionInterceptor> interceptors) {
    DynamoDbClientBuilder builder = DynamoDbClient.builder().httpClientBuilder(httpClient(settings));
    return target(builder, settings, interceptors).build();
  }

  /**
   * An async client for {@code settings} on the SDK's Netty client, with as many connections as
   * the sync client's pool. Its responses complete their futures on the event loop that read
   * them: the callbacks chained on them (Dynagen's, and the app's own) never block, so the SDK's
   * default hop to a pool of completion threads would only add a thread switch per request,
   * which on a loaded machine left fewer requests in flight (see docs/async.md). It runs on an
   * event loop of its own, which closing the returned {@link AsyncClient} ends at once, not after
   * the SDK's two-second quiet period. The caller closes it.
   */
  public static AsyncClient createAsync(ClientSettings settings, List<ExecutionInterceptor> interceptors) {
    OwnedEventLoop eventLoop = new OwnedEventLoop();
    DynamoDbAsyncClientBuilder builder = DynamoDbAsyncClient.builder()
        .httpClientBuilder(NettyNioAsyncHttpClient.builder()
            .eventLoopGroup(eventLoop.forSdk())
            .connectionTimeout(settings.connectTimeout())
            .readTimeout(settings.readTimeout())
            .maxConcurrency(settings.maxConnections())
            .tcpKeepAlive(settings.tcpKeepAlive()))
        .asyncConfiguration(async -> async.advancedOption(
            SdkAdvancedAsyncClientOption.FUTURE_COMPLETION_EXECUTOR, Runnable::run));
    try {
      return new AsyncClient(target(builder, settings, interceptors).build(), eventLoop);
    } catch (RuntimeException e) {
      eventLoop.close();
      throw e;
    }
  }

  /** Endpoint, credentials, region, retries and interceptors, the same for both clients. */
  private static <B extends AwsClientBuilder<B, ?>> B target(
      B builder, ClientSettings settings, List<ExecutionInterceptor> interceptors) {
    builder.overrideConfiguration(overrides(settings, interceptors));
    if (settings.endpoint() != null) {
      builder.endpointOverride(settings.endpoint());
    }
    if (settings.useAws()) {
      // The SDK's chains: environment, system properties, ~/.aws profiles, SSO, container and
      // instance roles. A missing region fails here; missing credentials fail on the first call.
      builder.credentialsProvider(DefaultCredentialsProvider.builder().build());
      if (settings.region() != null) {
        builder.region(Region.of(settings.region()));
      }
    } else {
      builder.credentialsProvider(LOCAL_CREDENTIALS);
      builder.region(Region.of(settings.region() == null ? "us-east-1" : settings.region()));
    }
    return builder;
  }

  static ApacheHttpClient.Builder httpClient(ClientSettings settings) {
    return ApacheHttpClient.builder()
        .connectionTimeout(settings.connectTimeout())
        .socketTimeout(settings.readTimeout())
        // Waiting for a pooled connection is bounded too, so a too-small pool shows as an error.
        .connectionAcquisitionTimeout(settings.connectTimeout().multipliedBy(5))
        .maxConnections(settings.maxConnections())
        .tcpKeepAlive(settings.tcpKeepAlive())
        // A plain-HTTP endpoint needs no TLS: not building it shortens the start.
        .socketFactory(PlainHttpSockets.forEndpoint(settings.endpoint()));
  }

  static ClientOverrideConfiguration overrides(
      ClientSettings settings, List<ExecutionInterceptor> interceptors) {
    ClientOverrideConfiguration.Builder config =
        ClientOverrideConfiguration.builder().retryStrategy(retryStrategy(settings));
    if (settings.attemptTimeout() != null) {
      config.apiCallAttemptTimeout(settings.attemptTimeout());
    }
    for (ExecutionInterceptor interceptor : interceptors) {
      config.addExecutionInterceptor(interceptor);
    }
    return config.build();
  }

  /** The chosen strategy (with DynamoDB's retryable errors), limited to the attempt budget. */
  static RetryStrategy retryStrategy(ClientSettings settings) {
    RetryStrategy base;
    switch (settings.retryMode()) {
      case adaptive:
        base = AwsRetryStrategy.adaptiveRetryStrategy();
        break;
      case legacy:
        base = AwsRetryStrategy.legacyRetryStrategy();
        break;
      case standard:
      default:
        base = AwsRetryStrategy.standardRetryStrategy();
        break;
    }
    return base.toBuilder().maxAttempts(settings.maxAttempts()).build();
  }
}
