package io.dynagen.bench.bulk;

import io.dynagen.bench.report.Stats;

/** The bulk loads of one variant: items per second over each measured load of {@code items} items. */
public record BulkLoadResult(String variant, int items, Stats itemsPerSecond) {}
