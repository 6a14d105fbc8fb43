package io.dynagen.bench.jmh;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.util.Statistics;

/**
 * Measures the generated Enhanced Client schema against {@code fromBean} in one run, side by side,
 * and prints the Markdown of BENCHMARKS.md's finding "Enhanced Client schema": per item ({@link
 * EnhancedSchemaBenchmark}) and start-up in fresh JVMs ({@link EnhancedSchemaStartup}), each with
 * the ratio fromBean / generated. Run with the benchmark classpath, as run.sh does:
 * {@code java -cp benchmarks/target/test-classes:$(cat benchmarks/target/benchmark-classpath.txt)
 * io.dynagen.bench.jmh.EnhancedSchemaRun [forks of the start-up, default 15]}.
 */
public final class EnhancedSchemaRun {
  private EnhancedSchemaRun() {}

  public static void main(String[] args) throws RunnerException {
    int startupForks = args.length > 0 ? Integer.parseInt(args[0]) : 15;
    Options perItem = new OptionsBuilder()
        .include(EnhancedSchemaBenchmark.class.getName())
        .forks(2)
        .warmupIterations(2)
        .warmupTime(org.openjdk.jmh.runner.options.TimeValue.seconds(1))
        .measurementIterations(3)
        .measurementTime(org.openjdk.jmh.runner.options.TimeValue.seconds(1))
        .jvmArgs("-Xms1g", "-Xmx1g")
        .build();
    Collection<RunResult> items = new Runner(perItem).run();
    Options startup = new OptionsBuilder()
        .include(EnhancedSchemaStartup.class.getName())
        .forks(startupForks)
        .warmupIterations(0)
        .measurementIterations(1)
        .jvmArgs("-Xms1g", "-Xmx1g")
        .build();
    Collection<RunResult> starts = new Runner(startup).run();

    StringBuilder out = new StringBuilder();
    out.append("| Item | Operation | fromBean, ns per item | generated, ns per item | fromBean / generated |\n");
    out.append("|---|---|---|---|---|\n");
    Map<String, Statistics> byKey = new LinkedHashMap<>();
    for (RunResult result : items) {
      String key = result.getParams().getParam("model") + " " + result.getParams().getBenchmark()
          .replaceFirst(".*\\.", "") + " " + result.getParams().getParam("schema");
      byKey.put(key, result.getPrimaryResult().getStatistics());
    }
    for (String model : new String[] {"users", "wide"}) {
      for (String operation : new String[] {"write", "read"}) {
        Statistics fromBean = byKey.get(model + " " + operation + " fromBean");
        Statistics generated = byKey.get(model + " " + operation + " generated");
        out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %.2f× |%n", model, operation, cell(fromBean),
            cell(generated), fromBean.getPercentile(50) / generated.getPercentile(50)));
      }
    }
    out.append("\n| Start-up, users item, fresh JVM | fromBean, ms | generated, ms | fromBean / generated |\n");
    out.append("|---|---|---|---|\n");
    Map<String, Statistics> startsByName = new LinkedHashMap<>();
    for (RunResult result : starts) {
      startsByName.put(result.getParams().getBenchmark().replaceFirst(".*\\.", ""),
          result.getAggregatedResult().getPrimaryResult().getStatistics());
    }
    Statistics fromBean = startsByName.get("fromBean");
    Statistics generated = startsByName.get("generated");
    out.append(String.format(Locale.ROOT, "| schema + first write and read (%d JVMs each) | %s | %s | %.2f× |%n",
        fromBean.getN(), millis(fromBean), millis(generated), fromBean.getPercentile(50) / generated.getPercentile(50)));
    System.out.println();
    System.out.println(out);
  }

  private static String millis(Statistics statistics) {
    return String.format(Locale.ROOT, "%,.1f (%,.1f–%,.1f)", statistics.getPercentile(50), statistics.getMin(),
        statistics.getMax());
  }

  private static String cell(Statistics statistics) {
    return String.format(Locale.ROOT, "%,.0f (%,.0f–%,.0f)", statistics.getPercentile(50), statistics.getMin(),
        statistics.getMax());
  }
}
