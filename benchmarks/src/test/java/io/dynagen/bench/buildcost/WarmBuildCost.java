package io.dynagen.bench.buildcost;

import io.dynagen.bench.BenchPaths;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import javax.annotation.processing.Processor;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The processor's cost in a warm compiler: {@link BuildCostRun}'s models compiled again and again
 * in one JVM through {@code javax.tools}, so that the JIT has long compiled javac and the
 * processor and what is left is the work itself (a fresh javac spends most of its CPU compiling
 * javac). Compares processor jars side by side: each run compiles without a processor, then with
 * each jar in turn, the jars' processors loaded once each (their classes stay warm). Times are the
 * calling thread's CPU time, where javac works; wall time is shown too. Not part of run.sh.
 *
 * <p>Usage, after {@code mvn -pl benchmarks -am package -DskipTests}: {@code java -cp
 * "benchmarks/target/test-classes:$(cat benchmarks/target/benchmark-classpath.txt)"
 * io.dynagen.bench.buildcost.WarmBuildCost <tables> <runs> [processor.jar ...]} (default: the
 * benchmarks module's processor jar).
 */
public final class WarmBuildCost {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private WarmBuildCost() {}

  public static void main(String[] args) throws Exception {
    int tables = Integer.parseInt(args[0]);
    int runs = Integer.parseInt(args[1]);
    BenchPaths paths = BenchPaths.locate();
    List<Path> jars = new ArrayList<>();
    for (int i = 2; i < args.length; i++) {
      jars.add(Path.of(args[i]));
    }
    if (jars.isEmpty()) {
      jars.add(paths.processorJar());
    }
    Path work = Files.createTempDirectory("dynagen-warm-build");
    try {
      List<Path> models = ModelSourceWriter.write(work.resolve("src"), tables);
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      Map<String, ServiceLoader<Processor>> processors = new LinkedHashMap<>();
      processors.put("without a processor", null);
      for (Path jar : jars) {
        URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, WarmBuildCost.class.getClassLoader());
        processors.put(jar.toString(), ServiceLoader.load(Processor.class, loader));
      }
      Map<String, List<double[]>> times = new LinkedHashMap<>();
      String classpath = paths.applicationClasspath();
      for (int run = 0; run <= runs; run++) {
        for (Map.Entry<String, ServiceLoader<Processor>> way : processors.entrySet()) {
          double[] t = compile(javac, work.resolve("out-" + run), models, classpath, way.getValue());
          System.out.printf(Locale.ROOT, "%s %s: CPU %.3f s, wall %.3f s%n",
              run == 0 ? "warm-up" : "run " + run, way.getKey(), t[0], t[1]);
          if (run > 0) {
            times.computeIfAbsent(way.getKey(), k -> new ArrayList<>()).add(t);
          }
        }
      }
      double[] base = summary(times.get("without a processor"));
      for (Map.Entry<String, List<double[]>> way : times.entrySet()) {
        double[] s = summary(way.getValue());
        System.out.printf(Locale.ROOT, "%s: CPU best %.3f s, median %.3f s (added: best %.3f s, median %.3f s)%n",
            way.getKey(), s[0], s[1], s[0] - base[0], s[1] - base[1]);
      }
    } finally {
      BuildCostRun.deleteRecursively(work);
    }
  }

  /** One compilation into fresh folders; returns the thread's CPU seconds and the wall seconds. */
  private static double[] compile(JavaCompiler javac, Path out, List<Path> models, String classpath,
      ServiceLoader<Processor> processor) throws IOException {
    Path classes = Files.createDirectories(out.resolve("classes"));
    Path generated = Files.createDirectories(out.resolve("generated"));
    List<String> options = new ArrayList<>(List.of("--release", "17", "-d", classes.toString(),
        "-s", generated.toString(), "-cp", classpath));
    if (processor == null) {
      options.add("-proc:none");
    }
    long cpu = THREADS.getCurrentThreadCpuTime();
    long wall = System.nanoTime();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, null)) {
      var task = javac.getTask(null, files, null, options, null, files.getJavaFileObjectsFromPaths(models));
      if (processor != null) {
        processor.reload();
        task.setProcessors(List.of(processor.iterator().next()));
      }
      if (!task.call()) {
        throw new IllegalStateException("compilation failed");
      }
    }
    double[] t = {(THREADS.getCurrentThreadCpuTime() - cpu) / 1e9, (System.nanoTime() - wall) / 1e9};
    BuildCostRun.deleteRecursively(out);
    return t;
  }

  /** The best and the median CPU time. */
  private static double[] summary(List<double[]> times) {
    List<Double> cpu = new ArrayList<>();
    for (double[] t : times) {
      cpu.add(t[0]);
    }
    Collections.sort(cpu);
    return new double[] {cpu.get(0), cpu.get(cpu.size() / 2)};
  }
}
