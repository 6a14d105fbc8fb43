package io.dynagen.bench.bulk;

import io.dynagen.bench.report.Stats;
import java.util.List;

/**
 * What the bulk-load run measured: each variant's items/s, and the example app's fixed start,
 * the seconds of its {@code load --count 0} from launch to exit (a fresh JVM that builds its
 * client, creates its table and writes nothing), or {@code null} if it was not measured.
 *
 * @param variants each variant's loads
 * @param appFixedStartSeconds the example app's zero-item load, launch to exit, in seconds
 */
public record BulkLoads(List<BulkLoadResult> variants, Stats appFixedStartSeconds) {

  /** {@return no loads: the part was not run} */
  public static BulkLoads none() {
    return new BulkLoads(List.of(), null);
  }

  /** {@return the best median items/s of the raw client's variants: what the server takes at most} */
  public double ceiling() {
    return BulkLoadResult.ceiling(variants);
  }

  /**
   * The best the example app can reach, as a share of the ceiling, for loads of {@code items}:
   * even writing at the ceiling's rate, a load takes the ceiling's time plus the app's fixed start,
   * so its items/s are at most ceiling time / (ceiling time + fixed start) of the ceiling.
   *
   * @param items the items per load
   * @return that share (0 to 1), or NaN if the fixed start or the ceiling was not measured
   */
  public double appBound(int items) {
    double ceiling = ceiling();
    if (appFixedStartSeconds == null || ceiling == 0) {
      return Double.NaN;
    }
    double ceilingSeconds = items / ceiling;
    return ceilingSeconds / (ceilingSeconds + appFixedStartSeconds.median());
  }
}
