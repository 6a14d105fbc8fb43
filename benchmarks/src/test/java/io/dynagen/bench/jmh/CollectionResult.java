package io.dynagen.bench.jmh;

import io.dynagen.bench.mapping.Approach;
import io.dynagen.bench.report.Stats;

/**
 * One measurement of reading the shop's 100-item collection: time and bytes allocated per
 * collection read, over every measured iteration of every round.
 */
public record CollectionResult(Approach approach, Stats nanos, Stats bytes) implements Measured {}
