package io.dynagen.bench.profile;

import java.util.List;
import java.util.function.Supplier;

/**
 * The loop being profiled, in a class of its own so that its frame marks where the mapping's
 * stack begins (and is left out of the summary).
 */
final class MappingLoop {
  private MappingLoop() {}

  static long run(Supplier<Object> mapping, long nanos, List<Object> sink) {
    long end = System.nanoTime() + nanos;
    long count = 0;
    while (System.nanoTime() < end) {
      for (int i = 0; i < 1_000; i++) {
        // Stored, so the JIT cannot drop the mapping as unused.
        sink.set(0, mapping.get());
      }
      count += 1_000;
    }
    return count;
  }
}
