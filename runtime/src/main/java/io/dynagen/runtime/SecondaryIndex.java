package io.dynagen.runtime;

import java.util.Objects;

/**
 * A secondary index declared with {@code @IndexPartitionKey} / {@code @IndexSortKey}.
 *
 * @param name the index name
 * @param local true for a local secondary index (it shares the table's partition key)
 * @param partitionKey the index's partition key (the table's, for a local index)
 * @param sortKey the index's sort key, or {@code null} if it has none
 */
public record SecondaryIndex(String name, boolean local, KeyAttribute partitionKey, KeyAttribute sortKey) {
  /** Checks the name and the partition key; a global index's sort key may be null. */
  public SecondaryIndex {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(partitionKey, "partitionKey");
  }
}
