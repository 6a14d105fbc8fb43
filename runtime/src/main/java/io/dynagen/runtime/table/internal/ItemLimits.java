package io.dynagen.runtime.table.internal;

import io.dynagen.runtime.ItemSchema;
import io.dynagen.runtime.KeyAttribute;
import io.dynagen.runtime.SecondaryIndex;
import io.dynagen.runtime.ValueLimits;
import io.dynagen.runtime.expr.AttributePath;
import io.dynagen.runtime.expr.Update;
import io.dynagen.runtime.expr.UpdateAction;
import io.dynagen.runtime.table.ItemSize;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The {@link ValueLimits} of one table's items: every value's, and those of the key attributes of
 * the table and of each secondary index (an index key that an item holds must be of the declared
 * type, non-empty and short enough, or DynamoDB refuses the whole write).
 */
public final class ItemLimits {
  /** A key attribute with the role it has, for the message. */
  private record KeyRole(KeyAttribute attribute, String role, int maxBytes, boolean required) {}

  private final List<KeyRole> keyRoles;
  private final List<String> keyNames;

  private ItemLimits(List<KeyRole> keyRoles, List<String> keyNames) {
    this.keyRoles = keyRoles;
    this.keyNames = keyNames;
  }

  public static ItemLimits of(ItemSchema<?> schema) {
    List<KeyRole> roles = new ArrayList<>();
    roles.add(new KeyRole(schema.partitionKey(), "partition key", ValueLimits.MAX_PARTITION_KEY_BYTES, true));
    if (schema.sortKey() != null) {
      roles.add(new KeyRole(schema.sortKey(), "sort key", ValueLimits.MAX_SORT_KEY_BYTES, true));
    }
    for (SecondaryIndex index : schema.indexes()) {
      roles.add(new KeyRole(index.partitionKey(), "partition key of index '" + index.name() + "'",
          ValueLimits.MAX_PARTITION_KEY_BYTES, false));
      if (index.sortKey() != null) {
        roles.add(new KeyRole(index.sortKey(), "sort key of index '" + index.name() + "'",
            ValueLimits.MAX_SORT_KEY_BYTES, false));
      }
    }
    return new ItemLimits(List.copyOf(roles), KeyShape.ofTable(schema).cursorKeyNames());
  }

  /**
   * Checks an item about to be put: its values, its key attributes' types and sizes, and its size
   * against the 400 KB limit, counted in the same walk (a batch of puts walks each item once).
   *
   * @return the item's size in bytes
   * @throws IllegalArgumentException naming the table, the item's key, the attribute and the limit
   */
  public long check(Map<String, AttributeValue> item, String tableName) {
    long size;
    try {
      size = checkAll(item, "");
    } catch (IllegalArgumentException unnamed) {
      // Checked again naming the item, which is only worth describing when something is wrong:
      // this throws the same violation with the item's key and table in its message.
      checkAll(item, where(item, tableName));
      throw unnamed;
    }
    if (size > ItemSize.MAX_BYTES) {
      // Walked again only to fail: the message names the largest attribute.
      ItemSize.check(item, tableName, keyNames);
    }
    return size;
  }

  private long checkAll(Map<String, AttributeValue> item, String where) {
    for (KeyRole key : keyRoles) {
      AttributeValue value = item.get(key.attribute().name());
      // An item without an index's key attributes is simply not in that index; one holding NULL
      // there is refused by DynamoDB (a type mismatch), so NULL is checked like any other value.
      if (value == null) {
        continue;
      }
      ValueLimits.checkKeyValue(value, key.attribute().name(), key.attribute().type(), key.role(), key.maxBytes(), where);
    }
    return ValueLimits.checkItem(item, where);
  }

  /**
   * Checks the values an update stores: within the limits at the depth they are stored, an
   * index key of its declared type and size, and no table key changed (DynamoDB refuses that).
   *
   * @throws IllegalArgumentException naming the attribute and the limit
   */
  public void checkUpdate(Update update, String tableName) {
    String where = " (in an update of table '" + tableName + "')";
    for (UpdateAction action : update.actions()) {
      AttributePath path = action.path();
      if (path.parent() == null && isTableKey(path.topLevelName())) {
        throw new IllegalArgumentException("Attribute '" + path + "'" + where + " is a key attribute of the"
            + " table: DynamoDB cannot change an item's key; put the item under its new key and delete the old one");
      }
      AttributeValue value = action.storedValue();
      if (value == null) {
        continue;
      }
      if (path.parent() == null) {
        for (KeyRole key : keyRoles) {
          if (key.attribute().name().equals(path.topLevelName())) {
            ValueLimits.checkKeyValue(value, path.toString(), key.attribute().type(), key.role(), key.maxBytes(), where);
          }
        }
      }
      ValueLimits.checkValue(value, path.toString(), where, path.containersAbove());
    }
  }

  private boolean isTableKey(String attribute) {
    for (KeyRole key : keyRoles) {
      if (key.required() && key.attribute().name().equals(attribute)) {
        return true;
      }
    }
    return false;
  }

  private String where(Map<String, AttributeValue> item, String tableName) {
    return " of item " + Keys.describe(Keys.extract(item, keyNames)) + " for table '" + tableName + "'";
  }
}
