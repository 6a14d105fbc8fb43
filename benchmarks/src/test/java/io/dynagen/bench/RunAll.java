package io.dynagen.bench;

import io.dynagen.bench.RunSettings.Part;
import io.dynagen.bench.buildcost.BuildCostResult;
import io.dynagen.bench.buildcost.BuildCostRun;
import io.dynagen.bench.bulk.BulkLoads;
import io.dynagen.bench.bulk.BulkLoadRun;
import io.dynagen.bench.coldstart.ColdStartResult;
import io.dynagen.bench.coldstart.ColdStartRun;
import io.dynagen.bench.jmh.CollectionResult;
import io.dynagen.bench.jmh.CollectionRun;
import io.dynagen.bench.jmh.MappingResult;
import io.dynagen.bench.jmh.MappingRun;
import io.dynagen.bench.mapping.CollectionCheck;
import io.dynagen.bench.mapping.SameItemsCheck;
import io.dynagen.bench.report.Report;
import io.dynagen.bench.report.ReportWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Runs every measurement and writes the report: what {@code benchmarks/run.sh} starts, after
 * building. See {@link RunSettings} for the options.
 */
public final class RunAll {
  private RunAll() {}

  public static void main(String[] args) throws Exception {
    RunSettings settings = RunSettings.parse(args);
    BenchPaths paths = BenchPaths.locate();
    // Fail before anything long if the three mappers do not agree.
    SameItemsCheck.requireAgreement();
    CollectionCheck.requireAgreement();

    List<MappingResult> mapping = List.of();
    if (settings.runs(Part.MAPPING)) {
      mapping = new MappingRun(settings.mappingRounds(), settings.warmupIterations(),
          settings.measurementIterations(), settings.iterationTime()).run();
    }
    List<CollectionResult> collection = List.of();
    if (settings.runs(Part.COLLECTION)) {
      collection = new CollectionRun(settings.mappingRounds(), settings.warmupIterations(),
          settings.measurementIterations(), settings.iterationTime()).run();
    }
    List<ColdStartResult> coldStarts = List.of();
    if (settings.runs(Part.COLDSTART)) {
      coldStarts = new ColdStartRun(settings.coldStartRuns(), paths.testClasses(), paths.applicationClasspath()).run();
    }
    BuildCostResult buildCost = null;
    if (settings.runs(Part.BUILDCOST)) {
      buildCost = new BuildCostRun(settings.buildTables(), settings.buildRuns(), paths.processorJar(),
          paths.applicationClasspath()).run();
    }
    // Last: the loads put the most load on the machine.
    BulkLoads bulkLoads = BulkLoads.none();
    if (settings.runs(Part.BULK)) {
      bulkLoads = new BulkLoadRun(settings.bulkItems(), settings.bulkLoads(), settings.bulkWarmupItems(),
          paths.exampleAppJar()).run();
    }

    Report report = new Report(settings, ZonedDateTime.now(), Duration.between(settings.startedAt(), Instant.now()),
        mapping, collection, coldStarts, bulkLoads, buildCost);
    Path output = settings.output() != null ? settings.output() : paths.scratchReport();
    ReportWriter.write(report, output);
    System.out.println("Wrote " + output);
    System.exit(0);
  }
}
