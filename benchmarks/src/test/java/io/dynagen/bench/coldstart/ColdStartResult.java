package io.dynagen.bench.coldstart;

import io.dynagen.bench.mapping.Approach;
import io.dynagen.bench.mapping.BenchModel;
import io.dynagen.bench.report.Stats;

/**
 * The cold starts of one mapper on one model, in milliseconds: from launching {@code java} to
 * the first item written and read back, the part of that spent in {@code main}, the CPU time (user
 * + system, all threads) the process had used by then, and the whole process until it exited.
 */
public record ColdStartResult(
    BenchModel model, Approach approach, Stats launchToItem, Stats inMain, Stats cpu, Stats wholeProcess) {}
