package io.dynagen.bench.buildcost;

import io.dynagen.bench.report.Stats;

/**
 * javac wall times, in seconds, over the same {@code tables} model classes: without any
 * processor ({@code -proc:none}), with Dynagen's (generating {@code generatedSources} files and
 * compiling them too), and with Dynagen's alone ({@code -proc:only}: parse, process, generate,
 * no compilation), which tells the processor's own time from that of compiling what it wrote.
 */
public record BuildCostResult(
    int tables, int sourceFiles, int generatedSources, Stats without, Stats with, Stats processorOnly) {

  /** What the processor adds: the difference of the medians. */
  public double addedSeconds() {
    return with.median() - without.median();
  }
}
