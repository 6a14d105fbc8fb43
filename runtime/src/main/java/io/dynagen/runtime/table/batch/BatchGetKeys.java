package io.dynagen.runtime.table.batch;

import io.dynagen.runtime.table.internal.ItemKey;
import io.dynagen.runtime.table.internal.ItemOperations;
import io.dynagen.runtime.table.internal.Keys;
import io.dynagen.runtime.table.read.GetOptions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The keys of a batch get, sync or async alike: checked when added, one entry per distinct key,
 * grouped by table with the one way each table is read; and the handles that take the items of
 * one {@code add} from a result. Not thread-safe, as the builders that own one.
 */
final class BatchGetKeys {
  private final Map<String, TableRead> tables = new LinkedHashMap<>();
  private int handles;

  /**
   * Adds keys of a table to read with {@code options}.
   *
   * @throws IllegalArgumentException before anything is added, if a key is bad or the table was
   *     added with other options
   */
  <T> BatchGet.Handle<T> add(
      ItemOperations<T> table, Collection<Map<String, AttributeValue>> keys, GetOptions options) {
    Objects.requireNonNull(options, "options");
    if (keys == null) {
      throw new IllegalArgumentException(
          "The keys to read from table '" + table.tableName() + "' are null: pass a collection of keys");
    }
    Map<ItemKey, Map<String, AttributeValue>> checked = new LinkedHashMap<>();
    for (Map<String, AttributeValue> key : keys) {
      checked.putIfAbsent(ItemKey.ofRequest(table, key), Keys.extract(key, table.decoder().keyNames()));
    }
    TableRead read = tables.get(table.tableName());
    if (read == null) {
      read = new TableRead(table, options);
    } else {
      read.checkSameRead(table, options);
    }
    tables.put(table.tableName(), read);
    for (Map.Entry<ItemKey, Map<String, AttributeValue>> key : checked.entrySet()) {
      read.add(key.getKey(), key.getValue());
    }
    return new BatchGet.Handle<>(this, handles++, table, new ArrayList<>(checked.keySet()));
  }

  /** The tables to read, each with its distinct keys. */
  Collection<TableRead> tables() {
    return tables.values();
  }

  /** The result of a read of every key added so far. */
  BatchGet.Result result(Map<ItemKey, Map<String, AttributeValue>> found) {
    return new BatchGet.Result(this, handles, found);
  }
}
