package io.dynagen.runtime.table;

import io.dynagen.runtime.ItemSchema;
import io.dynagen.runtime.SecondaryIndex;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The keys a read goes by: the table's, or a secondary index's (with the table's key names too,
 * since an index's LastEvaluatedKey holds both).
 *
 * @param indexName the index name, or {@code null} for the table
 * @param partitionKey the partition key attribute name
 * @param sortKey the sort key attribute name, or {@code null}
 * @param cursorKeyNames every attribute of a LastEvaluatedKey
 */
record KeyShape(String indexName, String partitionKey, String sortKey, List<String> cursorKeyNames) {

  static KeyShape ofTable(ItemSchema<?> schema) {
    String sortKey = schema.sortKey() == null ? null : schema.sortKey().name();
    return new KeyShape(null, schema.partitionKey().name(), sortKey, tableKeys(schema));
  }

  static KeyShape ofIndex(ItemSchema<?> schema, SecondaryIndex index) {
    List<String> names = new ArrayList<>(tableKeys(schema));
    String sortKey = index.sortKey() == null ? null : index.sortKey().name();
    if (!names.contains(index.partitionKey().name())) {
      names.add(index.partitionKey().name());
    }
    if (sortKey != null && !names.contains(sortKey)) {
      names.add(sortKey);
    }
    return new KeyShape(index.name(), index.partitionKey().name(), sortKey, Collections.unmodifiableList(names));
  }

  private static List<String> tableKeys(ItemSchema<?> schema) {
    List<String> names = new ArrayList<>(2);
    names.add(schema.partitionKey().name());
    if (schema.sortKey() != null) {
      names.add(schema.sortKey().name());
    }
    return Collections.unmodifiableList(names);
  }

  /** True if {@code attribute} is the partition or sort key of these keys. */
  boolean isTableKey(String attribute) {
    return attribute.equals(partitionKey) || attribute.equals(sortKey);
  }

  /** For messages: {@code table 'users'} or {@code table 'users' index 'by-age'}. */
  String describe(String tableName) {
    return "table '" + tableName + "'" + (indexName == null ? "" : " index '" + indexName + "'");
  }
}
