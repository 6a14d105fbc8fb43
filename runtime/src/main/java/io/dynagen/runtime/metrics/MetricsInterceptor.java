package io.dynagen.runtime.metrics;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * The interceptor {@link DynagenMetrics#interceptor} gives: asks for capacity, times each
 * operation over all its attempts, and reports it to the listeners and to the measure scope of
 * the thread that started it.
 */
final class MetricsInterceptor implements ExecutionInterceptor {
  private static final System.Logger LOG = System.getLogger(MetricsInterceptor.class.getName());
  private static final ExecutionAttribute<Long> STARTED = new ExecutionAttribute<>("dynagen.metrics.started");
  private static final ExecutionAttribute<AtomicInteger> ATTEMPTS = new ExecutionAttribute<>("dynagen.metrics.attempts");
  private static final ExecutionAttribute<MeasureScope> SCOPE = new ExecutionAttribute<>("dynagen.metrics.scope");

  private final ReturnConsumedCapacity mode;
  private final List<OperationListener> listeners;

  MetricsInterceptor(ReturnConsumedCapacity mode, List<OperationListener> listeners) {
    this.mode = mode;
    this.listeners = listeners;
  }

  @Override
  public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
    attributes.putAttribute(STARTED, System.nanoTime());
    attributes.putAttribute(ATTEMPTS, new AtomicInteger());
    MeasureScope scope = MeasureScope.CURRENT.get();
    if (scope != null) {
      attributes.putAttribute(SCOPE, scope);
    }
  }

  @Override
  public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
    ReturnConsumedCapacity asked = mode == ReturnConsumedCapacity.NONE && attributes.getAttribute(SCOPE) != null
        ? ReturnConsumedCapacity.TOTAL
        : mode;
    return asked == ReturnConsumedCapacity.NONE ? context.request() : CapacityRequests.asking(context.request(), asked);
  }

  @Override
  public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
    AtomicInteger attempts = attributes.getAttribute(ATTEMPTS);
    if (attempts != null) {
      attempts.incrementAndGet();
    }
  }

  @Override
  public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
    SdkResponse response = context.response();
    CapacityUsage capacity = CapacityUsage.of(CapacityRequests.reported(response));
    MeasureScope scope = attributes.getAttribute(SCOPE);
    if (scope != null) {
      scope.add(capacity);
    }
    report(context.request(), attributes, capacity, OperationItems.count(context.request(), response), null);
  }

  @Override
  public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
    report(context.request(), attributes, CapacityUsage.NONE, 0, context.exception());
  }

  private void report(
      SdkRequest request, ExecutionAttributes attributes, CapacityUsage capacity, int items, Throwable failure) {
    if (listeners.isEmpty()) {
      return;
    }
    Long started = attributes.getAttribute(STARTED);
    AtomicInteger attempts = attributes.getAttribute(ATTEMPTS);
    OperationEvent event = new OperationEvent(
        attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME),
        OperationItems.tables(request),
        request.getValueForField("IndexName", String.class).orElse(null),
        started == null ? Duration.ZERO : Duration.ofNanos(System.nanoTime() - started),
        attempts == null ? 0 : attempts.get(),
        capacity,
        items,
        failure);
    for (OperationListener listener : listeners) {
      try {
        listener.operationEnded(event);
      } catch (RuntimeException e) {
        LOG.log(System.Logger.Level.WARNING, "Operation listener " + listener + " failed on " + event.operation(), e);
      }
    }
  }
}
