package io.dynagen.processor.model.dao;

import io.dynagen.processor.model.MappedClass;
import io.dynagen.processor.model.Property;
import io.dynagen.processor.model.SecondaryIndex;
import java.util.ArrayList;
import java.util.List;

/**
 * What a query can read: the table itself, or one of its secondary indexes, with its keys.
 *
 * @param index the index, or null for the table
 * @param sortKey the sort key, or null if it has none
 */
public record AccessPath(SecondaryIndex index, Property partitionKey, Property sortKey) {

  /** The table first, then its indexes in declaration order. */
  static List<AccessPath> of(MappedClass table) {
    List<AccessPath> paths = new ArrayList<>();
    paths.add(new AccessPath(null, table.partitionKey().orElseThrow(), table.sortKey().orElse(null)));
    for (SecondaryIndex index : SecondaryIndex.of(table)) {
      paths.add(new AccessPath(index, index.partitionKey(), index.sortKey()));
    }
    return paths;
  }

  public boolean isTable() {
    return index == null;
  }

  /** For messages: {@code the table (customer, number)}, {@code index 'by-status' (status, date)}. */
  public String describe() {
    String keys = "(" + partitionKey.name() + (sortKey == null ? "" : ", " + sortKey.name()) + ")";
    return (isTable() ? "the table " : "index '" + index.name() + "' ") + keys;
  }
}
