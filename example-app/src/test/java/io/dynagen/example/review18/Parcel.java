package io.dynagen.example.review18;

import io.dynagen.annotations.IndexPartitionKey;
import io.dynagen.annotations.PartitionKey;
import io.dynagen.annotations.SortKey;
import io.dynagen.annotations.Table;

/**
 * A parcel in a depot: a record with a composite key (a string and a primitive {@code long}), a
 * global index by route, and a payload to make items as large as a test needs.
 */
@Table(name = "review18_parcels")
public record Parcel(
    @PartitionKey String depot,
    @SortKey long number,
    @IndexPartitionKey("by-route") String route,
    String payload) {}
