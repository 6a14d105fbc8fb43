package io.dynagen.bench.bulk;

import io.dynagen.bench.report.Stats;
import java.util.List;

/**
 * The bulk loads of one variant: items per second over each measured load of {@code items} items;
 * {@code rawCeiling} for the raw client's batches, among which the best gives the ceiling.
 */
public record BulkLoadResult(String variant, boolean rawCeiling, int items, Stats itemsPerSecond) {

  /** The best median items/s of the raw client's variants: what the server takes at most. */
  public static double ceiling(List<BulkLoadResult> results) {
    double best = 0;
    for (BulkLoadResult result : results) {
      if (result.rawCeiling()) {
        best = Math.max(best, result.itemsPerSecond().median());
      }
    }
    return best;
  }
}
