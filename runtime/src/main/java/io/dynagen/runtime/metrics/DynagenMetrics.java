package io.dynagen.runtime.metrics;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * Consumed capacity and operation metrics for everything Dynagen does on a client.
 *
 * <p>Register once, when building the client; every table, index, batch and transaction on it is
 * then observed:
 *
 * <pre>{@code
 * DynamoDbClient client = DynamoDbClient.builder()
 *     .overrideConfiguration(c -> c.addExecutionInterceptor(DynagenMetrics.interceptor(listener)))
 *     .build();
 * }</pre>
 *
 * <p>Then {@link #measure(Supplier)} gives the capacity any call consumed, summed over its pages,
 * batch requests and resends: {@code DynagenMetrics.measure(() -> users.get("ada"))}.
 */
public final class DynagenMetrics {
  private DynagenMetrics() {}

  /**
   * {@return an interceptor asking DynamoDB for the capacity of every data operation per table and
   * index ({@code ReturnConsumedCapacity.INDEXES}) and reporting each operation to {@code
   * listeners}}
   *
   * @param listeners who is told of every operation
   */
  public static ExecutionInterceptor interceptor(OperationListener... listeners) {
    return interceptor(ReturnConsumedCapacity.INDEXES, listeners);
  }

  /**
   * {@return an interceptor asking DynamoDB for capacity as {@code mode} says ({@code TOTAL},
   * {@code INDEXES}, or {@code NONE} to ask only inside {@link #measure}) and reporting each
   * operation to {@code listeners}} A request that already says what capacity to return is left as
   * it is.
   *
   * @param mode what capacity to ask for: total, or by table and index
   * @param listeners who is told of every operation
   */
  public static ExecutionInterceptor interceptor(ReturnConsumedCapacity mode, OperationListener... listeners) {
    Objects.requireNonNull(mode, "mode");
    if (mode == ReturnConsumedCapacity.UNKNOWN_TO_SDK_VERSION) {
      throw new IllegalArgumentException("Capacity mode " + mode + ": pass TOTAL, INDEXES or NONE");
    }
    return new MetricsInterceptor(mode, List.of(listeners));
  }

  /**
   * Runs {@code call} and gives its result with the capacity its requests consumed: every page
   * of a query or scan it read, every request of a batch (resends of unprocessed items included),
   * every transaction. Counts the requests sent from this thread and from threads started inside
   * the call (a batch writer's own); not those sent from an executor of yours whose threads
   * already existed. Measures only on a client built with {@link #interceptor}; elsewhere it
   * gives {@link CapacityUsage#NONE}.
   *
   * @param <R> the call's result type
   * @param call the code whose requests to measure
   * @return the call's result and the capacity its requests consumed
   */
  public static <R> Measured<R> measure(Supplier<R> call) {
    Objects.requireNonNull(call, "call");
    MeasureScope outer = MeasureScope.CURRENT.get();
    MeasureScope scope = new MeasureScope();
    MeasureScope.CURRENT.set(scope);
    try {
      R result = call.get();
      return new Measured<>(result, scope.sum());
    } finally {
      if (outer == null) {
        MeasureScope.CURRENT.remove();
      } else {
        outer.add(scope.sum());
        MeasureScope.CURRENT.set(outer);
      }
    }
  }

  /**
   * Runs {@code call} and gives the capacity its requests consumed; see {@link #measure(Supplier)}.
   *
   * @param call the code whose requests to measure
   * @return the capacity its requests consumed
   */
  public static CapacityUsage measure(Runnable call) {
    Objects.requireNonNull(call, "call");
    return measure(() -> {
      call.run();
      return null;
    }).capacity();
  }
}
