package io.dynagen.runtime;

import java.util.List;
import java.util.Objects;

/**
 * A secondary index declared with {@code @IndexPartitionKey} / {@code @IndexSortKey}.
 *
 * @param name the index name
 * @param local true for a local secondary index (it shares the table's partition key)
 * @param partitionKey the index's partition key (the table's, for a local index)
 * @param sortKey the index's sort key, or {@code null} if it has none
 * @param projection which attributes the index copies: {@code ALL}, {@code KEYS_ONLY} or {@code
 *     INCLUDE}
 * @param included the non-key attributes an {@code INCLUDE} index copies; empty otherwise
 */
public record SecondaryIndex(
    String name, boolean local, KeyAttribute partitionKey, KeyAttribute sortKey, Projection projection,
    List<String> included) {

  /** Which attributes an index copies from the table. */
  public enum Projection {
    /** Every attribute. */
    ALL,
    /** The table's and the index's keys only. */
    KEYS_ONLY,
    /** The keys and the attributes named. */
    INCLUDE
  }

  /**
   * Checks the name and the partition key; a global index's sort key may be null.
   *
   * @param name the index name
   * @param local true for a local secondary index (it shares the table's partition key)
   * @param partitionKey the index's partition key (the table's, for a local index)
   * @param sortKey the index's sort key, or {@code null} if it has none
   * @param projection which attributes the index copies: {@code ALL}, {@code KEYS_ONLY} or {@code
   *     INCLUDE}
   * @param included the non-key attributes an {@code INCLUDE} index copies; empty otherwise
   */
  public SecondaryIndex {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(partitionKey, "partitionKey");
    Objects.requireNonNull(projection, "projection");
    included = List.copyOf(included);
    if ((projection == Projection.INCLUDE) == included.isEmpty()) {
      throw new IllegalArgumentException(
          "Index '" + name + "' projects " + projection + " with included attributes " + included
              + ": name attributes for INCLUDE, and only for INCLUDE");
    }
  }

  /**
   * An index copying every attribute.
   *
   * @param name the index's name
   * @param local true for a local secondary index, false for a global one
   * @param partitionKey the index's partition key (a local index's is the table's)
   * @param sortKey the index's sort key, or {@code null}
   */
  public SecondaryIndex(String name, boolean local, KeyAttribute partitionKey, KeyAttribute sortKey) {
    this(name, local, partitionKey, sortKey, Projection.ALL, List.of());
  }
}
