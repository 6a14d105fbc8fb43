package io.dynagen.bench.jmh;

import io.dynagen.bench.jmh.MappingResult.Operation;
import io.dynagen.bench.mapping.Approach;
import io.dynagen.bench.mapping.BenchModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link MappingBenchmark} with JMH's GC profiler, in rounds: each round runs every
 * (model, mapper, operation) once in its own fork, so that load from other processes on a shared
 * machine spreads over all mappers instead of landing on one. The samples of all rounds are
 * pooled per benchmark.
 */
public final class MappingRun {
  private final int rounds;
  private final JmhOptions jmh;

  public MappingRun(int rounds, int warmupIterations, int measurementIterations, TimeValue iterationTime) {
    this.rounds = rounds;
    this.jmh = new JmhOptions(warmupIterations, measurementIterations, iterationTime);
  }

  public List<MappingResult> run() throws RunnerException {
    List<MappingResult> results = new ArrayList<>();
    for (IterationSamples samples : IterationSamples.runInRounds("Mapping benchmarks", rounds, options())) {
      results.add(new MappingResult(
          BenchModel.ofId(samples.param("model")),
          Approach.ofId(samples.param("mapper")),
          Operation.ofMethod(samples.method()),
          samples.nanos(),
          samples.bytes()));
    }
    return results;
  }

  /** One set of options per group of items measured with the same mappers. */
  private List<Options> options() {
    Map<List<Approach>, List<String>> modelsByApproaches = new LinkedHashMap<>();
    for (BenchModel model : BenchModel.values()) {
      modelsByApproaches.computeIfAbsent(model.approaches(), k -> new ArrayList<>()).add(model.id());
    }
    List<Options> options = new ArrayList<>();
    for (Map.Entry<List<Approach>, List<String>> group : modelsByApproaches.entrySet()) {
      Map<String, String[]> params = new LinkedHashMap<>();
      params.put("model", group.getValue().toArray(new String[0]));
      params.put("mapper", JmhOptions.ids(group.getKey()));
      options.add(jmh.of(MappingBenchmark.class, params));
    }
    return options;
  }
}
