package io.dynagen.example.review17;

import io.dynagen.annotations.Attribute;
import io.dynagen.annotations.IndexPartitionKey;
import io.dynagen.annotations.PartitionKey;
import io.dynagen.annotations.SortKey;
import io.dynagen.annotations.Table;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A record with a property of every kind the README names, keyed by store and position. */
@Table(name = "review17_shelves")
public record Shelf(
    @PartitionKey String store,
    @SortKey int position,
    @IndexPartitionKey("by-colour") Colour colour,
    @Attribute("shelf_tags") List<String> tags,
    Set<Integer> sizes,
    Map<String, Long> stock,
    Label label,
    Optional<String> note,
    Instant checkedAt,
    Boolean open) {}
