package io.dynagen.example;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How to build a {@link software.amazon.awssdk.services.dynamodb.DynamoDbClient}: where it sends
 * requests and the settings AWS's guide asks programmers to choose instead of the SDK's defaults.
 *
 * @param endpoint where to send requests (DynamoDB Local, a VPC endpoint), or {@code null} for
 *     the region's public endpoint
 * @param useAws use the SDK's default credentials chain; otherwise fixed dummy credentials, which
 *     are all DynamoDB Local needs
 * @param region the region, or {@code null} for the SDK's default region chain with {@code
 *     useAws} (and {@code us-east-1} otherwise)
 * @param connectTimeout the longest wait for a TCP connection (SDK default: 2 s)
 * @param readTimeout the longest wait for data on an open connection (SDK default: 30 s)
 * @param attemptTimeout the longest one attempt may take, all included, or {@code null} for none
 * @param retryMode {@code standard}, {@code adaptive} or {@code legacy}
 * @param maxAttempts the attempt budget of one call: the first try plus its retries
 * @param maxConnections the connection pool size (SDK default: 50 for Apache; raise it for more
 *     threads than that)
 * @param tcpKeepAlive send TCP keep-alive probes on idle pooled connections
 */
public record ClientSettings(
    URI endpoint,
    boolean useAws,
    String region,
    Duration connectTimeout,
    Duration readTimeout,
    Duration attemptTimeout,
    RetryChoice retryMode,
    int maxAttempts,
    int maxConnections,
    boolean tcpKeepAlive) {

  /** The retry strategies of the SDK, as the command line names them. */
  public enum RetryChoice {
    /** Jittered exponential back-off (0–1 s, doubling, capped at 20 s); 3 attempts by default. */
    standard,
    /** Standard, plus client-side rate limiting when the service throttles. */
    adaptive,
    /** The SDK's old behaviour: 25 ms base back-off for DynamoDB; 8 retries by default. */
    legacy
  }

  public ClientSettings {
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(readTimeout, "readTimeout");
    Objects.requireNonNull(retryMode, "retryMode");
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("The attempt budget is " + maxAttempts + ": pass 1 or more");
    }
    if (maxConnections < 1) {
      throw new IllegalArgumentException("The pool size is " + maxConnections + ": pass 1 or more");
    }
  }

  /** The settings for a DynamoDB Local (or other endpoint) at {@code endpoint}, otherwise the defaults. */
  public static ClientSettings local(URI endpoint) {
    return defaults().withEndpoint(endpoint);
  }

  /**
   * The defaults the command line uses: 1 s connect and read timeouts, standard retries with 3
   * attempts, a pool of 50 connections, TCP keep-alive on.
   */
  public static ClientSettings defaults() {
    return new ClientSettings(
        null, false, null, Duration.ofSeconds(1), Duration.ofSeconds(1), null,
        RetryChoice.standard, 3, 50, true);
  }

  public ClientSettings withEndpoint(URI newEndpoint) {
    return new ClientSettings(
        newEndpoint, useAws, region, connectTimeout, readTimeout, attemptTimeout, retryMode,
        maxAttempts, maxConnections, tcpKeepAlive);
  }
}
