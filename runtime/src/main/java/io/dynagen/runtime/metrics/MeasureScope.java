package io.dynagen.runtime.metrics;

/**
 * The capacity of one {@link DynagenMetrics#measure} call so far. Requests add to it from any
 * thread (a batch writer's own threads), so it adds under a lock.
 */
final class MeasureScope {
  /**
   * The scope of the running measure call. Inheritable so that the threads a batch writer or a
   * parallel scan starts inside the call count toward it too.
   */
  static final InheritableThreadLocal<MeasureScope> CURRENT = new InheritableThreadLocal<>();

  private CapacityUsage sum = CapacityUsage.NONE;

  synchronized void add(CapacityUsage usage) {
    sum = sum.plus(usage);
  }

  synchronized CapacityUsage sum() {
    return sum;
  }
}
