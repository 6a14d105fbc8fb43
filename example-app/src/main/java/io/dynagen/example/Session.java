package io.dynagen.example;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * What one command talks to: a client, and the DynamoDB Local it started, if it started one.
 * Closing it closes both.
 */
final class Session implements AutoCloseable {
  private final EmbeddedDynamoDb embedded;
  private final DynamoDbClient client;
  private final String target;
  private final ClientSettings settings;
  private final List<ExecutionInterceptor> interceptors;

  private Session(
      EmbeddedDynamoDb embedded, DynamoDbClient client, String target, ClientSettings settings,
      List<ExecutionInterceptor> interceptors) {
    this.embedded = embedded;
    this.client = client;
    this.target = target;
    this.settings = settings;
    this.interceptors = interceptors;
  }

  /**
   * Opens a session: to {@code settings.endpoint()} if set, else to AWS with {@code useAws}, else
   * to a DynamoDB Local started here (announced on {@code out}). The client calls {@code extra}
   * and, with {@code trace}, an {@link OperationTracer} printing to {@code traceOut}.
   */
  static Session open(
      ClientSettings settings, boolean trace, PrintStream out, PrintStream traceOut, List<ExecutionInterceptor> extra) {
    List<ExecutionInterceptor> interceptors = new ArrayList<>(extra);
    if (trace) {
      interceptors.add(OperationTracer.interceptor(traceOut));
    }
    if (settings.endpoint() != null || settings.useAws()) {
      String target =
          settings.endpoint() != null
              ? settings.endpoint().toString()
              : "AWS" + (settings.region() == null ? "" : " (" + settings.region() + ")");
      return new Session(null, ClientFactory.create(settings, interceptors), target, settings, interceptors);
    }
    long started = System.nanoTime();
    EmbeddedDynamoDb embedded = EmbeddedDynamoDb.start();
    out.printf(
        Locale.ROOT, "Started DynamoDB Local (in memory) at %s in %.1f s%n",
        embedded.endpoint(), (System.nanoTime() - started) / 1e9);
    try {
      ClientSettings local = settings.withEndpoint(embedded.endpoint());
      DynamoDbClient client = ClientFactory.create(local, interceptors);
      return new Session(embedded, client, embedded.endpoint() + " (in-process DynamoDB Local)", local, interceptors);
    } catch (RuntimeException e) {
      embedded.close();
      throw e;
    }
  }

  DynamoDbClient client() {
    return client;
  }

  /** A new async client to the same target, with the same settings; the caller closes it. */
  AsyncClient newAsyncClient() {
    return ClientFactory.createAsync(settings, interceptors);
  }

  /** Where requests go, for messages: {@code http://127.0.0.1:8000}, {@code AWS (eu-west-1)}. */
  String target() {
    return target;
  }

  /** True if this session started its own, empty, DynamoDB Local. */
  boolean isEmbedded() {
    return embedded != null;
  }

  @Override
  public void close() {
    client.close();
    if (embedded != null) {
      embedded.close();
    }
  }
}
