package io.dynagen.bench.buildcost;

import io.dynagen.bench.report.Stats;

/**
 * javac wall times, in seconds, over the same {@code tables} model classes ({@code sourceFiles}
 * with their documents and enums): without any processor ({@code -proc:none}); with Dynagen's,
 * which writes {@code generatedSources} files that javac then compiles too; with Dynagen's alone
 * ({@code -proc:only}: parse, process, write, parse what was written; no compilation); and the
 * models with the generated sources given as plain sources, without the processor (compiling the
 * generated code, not generating it). CPU seconds of javac without and with the processor, and the
 * generated lines per {@code @Table} class (schema, table accessor, metamodel).
 */
public record BuildCostResult(
    int tables,
    int sourceFiles,
    int generatedSources,
    Stats without,
    Stats with,
    Stats processorOnly,
    Stats generatedSourcesWithoutProcessor,
    Stats cpuWithout,
    Stats cpuWith,
    double generatedLinesPerTable) {

  /** What the processor adds: the difference of the medians. */
  public double addedSeconds() {
    return with.median() - without.median();
  }

  /** Of that, compiling the generated code: the difference of the medians. */
  public double compilingGeneratedSeconds() {
    return generatedSourcesWithoutProcessor.median() - without.median();
  }
}
