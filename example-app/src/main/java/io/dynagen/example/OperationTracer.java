package io.dynagen.example;

import io.dynagen.runtime.metrics.CapacityUsage;
import io.dynagen.runtime.metrics.DynagenMetrics;
import io.dynagen.runtime.metrics.OperationEvent;
import io.dynagen.runtime.metrics.OperationListener;
import java.io.PrintStream;
import java.util.Locale;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * Logs every DynamoDB operation when it ends: its name, its table(s), how long it took over all
 * its attempts, how many attempts it needed, the capacity it consumed, and how it failed, if it
 * did:
 *
 * <pre>
 * [trace] PutItem users 3.4 ms, 1.0 capacity units
 * [trace] Query users index by-age 2.1 ms, 0.5 capacity units
 * [trace] GetItem users 1003.2 ms, 3 attempts, failed: SdkClientException
 * </pre>
 *
 * <p>A Dynagen {@link OperationListener}: {@link #interceptor} registers it on the client once,
 * and it sees every operation of every table, batch and transaction.
 */
public final class OperationTracer implements OperationListener {
  private final PrintStream out;

  /** A tracer printing to {@code out}. */
  public OperationTracer(PrintStream out) {
    this.out = out;
  }

  /** The interceptor to build a client with, tracing to {@code out}. */
  public static ExecutionInterceptor interceptor(PrintStream out) {
    return DynagenMetrics.interceptor(new OperationTracer(out));
  }

  @Override
  public void operationEnded(OperationEvent event) {
    out.println(line(event));
  }

  static String line(OperationEvent event) {
    StringBuilder line = new StringBuilder("[trace] ").append(event.operation());
    if (!event.tables().isEmpty()) {
      line.append(' ').append(String.join(",", event.tables()));
    }
    if (event.index() != null) {
      line.append(" index ").append(event.index());
    }
    line.append(String.format(Locale.ROOT, " %.1f ms", event.latency().toNanos() / 1e6));
    if (event.attempts() > 1) {
      line.append(", ").append(event.attempts()).append(" attempts");
    }
    CapacityUsage capacity = event.capacity();
    if (capacity.total() > 0) {
      line.append(String.format(Locale.ROOT, ", %.1f capacity units", capacity.total()));
    }
    if (event.failure() != null) {
      line.append(", failed: ").append(event.failure().getClass().getSimpleName());
    }
    return line.toString();
  }
}
