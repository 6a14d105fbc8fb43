package io.dynagen.bench.jmh;

import io.dynagen.bench.jmh.MappingResult.Operation;
import io.dynagen.bench.mapping.Approach;
import io.dynagen.bench.mapping.BenchModel;
import io.dynagen.bench.report.Stats;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link MappingBenchmark} with JMH's GC profiler, in rounds: each round runs every
 * (model, mapper, operation) once in its own fork, so that load from other processes on a shared
 * machine spreads over all mappers instead of landing on one. The samples of all rounds are
 * pooled per benchmark.
 */
public final class MappingRun {
  private static final String ALLOCATION = "gc.alloc.rate.norm";

  private final int rounds;
  private final int warmupIterations;
  private final int measurementIterations;
  private final TimeValue iterationTime;

  public MappingRun(int rounds, int warmupIterations, int measurementIterations, TimeValue iterationTime) {
    this.rounds = rounds;
    this.warmupIterations = warmupIterations;
    this.measurementIterations = measurementIterations;
    this.iterationTime = iterationTime;
  }

  public List<MappingResult> run() throws RunnerException {
    Map<String, Samples> samplesByBenchmark = new LinkedHashMap<>();
    for (int round = 1; round <= rounds; round++) {
      System.out.println("== Mapping benchmarks, round " + round + " of " + rounds);
      List<RunResult> roundResults = new ArrayList<>();
      for (Options options : options()) {
        roundResults.addAll(new Runner(options).run());
      }
      for (RunResult result : roundResults) {
        BenchmarkParams params = result.getParams();
        Samples samples = samplesByBenchmark.computeIfAbsent(key(params), k -> new Samples(params));
        for (BenchmarkResult fork : result.getBenchmarkResults()) {
          for (IterationResult iteration : fork.getIterationResults()) {
            samples.add(iteration);
          }
        }
      }
    }
    List<MappingResult> results = new ArrayList<>();
    for (Samples samples : samplesByBenchmark.values()) {
      results.add(samples.toResult());
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
      options.add(options(group.getValue(), group.getKey()));
    }
    return options;
  }

  private Options options(List<String> models, List<Approach> approaches) {
    String[] mappers = new String[approaches.size()];
    for (int i = 0; i < mappers.length; i++) {
      mappers[i] = approaches.get(i).id();
    }
    return new OptionsBuilder()
        .include(Pattern.quote(MappingBenchmark.class.getName()) + "\\.")
        .param("model", models.toArray(new String[0]))
        .param("mapper", mappers)
        .forks(1)
        .warmupIterations(warmupIterations)
        .warmupTime(iterationTime)
        .measurementIterations(measurementIterations)
        .measurementTime(iterationTime)
        .addProfiler(GCProfiler.class)
        // The same heap for every fork, whatever the runner JVM was started with.
        .jvmArgs("-Xms1g", "-Xmx1g")
        .shouldFailOnError(true)
        .build();
  }

  private static String key(BenchmarkParams params) {
    return params.getBenchmark() + " " + params.getParam("model") + " " + params.getParam("mapper");
  }

  /** The iterations of one benchmark, gathered over the rounds. */
  private static final class Samples {
    private final BenchmarkParams params;
    private final List<Double> nanos = new ArrayList<>();
    private final List<Double> bytes = new ArrayList<>();

    Samples(BenchmarkParams params) {
      this.params = params;
    }

    void add(IterationResult iteration) {
      nanos.add(iteration.getPrimaryResult().getScore());
      Result<?> allocation = iteration.getSecondaryResults().get(ALLOCATION);
      if (allocation == null) {
        throw new IllegalStateException(
            "JMH reported no " + ALLOCATION + " for " + key(params) + ": is the GC profiler on?");
      }
      bytes.add(allocation.getScore());
    }

    MappingResult toResult() {
      String benchmark = params.getBenchmark();
      String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
      return new MappingResult(
          BenchModel.ofId(params.getParam("model")),
          Approach.ofId(params.getParam("mapper")),
          Operation.ofMethod(method),
          Stats.of(nanos),
          Stats.of(bytes));
    }
  }
}
