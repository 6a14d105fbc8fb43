package io.dynagen.bench.jmh;

import io.dynagen.bench.mapping.Named;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** The JMH options every measurement of this module runs with: one fork, the GC profiler, a 1 GB heap. */
record JmhOptions(int warmupIterations, int measurementIterations, TimeValue iterationTime) {

  /** The options to run every method of {@code benchmark} with each combination of {@code params}. */
  Options of(Class<?> benchmark, Map<String, String[]> params) {
    ChainedOptionsBuilder builder = new OptionsBuilder()
        .include(Pattern.quote(benchmark.getName()) + "\\.");
    for (Map.Entry<String, String[]> param : params.entrySet()) {
      builder.param(param.getKey(), param.getValue());
    }
    return builder
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

  /** The ids of {@code choices}, as JMH parameter values. */
  static String[] ids(List<? extends Named> choices) {
    String[] ids = new String[choices.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = choices.get(i).id();
    }
    return ids;
  }
}
