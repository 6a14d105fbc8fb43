package io.dynagen.bench.report;

import io.dynagen.bench.RunSettings;
import io.dynagen.bench.buildcost.BuildCostResult;
import io.dynagen.bench.bulk.BulkLoads;
import io.dynagen.bench.coldstart.ColdStartResult;
import io.dynagen.bench.jmh.CollectionResult;
import io.dynagen.bench.jmh.MappingResult;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;

/** Everything one run measured; a part that was not run has an empty list or a null result. */
public record Report(
    RunSettings settings,
    ZonedDateTime finishedAt,
    Duration runTime,
    List<MappingResult> mapping,
    List<CollectionResult> collection,
    List<ColdStartResult> coldStarts,
    BulkLoads bulkLoads,
    BuildCostResult buildCost) {}
