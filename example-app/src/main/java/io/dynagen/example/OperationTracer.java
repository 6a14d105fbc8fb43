package io.dynagen.example;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Logs every DynamoDB operation when it ends: its name, its table(s), how long it took over all
 * its attempts, how many attempts it needed, and how it failed, if it did:
 *
 * <pre>
 * [trace] PutItem users 3.4 ms
 * [trace] BatchWriteItem users 12.9 ms
 * [trace] GetItem users 1003.2 ms, 3 attempts, failed: SdkClientException
 * </pre>
 *
 * <p>This is the SDK v2 form of boto3's event hooks: an {@link ExecutionInterceptor} sees each
 * call before and after it is sent (and could change it).
 */
public final class OperationTracer implements ExecutionInterceptor {
  private static final ExecutionAttribute<Long> STARTED = new ExecutionAttribute<>("dynagen.trace.started");
  private static final ExecutionAttribute<Integer> ATTEMPTS = new ExecutionAttribute<>("dynagen.trace.attempts");

  private final PrintStream out;

  /** A tracer printing to {@code out}. */
  public OperationTracer(PrintStream out) {
    this.out = out;
  }

  @Override
  public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
    attributes.putAttribute(STARTED, System.nanoTime());
    attributes.putAttribute(ATTEMPTS, 0);
  }

  @Override
  public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
    Integer attempts = attributes.getAttribute(ATTEMPTS);
    attributes.putAttribute(ATTEMPTS, attempts == null ? 1 : attempts + 1);
  }

  @Override
  public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
    out.println(line(context.request(), attributes, null));
  }

  @Override
  public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
    out.println(line(context.request(), attributes, context.exception()));
  }

  static String line(SdkRequest request, ExecutionAttributes attributes, Throwable failure) {
    StringBuilder line = new StringBuilder("[trace] ");
    line.append(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
    String tables = tables(request);
    if (!tables.isEmpty()) {
      line.append(' ').append(tables);
    }
    Long started = attributes.getAttribute(STARTED);
    if (started != null) {
      line.append(String.format(Locale.ROOT, " %.1f ms", (System.nanoTime() - started) / 1e6));
    }
    Integer attempts = attributes.getAttribute(ATTEMPTS);
    if (attempts != null && attempts > 1) {
      line.append(", ").append(attempts).append(" attempts");
    }
    if (failure != null) {
      line.append(", failed: ").append(failure.getClass().getSimpleName());
    }
    return line.toString();
  }

  /** The table a request names, or the tables of a batch, comma-separated; empty for ListTables. */
  static String tables(SdkRequest request) {
    Optional<String> table = request.getValueForField("TableName", String.class);
    if (table.isPresent()) {
      return table.get();
    }
    Optional<?> batch = request.getValueForField("RequestItems", Map.class);
    if (batch.isPresent()) {
      return String.join(",", ((Map<?, ?>) batch.get()).keySet().stream().map(String::valueOf).toList());
    }
    return "";
  }
}
