package io.dynagen.bench.coldstart;

import io.dynagen.bench.mapping.Approach;
import io.dynagen.bench.mapping.BenchModel;
import io.dynagen.bench.report.Stats;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Launches {@link ColdStartChild} in fresh JVMs: {@code runs} per model and mapper, taking turns
 * (users: Dynagen, hand-written, Enhanced; wide: ...; then again) so that a burst of load from
 * elsewhere hits all of them alike.
 *
 * <p>Times: the parent notes the wall clock just before it launches {@code java}; the child
 * prints the wall clock when its item is back; the difference is the cold start, JVM boot
 * included, JVM exit excluded. The child also reports the time spent in {@code main} and the CPU
 * time (user + system, all its threads) it had used when the item was back. The children run on the application classpath (Dynagen's runtime,
 * the SDK, the Enhanced Client; no JMH, no DynamoDB Local) with the JVM's default options.
 */
public final class ColdStartRun {
  private final int runs;
  private final String javaExecutable;
  private final String classpath;

  public ColdStartRun(int runs, Path testClasses, String applicationClasspath) {
    this.runs = runs;
    this.javaExecutable = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    this.classpath = testClasses + File.pathSeparator + applicationClasspath;
  }

  public List<ColdStartResult> run() throws IOException, InterruptedException {
    Map<BenchModel, Map<Approach, Samples>> samples = new EnumMap<>(BenchModel.class);
    for (BenchModel model : BenchModel.coldStartModels()) {
      Map<Approach, Samples> byApproach = new EnumMap<>(Approach.class);
      for (Approach approach : Approach.coldStartApproaches()) {
        byApproach.put(approach, new Samples());
      }
      samples.put(model, byApproach);
    }
    for (int run = 1; run <= runs; run++) {
      System.out.println("== Cold starts, run " + run + " of " + runs);
      for (BenchModel model : BenchModel.coldStartModels()) {
        for (Approach approach : Approach.coldStartApproaches()) {
          samples.get(model).get(approach).add(launch(model, approach));
        }
      }
    }
    List<ColdStartResult> results = new ArrayList<>();
    for (BenchModel model : BenchModel.coldStartModels()) {
      for (Approach approach : Approach.coldStartApproaches()) {
        Samples s = samples.get(model).get(approach);
        results.add(new ColdStartResult(
            model, approach, Stats.of(s.launchToItem), Stats.of(s.inMain), Stats.of(s.cpu), Stats.of(s.wholeProcess)));
      }
    }
    return results;
  }

  private Sample launch(BenchModel model, Approach approach) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(
        javaExecutable, "-cp", classpath, ColdStartChild.class.getName(), model.id(), approach.id());
    builder.redirectErrorStream(true);
    long launchedAtMillis = System.currentTimeMillis();
    long launchedAtNanos = System.nanoTime();
    Process process = builder.start();
    byte[] output = process.getInputStream().readAllBytes();
    int exitCode = process.waitFor();
    long wholeProcessNanos = System.nanoTime() - launchedAtNanos;
    String text = new String(output, StandardCharsets.UTF_8);
    if (exitCode != 0) {
      throw new IllegalStateException(
          "Cold start of " + approach.label() + " on " + model.id() + " failed (exit " + exitCode + "):\n" + text);
    }
    return Sample.parse(text, launchedAtMillis, wholeProcessNanos);
  }

  private record Sample(double launchToItemMillis, double inMainMillis, double cpuMillis, double wholeProcessMillis) {

    /** Reads the child's {@code done-at-ms <n> main-ns <n> cpu-ns <n>} line. */
    static Sample parse(String output, long launchedAtMillis, long wholeProcessNanos) {
      for (String line : output.split("\n")) {
        String[] words = line.trim().split(" ");
        if (words.length == 6 && words[0].equals("done-at-ms") && words[2].equals("main-ns")
            && words[4].equals("cpu-ns")) {
          long doneAtMillis = Long.parseLong(words[1]);
          long mainNanos = Long.parseLong(words[3]);
          long cpuNanos = Long.parseLong(words[5]);
          return new Sample(doneAtMillis - launchedAtMillis, mainNanos / 1e6, cpuNanos / 1e6, wholeProcessNanos / 1e6);
        }
      }
      throw new IllegalStateException("The cold-start child printed no timing line:\n" + output);
    }
  }

  private static final class Samples {
    final List<Double> launchToItem = new ArrayList<>();
    final List<Double> inMain = new ArrayList<>();
    final List<Double> cpu = new ArrayList<>();
    final List<Double> wholeProcess = new ArrayList<>();

    void add(Sample sample) {
      launchToItem.add(sample.launchToItemMillis());
      inMain.add(sample.inMainMillis());
      cpu.add(sample.cpuMillis());
      wholeProcess.add(sample.wholeProcessMillis());
    }
  }
}
