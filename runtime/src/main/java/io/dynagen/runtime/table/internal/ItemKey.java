package io.dynagen.runtime.table.internal;

import io.dynagen.runtime.KeyAttribute;
import io.dynagen.runtime.table.TypedTable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The primary key of an item of a table as a value: two are equal exactly when DynamoDB treats
 * them as the same item. Batches use it to keep one request per key (the service rejects a
 * batch naming a key twice) and to match what the service returns to what was asked.
 *
 * <p>Numbers are compared by value, as DynamoDB does: {@code N "1.50"} and {@code N "1.5"} are
 * one key (and the service answers with its own spelling). Strings and binary compare exactly.
 *
 * @param tableName the table
 * @param partition the partition key value: a String, a BigDecimal without trailing zeros or the
 *     binary's SdkBytes
 * @param sort the sort key value, as {@code partition}, or {@code null} if the table has none
 */
public record ItemKey(String tableName, Object partition, Object sort) {

  /**
   * The identity of a key given for {@code table}, after the checks TypedTable makes ({@link
   * Keys#checkKey}) and a check that each value has the type the table declares.
   *
   * @throws IllegalArgumentException naming the attribute, if the key does not fit the table
   */
  public static ItemKey ofRequest(ItemOperations<?> table, Map<String, AttributeValue> key) {
    List<String> keyNames = table.decoder().keyNames();
    Keys.checkKey(key, keyNames, table.tableName());
    KeyAttribute partitionKey = table.schema().partitionKey();
    KeyAttribute sortKey = table.schema().sortKey();
    checkType(partitionKey, key.get(partitionKey.name()), table.tableName());
    if (sortKey != null) {
      checkType(sortKey, key.get(sortKey.name()), table.tableName());
    }
   return of(table.tableName(), key, keyNames);
  }

  /**
   * The identity of the key in {@code item} (a whole item, or a key): its attributes {@code
   * keyNames}, already checked.
   */
  public static ItemKey of(String tableName, Map<String, AttributeValue> item, List<String> keyNames) {
    Object partition = comparable(keyNames.get(0), item.get(keyNames.get(0)), tableName);
    Object sort = keyNames.size() > 1 ? comparable(keyNames.get(1), item.get(keyNames.get(1)), tableName) : null;
    return new ItemKey(tableName, partition, sort);
  }

  private static void checkType(KeyAttribute attribute, AttributeValue value, String tableName) {
    ScalarAttributeType declared = attribute.type();
    boolean fits =
        declared == ScalarAttributeType.S ? value.s() != null
            : declared == ScalarAttributeType.N ? value.n() != null
            : value.b() != null;
    if (!fits) {
      throw new IllegalArgumentException(
          "Key attribute '" + attribute.name() + "' of table '" + tableName + "' is of type "
              + value.type() + ", but the table declares it " + declared + ": pass a value of"
              + " type " + declared);
    }
  }

  /** True if two valid key values are the same to DynamoDB (numbers by value: 1.50 and 1.5). */
  public static boolean sameValue(AttributeValue a, AttributeValue b) {
    return a != null && b != null && comparable("", a, "").equals(comparable("", b, ""));
  }

  private static Object comparable(String attribute, AttributeValue value, String tableName) {
    if (value.s() != null) {
      return value.s();
    }
    if (value.b() != null) {
      return value.b();
    }
    try {
      // stripTrailingZeros gives numerically equal values one representation (1.50, 1.5 and
      // 15E-1 alike), so equals and hashCode follow DynamoDB's notion of the same number.
      return new BigDecimal(value.n()).stripTrailingZeros();
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "Key attribute '" + attribute + "' of table '" + tableName + "' is N \"" + value.n()
              + "\", which is not a number: pass a decimal number such as 42 or -1.5E3", e);
    }
  }
}
