package io.dynagen.runtime.table;

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

  /**
   * The bytes DynamoDB counts for a number. AWS documents "about one byte per two significant
   * digits, plus one"; the exact rule, checked against DynamoDB Local, is that of its storage
   * form: the significant digits in base-100 digit pairs aligned on the decimal point (so
   * {@code 1.5} is the pairs {@code 01.50}, two bytes, where {@code 15} is one), plus one byte of
   * exponent, plus one more for a negative number. Zero is one byte.
   */
  static long numberSize(String number) {
    int length = number.length();
    int exponentAt = Math.max(number.indexOf('e'), number.indexOf('E'));
    int mantissaEnd = exponentAt >= 0 ? exponentAt : length;
    long exponent = exponentAt >= 0 ? parseExponent(number, exponentAt + 1) : 0;
    int point = number.indexOf('.');
    int pointAt = point >= 0 && point < mantissaEnd ? point : mantissaEnd;
    // The power of ten of the first and last non-zero digits.
    long highest = Long.MIN_VALUE;
    long lowest = 0;
    for (int i = 0; i < mantissaEnd; i++) {
      char c = number.charAt(i);
      if (c > '0' && c <= '9') {
        long power = (i < pointAt ? pointAt - 1 - i : pointAt - i) + exponent;
        if (highest == Long.MIN_VALUE) {
          highest = power;
        }
        lowest = power;
      }
    }
    if (highest == Long.MIN_VALUE) {
      return 1;
    }
    long pairs = Math.floorDiv(highest, 2) - Math.floorDiv(lowest, 2) + 1;
    return pairs + 1 + (number.startsWith("-") ? 1 : 0);
  }

  /** An exponent's value, saturated far beyond DynamoDB's range (which is checked elsewhere). */
  private static long parseExponent(String number, int from) {
    boolean negative = false;
    int i = from;
    if (i < number.length() && (number.charAt(i) == '+' || number.charAt(i) == '-')) {
      negative = number.charAt(i) == '-';
      i++;
    }
    long value = 0;
    for (; i < number.length(); i++) {
      char c = number.charAt(i);
      if (c < '0' || c > '9') {
        break;
      }
      value = Math.min(value * 10 + (c - '0'), 1_000_000_000L);
    }
    return negative ? -value : value;
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
