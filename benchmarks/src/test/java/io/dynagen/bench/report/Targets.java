package io.dynagen.bench.report;

import io.dynagen.bench.buildcost.BuildCostResult;
import io.dynagen.bench.bulk.BulkLoadResult;
import io.dynagen.bench.bulk.BulkLoadRun;
import io.dynagen.bench.coldstart.ColdStartResult;
import io.dynagen.bench.jmh.CollectionResult;
import io.dynagen.bench.jmh.MappingResult;
import io.dynagen.bench.jmh.Measured;
import io.dynagen.bench.jmh.MappingResult.Operation;
import io.dynagen.bench.mapping.Approach;
import io.dynagen.bench.mapping.BenchModel;
import io.dynagen.bench.report.Target.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The targets, checked against a run's results. */
final class Targets {
  static final double MAX_TIME_VS_HAND = 1.0;
  static final long BYTES_NOISE = 8;
  static final double MIN_ENHANCED_WRITE = 1.3;
  static final double MIN_ENHANCED_READ = 2.0;
  static final double MAX_COLD_START_VS_HAND = 1.05;
  static final double MIN_COLD_START_ENHANCED = 3.0;
  static final double MIN_BATCH_WRITER_VS_CEILING = 0.90;
  static final double MIN_APP_LOAD_VS_CEILING = 0.75;
  static final double MAX_BUILD_SECONDS_ADDED = 2.0;
  static final int BUILD_TABLES = 200;
  static final int MAX_GENERATED_LINES_PER_TABLE = 250;

  private Targets() {}

  static List<Target> of(Report report) {
    List<Target> targets = new ArrayList<>();
    for (BenchModel model : BenchModel.values()) {
      for (Operation operation : Operation.values()) {
        mapping(report.mapping(), model, operation, targets);
      }
    }
    collection(report.collection(), targets);
    for (BenchModel model : BenchModel.coldStartModels()) {
      coldStart(report.coldStarts(), model, targets);
    }
    bulk(report.bulkLoads().variants(), targets);
    build(report.buildCost(), targets);
    return targets;
  }

  private static void mapping(List<MappingResult> results, BenchModel model, Operation operation, List<Target> targets) {
    String subject = model.id() + " item, " + operation.id();
    double minEnhanced = operation == Operation.WRITE ? MIN_ENHANCED_WRITE : MIN_ENHANCED_READ;
    String enhancedVsDynagen = subject + ": Enhanced Client's time / Dynagen's";
    boolean withEnhanced = model.approaches().contains(Approach.ENHANCED);
    MappingResult dynagen = find(results, model, Approach.DYNAGEN, operation);
    MappingResult hand = find(results, model, Approach.CAREFUL, operation);
    MappingResult enhanced = find(results, model, Approach.ENHANCED, operation);
    versusCareful(subject, "item", dynagen, hand, targets);
    if (!withEnhanced) {
      return;
    }
    if (dynagen == null || enhanced == null) {
      targets.add(notRun(enhancedVsDynagen, "≥ " + Format.ratio(minEnhanced)));
      return;
    }
    double enhancedRatio = enhanced.nanos().median() / dynagen.nanos().median();
    targets.add(new Target(enhancedVsDynagen, Format.ratio(enhancedRatio), "≥ " + Format.ratio(minEnhanced),
        Verdict.of(enhancedRatio >= minEnhanced)));
  }

  private static void collection(List<CollectionResult> results, List<Target> targets) {
    CollectionResult dynagen = find(results, Approach.DYNAGEN);
    CollectionResult hand = find(results, Approach.CAREFUL);
    versusCareful("shop collection (100 mixed items), read", "collection", dynagen, hand, targets);
  }

  /**
   * The two targets against careful hand-written code: time no more, bytes no more; not run if
   * either was not measured (null).
   */
  private static void versusCareful(String subject, String per, Measured dynagen, Measured hand, List<Target> targets) {
    String timeVsHand = subject + ": Dynagen's time / careful hand-written's";
    String bytesVsHand = subject + ": Dynagen's bytes allocated per " + per + " vs careful hand-written's";
    if (dynagen == null || hand == null) {
      targets.add(notRun(timeVsHand, "≤ " + Format.ratio(MAX_TIME_VS_HAND)));
      targets.add(notRun(bytesVsHand, "≤ careful hand-written's"));
      return;
    }
    double handRatio = dynagen.nanos().median() / hand.nanos().median();
    targets.add(new Target(timeVsHand, Format.ratio(handRatio), "≤ " + Format.ratio(MAX_TIME_VS_HAND),
        Verdict.of(handRatio <= MAX_TIME_VS_HAND)));
    long dynagenBytes = Math.round(dynagen.bytes().median());
    long handBytes = Math.round(hand.bytes().median());
    // JMH's bytes per operation wobble by a byte or two between forks: within 8 B (less than any
    // object) counts as equal.
    targets.add(new Target(bytesVsHand, dynagenBytes + " B vs " + handBytes + " B", "≤ careful hand-written's (± 8 B)",
        Verdict.of(dynagenBytes <= handBytes + BYTES_NOISE)));
  }

  private static void coldStart(List<ColdStartResult> results, BenchModel model, List<Target> targets) {
    ColdStartResult dynagen = find(results, model, Approach.DYNAGEN);
    ColdStartResult hand = find(results, model, Approach.HAND_WRITTEN);
    ColdStartResult enhanced = find(results, model, Approach.ENHANCED);
    String prefix = "cold start, " + model.id() + " item, ";
    coldStartVsHand(prefix + "launch → item back", dynagen, hand, ColdStartResult::launchToItem, targets);
    coldStartVsHand(prefix + "time in `main`", dynagen, hand, ColdStartResult::inMain, targets);
    coldStartVsHand(prefix + "CPU time to item back", dynagen, hand, ColdStartResult::cpu, targets);
    String enhancedVs = prefix + "launch → item back: Enhanced Client's / Dynagen's";
    if (dynagen == null || enhanced == null) {
      targets.add(notRun(enhancedVs, "≥ " + Format.ratio(MIN_COLD_START_ENHANCED)));
      return;
    }
    double enhancedRatio = enhanced.launchToItem().median() / dynagen.launchToItem().median();
    targets.add(new Target(enhancedVs, Format.ratio(enhancedRatio), "≥ " + Format.ratio(MIN_COLD_START_ENHANCED),
        Verdict.of(enhancedRatio >= MIN_COLD_START_ENHANCED)));
  }

  private static void coldStartVsHand(String measure, ColdStartResult dynagen, ColdStartResult hand,
      Function<ColdStartResult, Stats> stats, List<Target> targets) {
    String what = measure + ": Dynagen's / hand-written's";
    String goal = "≤ " + Format.ratio(MAX_COLD_START_VS_HAND);
    if (dynagen == null || hand == null) {
      targets.add(notRun(what, goal));
      return;
    }
    double ratio = stats.apply(dynagen).median() / stats.apply(hand).median();
    targets.add(new Target(what, Format.ratio(ratio), goal, Verdict.of(ratio <= MAX_COLD_START_VS_HAND)));
  }

  private static void bulk(List<BulkLoadResult> results, List<Target> targets) {
    bulk(results, BulkLoadRun.DYNAGEN_BATCH_WRITER, MIN_BATCH_WRITER_VS_CEILING, targets);
    bulk(results, BulkLoadRun.EXAMPLE_APP_LOAD, MIN_APP_LOAD_VS_CEILING, targets);
  }

  private static void bulk(List<BulkLoadResult> results, String variant, double minimum, List<Target> targets) {
    String what = "bulk load: " + variant + ", items/s / the ceiling (raw batchWriteItem, best of 1–16 in flight)";
    String goal = "≥ " + Format.number(100 * minimum, 0) + " %";
    double ceiling = BulkLoadResult.ceiling(results);
    BulkLoadResult measured = null;
    for (BulkLoadResult result : results) {
      if (result.variant().equals(variant)) {
        measured = result;
      }
    }
    if (measured == null || ceiling == 0) {
      targets.add(notRun(what, goal));
    } else {
      double ratio = measured.itemsPerSecond().median() / ceiling;
      targets.add(new Target(what, Format.number(100 * ratio, 0) + " %", goal, Verdict.of(ratio >= minimum)));
    }
  }

  private static void build(BuildCostResult result, List<Target> targets) {
    String what = "build: seconds the processor adds to javac over " + BUILD_TABLES + " @Table classes";
    String goal = "≤ " + Format.number(MAX_BUILD_SECONDS_ADDED, 2) + " s";
    if (result == null) {
      targets.add(notRun(what, goal));
      return;
    }
    String measured = Format.number(result.addedSeconds(), 2) + " s"
        + (result.tables() == BUILD_TABLES ? "" : " (over " + result.tables() + " classes only)");
    boolean complete = result.tables() == BUILD_TABLES;
    targets.add(new Target(what, measured, goal,
        complete ? Verdict.of(result.addedSeconds() <= MAX_BUILD_SECONDS_ADDED) : Verdict.NOT_RUN));
    targets.add(new Target("generated lines per @Table class of 15 properties (schema, sync and async table accessors, metamodel)",
        Format.number(result.generatedLinesPerTable(), 0), "≤ " + MAX_GENERATED_LINES_PER_TABLE,
        Verdict.of(result.generatedLinesPerTable() <= MAX_GENERATED_LINES_PER_TABLE)));
  }

  private static Target notRun(String what, String goal) {
    return new Target(what, "—", goal, Verdict.NOT_RUN);
  }

  static MappingResult find(List<MappingResult> results, BenchModel model, Approach approach, Operation operation) {
    for (MappingResult result : results) {
      if (result.model() == model && result.approach() == approach && result.operation() == operation) {
        return result;
      }
    }
    return null;
  }

  static CollectionResult find(List<CollectionResult> results, Approach approach) {
    for (CollectionResult result : results) {
      if (result.approach() == approach) {
        return result;
      }
    }
    return null;
  }

  static ColdStartResult find(List<ColdStartResult> results, BenchModel model, Approach approach) {
    for (ColdStartResult result : results) {
      if (result.model() == model && result.approach() == approach) {
        return result;
      }
    }
    return null;
  }
}
