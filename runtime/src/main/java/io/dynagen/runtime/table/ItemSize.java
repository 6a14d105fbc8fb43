package io.dynagen.runtime.table;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The size of an item as DynamoDB counts it against its 400 KB limit, by AWS's documented rules:
 * each attribute is its name's UTF-8 bytes plus its value; a string is its UTF-8 bytes, a binary
 * its bytes, a number about one byte per two significant digits plus one, a boolean or null one
 * byte, a list or map 3 bytes plus one byte and the size of each element (with a map entry's
 * key), a set the sum of its elements.
 */
public final class ItemSize {
  /** DynamoDB's item size limit: 400 KB, 409,600 bytes. */
  public static final int MAX_BYTES = 400 * 1024;

  private ItemSize() {}

  /** The size of an item, in bytes. */
  public static long of(Map<String, AttributeValue> item) {
    long size = 0;
    for (Map.Entry<String, AttributeValue> attribute : item.entrySet()) {
      size += utf8Length(attribute.getKey()) + of(attribute.getValue());
    }
    return size;
  }

  /** The size of one value, in bytes, not counting its attribute name. */
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
   */
  static long check(Map<String, AttributeValue> item, String tableName, List<String> keyNames) {
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

  /** Significant digits (leading and trailing zeros trimmed), one byte per two, plus one. */
  static long numberSize(String number) {
    int end = number.length();
    int exponent = Math.max(number.indexOf('e'), number.indexOf('E'));
    if (exponent >= 0) {
      end = exponent;
    }
    StringBuilder digits = new StringBuilder(end);
    for (int i = 0; i < end; i++) {
      char c = number.charAt(i);
      if (c >= '0' && c <= '9') {
        digits.append(c);
      }
    }
    int first = 0;
    while (first < digits.length() && digits.charAt(first) == '0') {
      first++;
    }
    int last = digits.length();
    while (last > first && digits.charAt(last - 1) == '0') {
      last--;
    }
    int significant = last - first;
    return (significant + 1) / 2 + 1;
  }

  static long utf8Length(String s) {
    // Counting avoids encoding a copy of every string of the item.
    long length = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        length += 1;
      } else if (c < 0x800) {
        length += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        length += 4;
        i++;
      } else {
        length += 3;
      }
    }
    return length;
  }
}
