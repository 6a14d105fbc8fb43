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
 * <p>Besides with and without the processor, two ways tell where the added time goes: the
 * processor alone ({@code -proc:only}), and the models compiled together with the sources the
 * processor wrote, without running it (the cost of compiling the generated code).
 *
 * <p>Every compilation has the same classpath (Dynagen's runtime and annotations and the SDK: an
 * application's) and options ({@code --release 17}); only the processor options and the sources
 * differ.
 */
public final class BuildCostRun {

  /** The ways of compiling the models. */
  enum Way {
    WITHOUT_PROCESSOR(false, false, "-proc:none"),
    WITH_PROCESSOR(true, false),
    PROCESSOR_ONLY(true, false, "-proc:only"),
    GENERATED_SOURCES_WITHOUT_PROCESSOR(false, true, "-proc:none");

    private final boolean runsProcessor;
    private final boolean addsGeneratedSources;
    private final List<String> options;

    Way(boolean runsProcessor, boolean addsGeneratedSources, String... options) {
      this.runsProcessor = runsProcessor;
      this.addsGeneratedSources = addsGeneratedSources;
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
      List<Path> models = ModelSourceWriter.write(work.resolve("src"), tables);
      Path modelList = sourceList(work.resolve("models.txt"), models);
      // The processor's output, kept for the way that compiles it without the processor.
      compile(work, "kept", modelList, Way.WITH_PROCESSOR);
      List<Path> generated = javaFiles(work.resolve("generated-kept"));
      List<Path> modelsAndGenerated = new ArrayList<>(models);
      modelsAndGenerated.addAll(generated);
      Path modelAndGeneratedList = sourceList(work.resolve("models-and-generated.txt"), modelsAndGenerated);

      Map<Way, List<Double>> seconds = new EnumMap<>(Way.class);
      Map<Way, List<Double>> cpuSeconds = new EnumMap<>(Way.class);
      for (int run = 0; run <= runs; run++) {
        System.out.println(run == 0 ? "== Build cost, untimed first compilations" : "== Build cost, run " + run + " of " + runs);
        for (Way way : Way.values()) {
          double[] s = compile(work, way.name(), way.addsGeneratedSources ? modelAndGeneratedList : modelList, way);
          System.out.printf(Locale.ROOT, "   %s: %.2f s, CPU %.2f s%n", way, s[0], s[1]);
          if (run > 0) {
            seconds.computeIfAbsent(way, w -> new ArrayList<>()).add(s[0]);
            cpuSeconds.computeIfAbsent(way, w -> new ArrayList<>()).add(s[1]);
          }
        }
      }
      return new BuildCostResult(
          tables,
          models.size(),
          generated.size(),
          Stats.of(seconds.get(Way.WITHOUT_PROCESSOR)),
          Stats.of(seconds.get(Way.WITH_PROCESSOR)),
          Stats.of(seconds.get(Way.PROCESSOR_ONLY)),
          Stats.of(seconds.get(Way.GENERATED_SOURCES_WITHOUT_PROCESSOR)),
          Stats.of(cpuSeconds.get(Way.WITHOUT_PROCESSOR)),
          Stats.of(cpuSeconds.get(Way.WITH_PROCESSOR)),
          linesPerTable(generated));
    } finally {
      deleteRecursively(work);
    }
  }

  /**
   * Lines of the generated sources of the {@code @Table} classes (schema, sync and async table
   * accessors and metamodel; not the documents'), per class.
   */
  private double linesPerTable(List<Path> generated) throws IOException {
    long lines = 0;
    for (Path file : generated) {
      if (file.getFileName().toString().startsWith("Entity")) {
        lines += Files.readAllLines(file).size();
      }
    }
    return (double) lines / tables;
  }

  /**
   * One javac process into fresh output folders named after {@code label}; returns its wall time
   * and its CPU time (user and system, of javac and its threads, as bash's {@code times} reports
   * for a child) in seconds.
   */
  private double[] compile(Path work, String label, Path sourceList, Way way) throws IOException, InterruptedException {
    Path classes = emptyFolder(work.resolve("classes-" + label));
    Path generated = emptyFolder(work.resolve("generated-" + label));
    List<String> command = new ArrayList<>(List.of(
        javac, "--release", "17", "-d", classes.toString(), "-s", generated.toString(), "-cp", classpath));
    command.addAll(way.options);
    if (way.runsProcessor) {
      command.add("-processorpath");
      command.add(processorJar.toString());
    }
    command.add("@" + sourceList);
    List<String> timed = new ArrayList<>(List.of("bash", "-c", "\"$@\"; status=$?; echo " + CPU_MARKER + "; times; exit $status",
        "javac"));
    timed.addAll(command);
    ProcessBuilder builder = new ProcessBuilder(timed).redirectErrorStream(true);
    long start = System.nanoTime();
    Process process = builder.start();
    byte[] output = process.getInputStream().readAllBytes();
    int exitCode = process.waitFor();
    double seconds = (System.nanoTime() - start) / 1e9;
    if (exitCode != 0) {
      throw new IllegalStateException("javac " + way + " failed (exit " + exitCode + "):\n"
          + new String(output, StandardCharsets.UTF_8));
    }
    return new double[] {seconds, childCpuSeconds(new String(output, StandardCharsets.UTF_8))};
  }

  private static final String CPU_MARKER = "dynagen-javac-cpu";

  /** The user and system time of the children from {@code times}' second line: {@code 0m12.345s 0m0.678s}. */
  private static double childCpuSeconds(String output) {
    String[] lines = output.substring(output.lastIndexOf(CPU_MARKER)).trim().split("\n");
    String[] parts = lines[lines.length - 1].trim().split("\\s+");
    return bashSeconds(parts[0]) + bashSeconds(parts[1]);
  }

  private static double bashSeconds(String time) {
    int m = time.indexOf('m');
    return Integer.parseInt(time.substring(0, m)) * 60 + Double.parseDouble(time.substring(m + 1, time.length() - 1));
  }

  private static Path sourceList(Path file, List<Path> sources) throws IOException {
    return Files.write(file, sources.stream().map(Path::toString).toList());
  }

  private static Path emptyFolder(Path folder) throws IOException {
    deleteRecursively(folder);
    return Files.createDirectories(folder);
  }

  private static List<Path> javaFiles(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
    }
  }

  static void deleteRecursively(Path folder) throws IOException {
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
