package io.dynagen.bench.bulk;

import io.dynagen.bench.report.Stats;

/**
 * The bulk loads of one variant: items per second over each measured load, or why the variant
 * was not measured ({@code itemsPerSecond} is then null).
 */
public record BulkLoadResult(String variant, int items, Stats itemsPerSecond, String notMeasuredBecause) {

  static BulkLoadResult measured(String variant, int items, Stats itemsPerSecond) {
    return new BulkLoadResult(variant, items, itemsPerSecond, null);
  }

  static BulkLoadResult notMeasured(String variant, String because) {
    return new BulkLoadResult(variant, 0, null, because);
  }

  public boolean isMeasured() {
    return itemsPerSecond != null;
  }
}
