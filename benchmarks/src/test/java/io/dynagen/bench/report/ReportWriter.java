package io.dynagen.bench.report;

import io.dynagen.bench.RunSettings;
import io.dynagen.bench.buildcost.BuildCostResult;
import io.dynagen.bench.bulk.BulkLoadResult;
import io.dynagen.bench.bulk.BulkLoads;
import io.dynagen.bench.coldstart.ColdStartResult;
import io.dynagen.bench.jmh.CollectionResult;
import io.dynagen.bench.jmh.MappingResult;
import io.dynagen.bench.jmh.MappingResult.Operation;
import io.dynagen.bench.mapping.Approach;
import io.dynagen.bench.mapping.BenchModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes BENCHMARKS.md from a run's results. Everything is rewritten except the section headed
 * {@value #FINDINGS_HEADING}, which is written by people (what profiling showed) and kept from
 * the file being replaced.
 */
public final class ReportWriter {
  static final String FINDINGS_HEADING = "## Findings";

  private final StringBuilder out = new StringBuilder();

  private ReportWriter() {}

  public static void write(Report report, Path file) throws IOException {
    String findings = keptFindings(file);
    Path folder = file.toAbsolutePath().getParent();
    Files.createDirectories(folder);
    List<String> charts = ChartWriter.write(report, folder);
    ReportWriter writer = new ReportWriter();
    writer.all(report);
    writer.charts(charts);
    writer.out.append(findings);
    Files.writeString(file, writer.out.toString());
  }

  private void all(Report report) {
    RunSettings settings = report.settings();
    line("# Dynagen benchmarks");
    line();
    line("Written by `benchmarks/run.sh` from the run described below: every number here comes from"
        + " that run, except in the Findings section, which people write and the script keeps. To"
        + " measure again, run `benchmarks/run.sh` at the root of the repository: it builds, runs"
        + " everything and rewrites this file (`--quick` tries a little of everything instead).");
    if (!settings.isComplete()) {
      line();
      line("**A partial or quick run** (" + (settings.quick() ? "--quick, " : "") + "parts: "
          + settings.parts() + "): not the numbers to publish.");
    }
    line();
    line("- Date: " + report.finishedAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    line("- Machine: " + Machine.cpuModel() + ", " + Machine.cores() + " cores, " + Machine.memory()
        + " memory; " + Machine.os());
    line("- JDK: " + Machine.jdk());
    line("- Run time of the whole command (build included): " + minutes(report.runTime()));
    line();
    targets(report);
    mapping(report.mapping(), settings);
    collection(report.collection(), settings);
    coldStarts(report.coldStarts(), settings);
    bulkLoads(report.bulkLoads(), settings);
    buildCost(report.buildCost());
  }

  /** The charts of the same run, drawn beside the report. */
  private void charts(List<String> charts) {
    if (charts.isEmpty()) {
      return;
    }
    line("## Charts");
    line();
    line("Drawn by `benchmarks/run.sh` from the numbers above (SVG files beside this one).");
    line();
    for (String chart : charts) {
      line("![" + chart + "](" + chart + ")");
      line();
    }
  }

  private void targets(Report report) {
    line("## Targets");
    line();
    line("Ratios of medians measured side by side in this run.");
    line();
    line("| Target | Measured | Goal | Met |");
    line("|---|---|---|---|");
    for (Target target : Targets.of(report)) {
      line("| " + target.what() + " | " + target.measured() + " | " + target.goal() + " | "
          + target.verdict().label() + " |");
    }
    line();
  }

  private void mapping(List<MappingResult> results, RunSettings settings) {
    line("## Mapping one item (JMH)");
    line();
    line("`MappingBenchmark`: average time per item and bytes allocated per item (`-prof gc`,"
        + " `gc.alloc.rate.norm`), one fork per (item, mapper, operation) in each of "
        + settings.mappingRounds() + " rounds; per fork " + settings.warmupIterations()
        + " warm-up and " + settings.measurementIterations() + " measured iterations of "
        + settings.iterationTime() + ", heap 1 GB. Median and range (min–max) over the measured"
        + " iterations of all rounds. All mappers write the same item and read back the"
        + " same object (checked before measuring); every reader reads the same item (the typical"
        + " hand-written mapper's). The careful hand-written mappers use what a person can write in"
        + " plain Java with the SDK's public API: `createS`/`createN`, direct readers of ISO"
        + " timestamps, `l()`/`m()` without `hasL()`/`hasM()`. The list and nested items are not"
        + " measured with the Enhanced Client.");
    line();
    if (results.isEmpty()) {
      line("Not run.");
      line();
      return;
    }
    line("| Item | Operation | Mapper | ns per item, median (min–max) | bytes per item | time / Dynagen's |"
        + " Dynagen's time / this |");
    line("|---|---|---|---|---|---|---|");
    for (BenchModel model : BenchModel.values()) {
      for (Operation operation : Operation.values()) {
        MappingResult dynagen = Targets.find(results, model, Approach.DYNAGEN, operation);
        for (Approach approach : model.approaches()) {
          MappingResult result = Targets.find(results, model, approach, operation);
          if (result == null || dynagen == null) {
            continue;
          }
          line("| " + model.label() + " | " + operation.label() + " | " + approach.label() + " | "
              + Format.withRange(result.nanos(), 0) + " | " + Format.number(result.bytes().median(), 0)
              + " | " + Format.ratio(result.nanos().median() / dynagen.nanos().median())
              + " | " + Format.ratio(dynagen.nanos().median() / result.nanos().median()) + " |");
        }
      }
    }
    line();
  }

  private void collection(List<CollectionResult> results, RunSettings settings) {
    line("## Reading an item collection of a single table (JMH)");
    line();
    line("`CollectionBenchmark`: one customer's partition of the shop table (docs/single-table.md),"
        + " 100 items as a Query returns them (79 order lines, 20 orders, the customer's profile, in"
        + " sort-key order), read into the sealed root type `ShopItem`: time and bytes allocated per"
        + " collection, measured like the mapping above (" + settings.mappingRounds() + " rounds, one fork"
        + " per reader in each). Dynagen reads through the table's generated dispatch; the careful"
        + " hand-written reader switches on the stored type attribute and builds each record from its"
        + " attributes with the SDK's public API. Both read the same items into equal objects (checked"
        + " before measuring).");
    line();
    if (results.isEmpty()) {
      line("Not run.");
      line();
      return;
    }
    CollectionResult dynagen = Targets.find(results, Approach.DYNAGEN);
    line("| Reader | ns per collection, median (min–max) | bytes per collection | time / Dynagen's |");
    line("|---|---|---|---|");
    for (CollectionResult result : results) {
      line("| " + result.approach().label() + " | " + Format.withRange(result.nanos(), 0) + " | "
          + Format.number(result.bytes().median(), 0) + " | "
          + (dynagen == null ? "—" : Format.ratio(result.nanos().median() / dynagen.nanos().median())) + " |");
    }
    line();
  }

  private void coldStarts(List<ColdStartResult> results, RunSettings settings) {
    line("## Cold start");
    line();
    line("`ColdStartRun`: " + settings.coldStartRuns() + " fresh JVMs per item and mapper (taking"
        + " turns), each building the sample object, building its mapper's schema, writing the"
        + " item and reading it back. The time is measured from the launch of `java` (the parent's"
        + " clock, just before starting the process) to the item being back (the child's clock):"
        + " JVM boot included, exit excluded. Also shown: the part spent in `main`, the CPU time"
        + " (user + system, all threads of the process: JIT compilers and GC included) the child had"
        + " used when its item was back, and the whole process until it exited. The children run with default JVM options on an"
        + " application's classpath (Dynagen's runtime, the SDK, the Enhanced Client).");
    line();
    if (results.isEmpty()) {
      line("Not run.");
      line();
      return;
    }
    line("| Item | Mapper | launch → item back, ms, median (min–max) | in `main`, ms | CPU time to item back, ms | whole process, ms | launch → item back / Dynagen's |");
    line("|---|---|---|---|---|---|---|");
    for (BenchModel model : BenchModel.coldStartModels()) {
      ColdStartResult dynagen = Targets.find(results, model, Approach.DYNAGEN);
      for (Approach approach : Approach.coldStartApproaches()) {
        ColdStartResult result = Targets.find(results, model, approach);
        line("| " + model.label() + " | " + approach.label() + " | " + Format.withRange(result.launchToItem(), 0)
            + " | " + Format.withRange(result.inMain(), 0) + " | " + Format.withRange(result.cpu(), 0)
            + " | " + Format.withRange(result.wholeProcess(), 0)
            + " | " + Format.ratio(result.launchToItem().median() / dynagen.launchToItem().median()) + " |");
      }
    }
    line();
  }

  private void bulkLoads(BulkLoads loads, RunSettings settings) {
    List<BulkLoadResult> results = loads.variants();
    line("## Bulk load into DynamoDB Local");
    line();
    line("`BulkLoadRun`: " + Format.number(settings.bulkItems(), 0) + " users items per load, "
        + settings.bulkLoads() + " loads per variant (taking turns), each into a new on-demand table"
        + " of one DynamoDB Local started for the run in a process of its own (the example app's"
        + " `serve`), over loopback HTTP (the SDK's Apache 5 HTTP client, default settings). A warm-up"
        + " load of " + Format.number(settings.bulkWarmupItems(), 0) + " items per variant comes first"
        + " (not for the example app, measured as a user runs it: a fresh JVM, from launch to exit,"
        + " creating its table as on a first load and writing its own generated users, a little"
        + " smaller than the others' items). Each load is timed from its first request to its last"
        + " response and then counted. The ceiling is the best of the raw client's `batchWriteItem`"
        + " (25 items per request, prepared beforehand) with 1, 2, 4, 8 and 16 requests in flight."
        + " The full run loads 20,000 items each time: issue #17's own measure of the app (`load --count 20000`);"
        + " at the ceiling's rate 5,000 items took about half a second, too short to tell a writer"
        + " from the noise, or the app's writing from its start-up.");
    line();
    if (results.isEmpty()) {
      line("Not run.");
      line();
      return;
    }
    double ceiling = loads.ceiling();
    line("| Variant | items/s, median (min–max) | % of the ceiling (" + Format.number(ceiling, 0) + " items/s) |");
    line("|---|---|---|");
    for (BulkLoadResult result : results) {
      line("| " + result.variant() + " | " + Format.withRange(result.itemsPerSecond(), 0) + " | "
          + Format.number(100 * result.itemsPerSecond().median() / ceiling, 0) + " % |");
    }
    line();
    appFixedStart(loads, settings.bulkItems());
  }

  /** The example app's zero-item load and the bound it sets on the app's items/s. */
  private void appFixedStart(BulkLoads loads, int items) {
    Stats start = loads.appFixedStartSeconds();
    if (start == null) {
      return;
    }
    double ceilingSeconds = items / loads.ceiling();
    double bound = loads.appBound(items);
    line("The example app's fixed start: its `load --count 0` in a fresh JVM, timed from launch to exit,"
        + " into a new table of the same server right after each of its loads (the JVM, picocli, the"
        + " SDK client, the first requests and the table's creation; nothing written). Even writing at"
        + " the ceiling's rate from its first request, the app's load cannot beat the bound it sets.");
    line();
    line("| Fixed start, seconds, median (min–max) | The ceiling's time for " + Format.number(items, 0)
        + " items | The app's bound: ceiling time / (ceiling time + fixed start) |");
    line("|---|---|---|");
    line("| " + Format.withRange(start, 2) + " | " + Format.number(ceilingSeconds, 2) + " s | "
        + Format.number(100 * bound, 0) + " % of the ceiling (" + Format.number(bound * loads.ceiling(), 0)
        + " items/s) |");
    line();
  }

  private void buildCost(BuildCostResult result) {
    line("## Build cost of the processor");
    line();
    if (result == null) {
      line("Not run.");
      line();
      return;
    }
    line("`BuildCostRun`: " + result.tables() + " generated `@Table` classes (" + result.sourceFiles()
        + " source files with their documents and enums: half records, half JavaBeans, 15 properties"
        + " each) compiled by the `javac` executable, a fresh process each time, "
        + result.without().count() + " times per way (taking turns, after one untimed compilation"
        + " per way), `--release 17`, the same classpath each time. The processor writes "
        + result.generatedSources() + " sources for them.");
    line();
    line("| javac | seconds, median (min–max) |");
    line("|---|---|");
    line("| without a processor (`-proc:none`) | " + Format.withRange(result.without(), 2) + " |");
    line("| with Dynagen's processor (generating, then compiling what it wrote) | "
        + Format.withRange(result.with(), 2) + " |");
    line("| **added by the processor** (median with − median without) | **"
        + Format.number(result.addedSeconds(), 2) + "** |");
    line("| Dynagen's processor alone (`-proc:only`: parse, process, write, parse what it wrote; no compilation) | "
        + Format.withRange(result.processorOnly(), 2) + " |");
    line("| the models and the " + result.generatedSources() + " generated sources, no processor (`-proc:none`) | "
        + Format.withRange(result.generatedSourcesWithoutProcessor(), 2) + " |");
    line("| of the added time, compiling the generated code (median of the line above − median without) | "
        + Format.number(result.compilingGeneratedSeconds(), 2) + " |");
    line("| javac CPU time (user + system) without a processor | " + Format.withRange(result.cpuWithout(), 2) + " |");
    line("| javac CPU time (user + system) with Dynagen's processor | " + Format.withRange(result.cpuWith(), 2) + " |");
    line();
    line("Generated lines per `@Table` class (schema, sync and async table accessors and metamodel, javadoc included): "
        + Format.number(result.generatedLinesPerTable(), 0) + ".");
    line();
  }

  /** The Findings section of the file being replaced, or an empty one. */
  private static String keptFindings(Path file) throws IOException {
    if (Files.isRegularFile(file)) {
      String old = Files.readString(file);
      int start = old.indexOf(FINDINGS_HEADING);
      if (start >= 0) {
        return old.substring(start);
      }
    }
    return FINDINGS_HEADING + "\n\nNone written yet.\n";
  }

  private static String minutes(Duration duration) {
    return duration.toMinutes() + " min " + duration.toSecondsPart() + " s";
  }

  private void line(String text) {
    out.append(text).append('\n');
  }

  private void line() {
    out.append('\n');
  }
}
