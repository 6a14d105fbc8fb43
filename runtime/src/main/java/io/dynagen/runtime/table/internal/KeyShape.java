package io.dynagen.runtime.table.internal;

import io.dynagen.runtime.ItemSchema;
import io.dynagen.runtime.KeyAttribute;
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
 * @param cursorKeys the key attributes of a LastEvaluatedKey, with their types, in the same order
 * @param tableSortKey the table's sort key attribute name, or {@code null}
 */
public record KeyShape(
    String indexName, String partitionKey, String sortKey, List<String> cursorKeyNames, List<KeyAttribute> cursorKeys,
    String tableSortKey) {

  public static KeyShape ofTable(ItemSchema<?> schema) {
    String sortKey = schema.sortKey() == null ? null : schema.sortKey().name();
    List<KeyAttribute> keys = tableKeys(schema);
    return new KeyShape(null, schema.partitionKey().name(), sortKey, names(keys), keys, sortKey);
  }

  public static KeyShape ofIndex(ItemSchema<?> schema, SecondaryIndex index) {
    List<KeyAttribute> keys = new ArrayList<>(tableKeys(schema));
    String sortKey = index.sortKey() == null ? null : index.sortKey().name();
    if (!names(keys).contains(index.partitionKey().name())) {
      keys.add(index.partitionKey());
    }
    if (sortKey != null && !names(keys).contains(sortKey)) {
      keys.add(index.sortKey());
    }
    String tableSortKey = schema.sortKey() == null ? null : schema.sortKey().name();
    return new KeyShape(index.name(), index.partitionKey().name(), sortKey, names(keys),
        Collections.unmodifiableList(keys), tableSortKey);
  }

  private static List<KeyAttribute> tableKeys(ItemSchema<?> schema) {
    List<KeyAttribute> keys = new ArrayList<>(2);
    keys.add(schema.partitionKey());
    if (schema.sortKey() != null) {
      keys.add(schema.sortKey());
    }
    return Collections.unmodifiableList(keys);
  }

  private static List<String> names(List<KeyAttribute> keys) {
    List<String> names = new ArrayList<>(keys.size());
    for (KeyAttribute key : keys) {
      names.add(key.name());
    }
    return Collections.unmodifiableList(names);
  }

  /** True if {@code attribute} is the partition or sort key of these keys. */
  boolean isTableKey(String attribute) {
    return attribute.equals(partitionKey) || attribute.equals(sortKey);
  }

  /** For messages: {@code table 'users'} or {@code table 'users' index 'by-age'}. */
  public String describe(String tableName) {
    return "table '" + tableName + "'" + (indexName == null ? "" : " index '" + indexName + "'");
  }
}
