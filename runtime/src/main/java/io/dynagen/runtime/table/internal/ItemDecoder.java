package io.dynagen.runtime.table.internal;

import io.dynagen.runtime.ItemSchema;
import io.dynagen.runtime.MappingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Reads items through a schema and, when one does not fit, makes the {@link MappingException}
 * name the table and the item's key.
 */
public final class ItemDecoder<T> {
  private final ItemSchema<T> schema;
  private final String tableName;
  private final List<String> keyNames;

  public ItemDecoder(ItemSchema<T> schema, String tableName) {
    this.schema = schema;
    this.tableName = tableName;
    this.keyNames = KeyShape.ofTable(schema).cursorKeyNames();
  }

  /** The table's key attribute names: the partition key, then the sort key if any. */
  public List<String> keyNames() {
   return keyNames;
  }

  String tableName() {
    return tableName;
  }

  public T decode(Map<String, AttributeValue> item) {
    try {
      return schema.fromItem(item);
    } catch (MappingException e) {
      throw e.readFrom(tableName, Keys.extract(item, keyNames));
    }
  }

  /** True if reads of many items leave this item out (see {@link ItemSchema#skipsOnRead}). */
  public boolean skips(Map<String, AttributeValue> item) {
    return schema.skipsOnRead(item);
  }

  /**
   * The number of these items a read of many items returns: those the schema neither leaves out
   * nor refuses (see {@link ItemSchema#returnsOnRead}).
   *
   * @throws MappingException naming the table and the key of an item a read would refuse
   */
  public int countReturned(List<Map<String, AttributeValue>> items) {
    int count = 0;
    for (Map<String, AttributeValue> item : items) {
      try {
        if (schema.returnsOnRead(item)) {
          count++;
        }
      } catch (MappingException e) {
        throw e.readFrom(tableName, Keys.extract(item, keyNames));
      }
    }
    return count;
  }

  public List<T> decodeAll(List<Map<String, AttributeValue>> items) {
    List<T> objects = new ArrayList<>(items.size());
    for (Map<String, AttributeValue> item : items) {
      if (!skips(item)) {
        objects.add(decode(item));
      }
    }
    return objects;
  }
}
