package io.dynagen.bench.model;

import io.dynagen.annotations.PartitionKey;
import io.dynagen.annotations.Table;
import java.util.List;

/** An item with many nested documents: an order of 100 lines (measured by Dynagen and by hand only). */
@Table(name = "orders")
public record Order(@PartitionKey String id, String customer, List<OrderLine> lines) {}
