package io.dynagen.runtime.table.internal;

import io.dynagen.runtime.ValueLimits;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Checks key values before a request is sent, so that a null or empty key fails with a message
 * naming the attribute instead of a ValidationException from the service.
 */
public final class Keys {
  private Keys() {}

  /**
   * Checks that {@code key} holds exactly the attributes {@code keyNames}, each a valid key value.
   */
  public static void checkKey(Map<String, AttributeValue> key, List<String> keyNames, String tableName) {
    if (key == null) {
      throw new IllegalArgumentException(
          "Key for table '" + tableName + "' is null: pass the item's key " + keyNames);
    }
    for (int i = 0; i < keyNames.size(); i++) {
      checkValue(keyNames.get(i), key.get(keyNames.get(i)), tableName);
      checkLimits(keyNames.get(i), key.get(keyNames.get(i)), i == 0, tableName);
    }
    if (key.size() != keyNames.size()) {
      throw new IllegalArgumentException(
          "Key " + describe(key) + " for table '" + tableName + "' has attributes other than its"
              + " key " + keyNames + ": pass only the key attributes");
    }
  }

  /** Checks the key attributes of a whole item (other attributes may be there too). */
  public static void checkItemKey(Map<String, AttributeValue> item, List<String> keyNames, String tableName) {
    for (int i = 0; i < keyNames.size(); i++) {
      checkValue(keyNames.get(i), item.get(keyNames.get(i)), tableName);
      checkLimits(keyNames.get(i), item.get(keyNames.get(i)), i == 0, tableName);
    }
  }

  /** Checks a valid key value's size (2048 bytes for a partition key, 1024 for a sort key) and number limits. */
  public static void checkLimits(String attribute, AttributeValue value, boolean partition, String tableName) {
    ValueLimits.checkKeyValue(value, attribute, null, partition ? "partition key" : "sort key",
        partition ? ValueLimits.MAX_PARTITION_KEY_BYTES : ValueLimits.MAX_SORT_KEY_BYTES,
        " of table '" + tableName + "'");
  }

  /** Checks one key value: present, S, N or B, and not an empty string or binary. */
  public static void checkValue(String attribute, AttributeValue value, String tableName) {
    if (value == null || isNullValue(value)) {
      throw new IllegalArgumentException(
          "Key attribute '" + attribute + "' of table '" + tableName + "' is null: every key"
              + " attribute needs a value");
    }
    if (value.s() != null && value.s().isEmpty() || value.b() != null && value.b().asByteArrayUnsafe().length == 0) {
      throw new IllegalArgumentException(
          "Key attribute '" + attribute + "' of table '" + tableName + "' is empty: DynamoDB key"
              + " values cannot be empty strings or empty binary; use a non-empty value");
    }
    if (value.s() == null && value.n() == null && value.b() == null) {
      throw new IllegalArgumentException(
          "Key attribute '" + attribute + "' of table '" + tableName + "' is of type "
              + value.type() + ": key attributes are strings (S), numbers (N) or binary (B)");
    }
  }

  /** An attribute value with no content at all, as {@code AttributeValue.createS(null)} makes. */
  private static boolean isNullValue(AttributeValue value) {
    return value.type() == AttributeValue.Type.UNKNOWN_TO_SDK_VERSION
        || value.type() == AttributeValue.Type.NUL;
  }

  /** The key attributes of an item, in key order; missing ones are left out. */
  public static Map<String, AttributeValue> extract(Map<String, AttributeValue> item, List<String> keyNames) {
    Map<String, AttributeValue> key = new LinkedHashMap<>(4);
    for (String name : keyNames) {
      AttributeValue value = item.get(name);
      if (value != null) {
        key.put(name, value);
      }
    }
    return key;
  }

  /** A key for messages: {@code {username=S "johndoe", last_name=S "Doe"}}. */
  public static String describe(Map<String, AttributeValue> key) {
    StringBuilder out = new StringBuilder("{");
    for (Map.Entry<String, AttributeValue> entry : key.entrySet()) {
      if (out.length() > 1) {
        out.append(", ");
      }
      out.append(entry.getKey()).append('=').append(describe(entry.getValue()));
    }
    return out.append('}').toString();
  }

  private static String describe(AttributeValue value) {
    if (value == null) {
      return "null";
    }
    if (value.s() != null) {
      return "S \"" + value.s() + '"';
    }
    if (value.n() != null) {
      return "N " + value.n();
    }
    if (value.b() != null) {
      return "B (" + value.b().asByteArrayUnsafe().length + " bytes)";
    }
    return String.valueOf(value.type());
  }
}
