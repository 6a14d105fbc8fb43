package io.dynagen.bench.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The median and the range (min–max) of a set of samples: what BENCHMARKS.md shows for each result. */
public final class Stats {
  private final List<Double> sorted;

  private Stats(List<Double> sorted) {
    this.sorted = sorted;
  }

  public static Stats of(List<Double> samples) {
    if (samples.isEmpty()) {
      throw new IllegalArgumentException("No samples");
    }
    List<Double> sorted = new ArrayList<>(samples);
    Collections.sort(sorted);
    return new Stats(Collections.unmodifiableList(sorted));
  }

  public double median() {
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  public double min() {
    return sorted.get(0);
  }

  public double max() {
    return sorted.get(sorted.size() - 1);
  }

  public int count() {
    return sorted.size();
  }
}
