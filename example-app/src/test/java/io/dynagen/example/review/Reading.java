package io.dynagen.example.review;

import io.dynagen.annotations.IndexPartitionKey;
import io.dynagen.annotations.IndexSortKey;
import io.dynagen.annotations.PartitionKey;
import io.dynagen.annotations.SortKey;
import io.dynagen.annotations.Table;
import java.util.Optional;

/**
 * A sensor reading: a composite key of a string and a primitive {@code long}, a global index
 * whose keys are numbers, an enum and an {@code Optional} property.
 */
@Table(name = "review_readings")
public record Reading(
    @PartitionKey String sensor,
    @SortKey long seq,
    @IndexPartitionKey("by-level") int level,
    @IndexSortKey("by-level") long takenAt,
    Mode mode,
    Optional<String> label) {

  /** How the reading was taken. */
  public enum Mode { MANUAL, AUTOMATIC }
}
