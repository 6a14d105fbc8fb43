package io.dynagen.runtime.testing;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.core.SdkRequest;

/**
 * Records every request a client sends (operation name and request), to prove what was sent and
 * when: register it with {@link LocalDynamoDb#newClient}.
 */
public final class RequestLog implements ExecutionInterceptor {
  private final List<String> operations = new ArrayList<>();
  private final List<SdkRequest> requests = new ArrayList<>();

  @Override
  public synchronized void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
    operations.add(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
    requests.add(context.request());
  }

  /** The operation names sent so far, such as {@code Query}, in order. */
  public synchronized List<String> operations() {
    return List.copyOf(operations);
  }

  /** The requests sent so far, in order. */
  public synchronized List<SdkRequest> requests() {
    return List.copyOf(requests);
  }

  /** How many requests of one operation were sent. */
  public synchronized long count(String operation) {
    return operations.stream().filter(operation::equals).count();
  }

  /** How many requests were sent. */
  public synchronized int size() {
    return operations.size();
  }

  /** Forgets what was recorded. */
  public synchronized void clear() {
    operations.clear();
    requests.clear();
  }
}
