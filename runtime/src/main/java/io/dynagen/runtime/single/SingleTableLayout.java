package io.dynagen.runtime.single;

import java.util.List;
import java.util.Objects;

/**
 * The table-wide part of a single table, from the root's annotations: its name, key attribute
 * names, type attribute and shared indexes.
 *
 * @param tableName the table name from {@code @Table}
 * @param partitionKey the partition key attribute (a string)
 * @param sortKey the sort key attribute (a string)
 * @param typeAttribute the attribute holding each item's type name, or {@code null} when types are
 *     told apart by key prefix alone
 * @param indexes the shared (overloaded) global secondary indexes
 */
public record SingleTableLayout(
    String tableName, String partitionKey, String sortKey, String typeAttribute, List<Index> indexes) {

  /**
   * Checks the names.
   *
   * @param tableName the table name from {@code @Table}
   * @param partitionKey the partition key attribute (a string)
   * @param sortKey the sort key attribute (a string)
   * @param typeAttribute the type attribute, or {@code null} for key-prefix discrimination
   * @param indexes the shared indexes
   */
  public SingleTableLayout {
    Objects.requireNonNull(tableName, "tableName");
    Objects.requireNonNull(partitionKey, "partitionKey");
    Objects.requireNonNull(sortKey, "sortKey");
    indexes = List.copyOf(indexes);
  }

  /**
   * A shared index: a global secondary index with string keys that each entity type fills from its
   * own templates, projecting every attribute.
   *
   * @param name the index name
   * @param partitionKey its partition key attribute
   * @param sortKey its sort key attribute, or {@code null}
   */
  public record Index(String name, String partitionKey, String sortKey) {
    /**
     * Checks the names.
     *
     * @param name the index name
     * @param partitionKey its partition key attribute
     * @param sortKey its sort key attribute, or {@code null}
     */
    public Index {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(partitionKey, "partitionKey");
    }
  }

  /** {@return true if types are told apart by a stored type attribute} */
  public boolean storesType() {
    return typeAttribute != null;
  }

  /** The shared index of this name. */
  Index index(String name) {
    for (Index index : indexes) {
      if (index.name().equals(name)) {
        return index;
      }
    }
    throw new IllegalArgumentException("Table '" + tableName + "' declares no shared index '" + name + "'");
  }
}
