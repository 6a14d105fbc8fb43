package io.dynagen.bench.jmh;

import io.dynagen.bench.report.Stats;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;

/**
 * The measured iterations of one benchmark (a method with one set of parameters), gathered over
 * the rounds of a run: time and bytes per operation.
 */
final class IterationSamples {
  private static final String ALLOCATION = "gc.alloc.rate.norm";

  private final BenchmarkParams params;
  private final List<Double> nanos = new ArrayList<>();
  private final List<Double> bytes = new ArrayList<>();

  private IterationSamples(BenchmarkParams params) {
    this.params = params;
  }

  /**
   * Runs each of {@code options} once per round, round after round, so that load from other
   * processes on a shared machine spreads over all benchmarks instead of landing on one; returns
   * the samples of all rounds pooled per benchmark, in the order first run.
   */
  static List<IterationSamples> runInRounds(String title, int rounds, List<Options> options) throws RunnerException {
    Map<String, IterationSamples> samplesByBenchmark = new LinkedHashMap<>();
    for (int round = 1; round <= rounds; round++) {
      System.out.println("== " + title + ", round " + round + " of " + rounds);
      for (Options option : options) {
        for (RunResult result : new Runner(option).run()) {
          IterationSamples samples =
              samplesByBenchmark.computeIfAbsent(result.getParams().id(), id -> new IterationSamples(result.getParams()));
          for (BenchmarkResult fork : result.getBenchmarkResults()) {
            for (IterationResult iteration : fork.getIterationResults()) {
              samples.add(iteration);
            }
          }
        }
      }
    }
    return new ArrayList<>(samplesByBenchmark.values());
  }

  private void add(IterationResult iteration) {
    nanos.add(iteration.getPrimaryResult().getScore());
    Result<?> allocation = iteration.getSecondaryResults().get(ALLOCATION);
    if (allocation == null) {
      throw new IllegalStateException(
          "JMH reported no " + ALLOCATION + " for " + params.id() + ": is the GC profiler on?");
    }
    bytes.add(allocation.getScore());
  }

  /** The value of the benchmark parameter {@code name}. */
  String param(String name) {
    return params.getParam(name);
  }

  /** The name of the benchmark method measured. */
  String method() {
    String benchmark = params.getBenchmark();
    return benchmark.substring(benchmark.lastIndexOf('.') + 1);
  }

  Stats nanos() {
    return Stats.of(nanos);
  }

  Stats bytes() {
    return Stats.of(bytes);
  }
}
