package io.dynagen.bench.jmh;

import io.dynagen.bench.mapping.Approach;
import io.dynagen.bench.mapping.ShopReaders;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link CollectionBenchmark} with JMH's GC profiler in rounds, like {@link MappingRun}: each
 * round runs every reader once in its own fork, side by side.
 */
public final class CollectionRun {
  private final int rounds;
  private final JmhOptions jmh;

  public CollectionRun(int rounds, int warmupIterations, int measurementIterations, TimeValue iterationTime) {
    this.rounds = rounds;
    this.jmh = new JmhOptions(warmupIterations, measurementIterations, iterationTime);
  }

  public List<CollectionResult> run() throws RunnerException {
    List<CollectionResult> results = new ArrayList<>();
    var options = List.of(jmh.of(CollectionBenchmark.class, Map.of("reader", JmhOptions.ids(ShopReaders.approaches()))));
    for (IterationSamples samples : IterationSamples.runInRounds("Item collection benchmark", rounds, options)) {
      results.add(new CollectionResult(Approach.ofId(samples.param("reader")), samples.nanos(), samples.bytes()));
    }
    return results;
  }
}
