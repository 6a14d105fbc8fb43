package io.dynagen.bench;

import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * How much to measure. The full run (no options) is the one BENCHMARKS.md is written from;
 * {@code --quick} runs a little of everything to try changes; {@code --only=mapping,collection,
 * coldstart,bulk,buildcost} picks parts. {@code --out=FILE} says where to write the report and {@code
 * --started-at=EPOCH_SECONDS} when the whole command began (run.sh passes it, so the report's
 * run time includes the build).
 */
public record RunSettings(
    boolean quick,
    Set<Part> parts,
    Path output,
    Instant startedAt,
    int mappingRounds,
    int warmupIterations,
    int measurementIterations,
    TimeValue iterationTime,
    int coldStartRuns,
    int bulkItems,
    int bulkLoads,
    int bulkWarmupItems,
    int buildTables,
    int buildRuns) {

  /** The parts of a run. */
  public enum Part {
    MAPPING,
    COLLECTION,
    COLDSTART,
    BULK,
    BUILDCOST
  }

  /**
   * Items per bulk load in the full run: issue #17's own reference for the example app ({@code
   * load --count 20000}). At the ceiling's rate a load of 5,000 took about half a second, too
   * short to tell a writer from the noise, and the example app's fresh JVM from its start-up.
   */
  static final int FULL_BULK_ITEMS = 20_000;

  public static RunSettings parse(String[] args) {
    boolean quick = false;
    Set<Part> parts = EnumSet.allOf(Part.class);
    Path output = null;
    Instant startedAt = Instant.now();
    for (String arg : args) {
      if (arg.equals("--quick")) {
        quick = true;
      } else if (arg.startsWith("--only=")) {
        parts = EnumSet.noneOf(Part.class);
        for (String part : arg.substring("--only=".length()).split(",")) {
          parts.add(Part.valueOf(part.trim().toUpperCase(Locale.ROOT)));
        }
      } else if (arg.startsWith("--out=")) {
        output = Path.of(arg.substring("--out=".length())).toAbsolutePath();
      } else if (arg.startsWith("--started-at=")) {
        startedAt = Instant.ofEpochSecond(Long.parseLong(arg.substring("--started-at=".length())));
      } else {
        throw new IllegalArgumentException("Unknown option " + arg
            + ": use --quick, --only=mapping,collection,coldstart,bulk,buildcost, --out=FILE, --started-at=EPOCH_SECONDS");
      }
    }
    if (quick) {
      return new RunSettings(true, parts, output, startedAt,
          1, 2, 2, TimeValue.milliseconds(500), 3, 2_000, 1, 1_000, 40, 2);
    }
    return new RunSettings(false, parts, output, startedAt,
        2, 2, 3, TimeValue.seconds(1), 6, FULL_BULK_ITEMS, 3, 5_000, 200, 1);
  }

  public boolean runs(Part part) {
    return parts.contains(part);
  }

  /** True for the run the committed BENCHMARKS.md comes from: everything, at full size. */
  public boolean isComplete() {
    return !quick && parts.equals(EnumSet.allOf(Part.class));
  }
}
