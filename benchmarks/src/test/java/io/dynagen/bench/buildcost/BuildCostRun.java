package io.dynagen.bench.buildcost;

import io.dynagen.bench.report.Stats;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What Dynagen's processor costs a build: writes {@code tables} model classes into a temporary
 * folder ({@link ModelSourceWriter}) and compiles them with the JDK's {@code javac} executable,
 * a fresh compiler process each time as in a one-off build, {@code runs} times per way, the ways
 * taking turns. One untimed compilation per way first fills the file cache.
 *
 * <p>Every compilation has the same classpath (Dynagen's runtime and annotations and the SDK: an
 * application's) and options ({@code --release 17}); only the processor options differ.
 */
public final class BuildCostRun {

  /** The three ways of compiling the same sources. */
  enum Way {
    WITHOUT_PROCESSOR("-proc:none"),
    WITH_PROCESSOR(),
    PROCESSOR_ONLY("-proc:only");

    private final List<String> options;

    Way(String... options) {
      this.options = List.of(options);
    }
  }

  private final int tables;
  private final int runs;
  private final Path processorJar;
  private final String classpath;
  private final String javac;

  public BuildCostRun(int tables, int runs, Path processorJar, String classpath) {
    this.tables = tables;
    this.runs = runs;
    this.processorJar = processorJar;
    this.classpath = classpath;
    this.javac = Path.of(System.getProperty("java.home"), "bin", "javac").toString();
  }

  public BuildCostResult run() throws IOException, InterruptedException {
    if (!Files.isRegularFile(processorJar)) {
      throw new IllegalStateException("No processor jar at " + processorJar + ": build the benchmarks module first");
    }
    Path work = Files.createTempDirectory("dynagen-build-cost");
    try {
      List<Path> sources = ModelSourceWriter.write(work.resolve("src"), tables);
      Path sourceList = work.resolve("sources.txt");
      Files.write(sourceList, sources.stream().map(Path::toString).toList());

      for (Way way : Way.values()) {
        compile(work, sourceList, way);
      }
      Map<Way, List<Double>> seconds = new EnumMap<>(Way.class);
      for (int run = 1; run <= runs; run++) {
        System.out.println("== Build cost, run " + run + " of " + runs);
        for (Way way : Way.values()) {
          double s = compile(work, sourceList, way);
          System.out.printf(Locale.ROOT, "   %s: %.2f s%n", way, s);
          seconds.computeIfAbsent(way, w -> new ArrayList<>()).add(s);
        }
      }
      compile(work, sourceList, Way.WITH_PROCESSOR);
      int generated = countJavaFiles(work.resolve("generated-" + Way.WITH_PROCESSOR));
      return new BuildCostResult(
          tables,
          sources.size(),
          generated,
          Stats.of(seconds.get(Way.WITHOUT_PROCESSOR)),
          Stats.of(seconds.get(Way.WITH_PROCESSOR)),
          Stats.of(seconds.get(Way.PROCESSOR_ONLY)));
    } finally {
      deleteRecursively(work);
    }
  }

  /** One javac process into fresh output folders; returns its wall time in seconds. */
  private double compile(Path work, Path sourceList, Way way) throws IOException, InterruptedException {
    Path classes = emptyFolder(work.resolve("classes-" + way));
    Path generated = emptyFolder(work.resolve("generated-" + way));
    List<String> command = new ArrayList<>(List.of(
        javac, "--release", "17", "-d", classes.toString(), "-s", generated.toString(), "-cp", classpath));
    command.addAll(way.options);
    if (way != Way.WITHOUT_PROCESSOR) {
      command.add("-processorpath");
      command.add(processorJar.toString());
    }
    command.add("@" + sourceList);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    long start = System.nanoTime();
    Process process = builder.start();
    byte[] output = process.getInputStream().readAllBytes();
    int exitCode = process.waitFor();
    double seconds = (System.nanoTime() - start) / 1e9;
    if (exitCode != 0) {
      throw new IllegalStateException("javac " + way + " failed (exit " + exitCode + "):\n"
          + new String(output, StandardCharsets.UTF_8));
    }
    return seconds;
  }

  private static Path emptyFolder(Path folder) throws IOException {
    deleteRecursively(folder);
    return Files.createDirectories(folder);
  }

  private static int countJavaFiles(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return (int) files.filter(file -> file.toString().endsWith(".java")).count();
    }
  }

  private static void deleteRecursively(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }
}
