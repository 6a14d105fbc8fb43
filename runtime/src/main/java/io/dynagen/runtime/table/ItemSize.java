package io.dynagen.runtime.table;

import io.dynagen.runtime.DecimalDigits;
import io.dynagen.runtime.ValueLimits;
import io.dynagen.runtime.table.internal.Keys;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The size of an item as DynamoDB counts it against its 400 KB limit, by AWS's documented rules:
 * each attribute is its name's UTF-8 bytes plus its value; a string is its UTF-8 bytes, a binary
 * its bytes, a number one byte per pair of digits plus one (see {@link #numberSize}), a boolean or null one
 * byte, a list or map 3 bytes plus one byte and the size of each element (with a map entry's
 * key), a set the sum of its elements.
 *
 * <p>A put counts its item's size in the same walk that checks its values ({@link
 * ValueLimits#checkItem}), by these rules; {@code ItemSizePropertiesTest} checks that both counts
 * agree.
 */
public final class ItemSize {
  /** DynamoDB's item size limit: 400 KB, 409,600 bytes. */
  public static final int MAX_BYTES = 400 * 1024;

  private ItemSize() {}

  /**
   * {@return the size of an item, in bytes}
   *
   * @param item the item as it would be sent
   */
  public static long of(Map<String, AttributeValue> item) {
    long size = 0;
    for (Map.Entry<String, AttributeValue> attribute : item.entrySet()) {
      size += utf8Length(attribute.getKey()) + of(attribute.getValue());
    }
    return size;
  }

  /**
   * {@return the size of one value, in bytes, not counting its attribute name}
   *
   * @param value the attribute value
   */
  public static long of(AttributeValue value) {
    switch (value.type()) {
      case S:
        return utf8Length(value.s());
      case N:
        return numberSize(value.n());
      case B:
        return value.b().asByteArrayUnsafe().length;
      case BOOL:
      case NUL:
        return 1;
      case SS:
        return stringsSize(value.ss());
      case NS:
        long numbers = 0;
        for (String n : value.ns()) {
          numbers += numberSize(n);
        }
        return numbers;
      case BS:
        long bytes = 0;
        for (SdkBytes b : value.bs()) {
          bytes += b.asByteArrayUnsafe().length;
        }
        return bytes;
      case L:
        long list = 3;
        for (AttributeValue element : value.l()) {
          list += 1 + of(element);
        }
        return list;
      case M:
        long map = 3;
        for (Map.Entry<String, AttributeValue> entry : value.m().entrySet()) {
          map += 1 + utf8Length(entry.getKey()) + of(entry.getValue());
        }
        return map;
      default:
        return 0;
    }
  }

  /**
   * Fails if an item is over 400 KB, naming the table, the key and the largest attribute, before
   * any request is sent.
   *
   * @return the item's size, for callers that add sizes up
   * @param item the item
   * @param tableName the table's name
   * @param keyNames the key attribute names
   */
  public static long check(Map<String, AttributeValue> item, String tableName, List<String> keyNames) {
    long size = of(item);
    if (size <= MAX_BYTES) {
      return size;
    }
    String largest = null;
    long largestSize = -1;
    for (Map.Entry<String, AttributeValue> attribute : item.entrySet()) {
      long attributeSize = utf8Length(attribute.getKey()) + of(attribute.getValue());
      if (attributeSize > largestSize) {
        largest = attribute.getKey();
        largestSize = attributeSize;
      }
    }
    throw new IllegalArgumentException(
        "Item " + Keys.describe(Keys.extract(item, keyNames)) + " for table '" + tableName + "' is "
            + size + " bytes, over DynamoDB's item limit of " + MAX_BYTES + " bytes (400 KB); its"
            + " largest attribute is '" + largest + "' (" + largestSize + " bytes): store large"
            + " values elsewhere (such as S3) and keep a reference in the item");
  }

  private static long stringsSize(List<String> strings) {
    long size = 0;
    for (String s : strings) {
      size += utf8Length(s);
    }
    return size;
  }

  /** The bytes DynamoDB counts for a number: see {@link DecimalDigits#storedBytes()}. */
  static long numberSize(String number) {
    return DecimalDigits.of(number).storedBytes();
  }

  static long utf8Length(String s) {
    return ValueLimits.utf8Length(s);
  }
}
