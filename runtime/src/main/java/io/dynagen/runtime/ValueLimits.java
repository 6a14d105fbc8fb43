package io.dynagen.runtime;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * DynamoDB's documented limits on values, checked before a request is built so that a value the
 * service would refuse fails with an {@link IllegalArgumentException} naming the attribute and
 * the limit, instead of a ValidationException that (in a batch) sinks 24 other writes with it.
 *
 * <p>The limits, each checked against DynamoDB Local ({@code ValueLimitsTest}): numbers have at
 * most 38 significant digits and a magnitude from 1E-130 to 9.9999999999999999999999999999999999999E+125
 * (or are zero); an item nests at most 32 levels, the item itself being the first (so 31 lists
 * or maps inside each other); a set holds no null and no duplicates (numbers compare by value:
 * {@code 1} and {@code 1.0} are one); a partition key value is at most 2048 bytes, a sort key
 * value at most 1024, for the table and its indexes alike; key values are not empty and have the
 * type their table or index declares.
 */
public final class ValueLimits {
  /** The largest partition key value, in UTF-8 or binary bytes. */
  public static final int MAX_PARTITION_KEY_BYTES = 2048;
  /** The largest sort key value, in UTF-8 or binary bytes. */
  public static final int MAX_SORT_KEY_BYTES = 1024;
  /** Lists and maps inside each other under one attribute: DynamoDB's 32 levels count the item. */
  public static final int MAX_NESTED_CONTAINERS = 31;
  /** The most significant digits a DynamoDB number holds. */
  public static final int MAX_SIGNIFICANT_DIGITS = 38;
  /** The largest power of ten of a DynamoDB number's magnitude (up to 9.99...E+125). */
  public static final int MAX_POWER_OF_TEN = 125;
  /** The smallest power of ten of a non-zero DynamoDB number's magnitude (1E-130). */
  public static final int MIN_POWER_OF_TEN = -130;
  /** DynamoDB refuses an attribute name (top-level or a map's key) of 65,536 UTF-8 bytes or more. */
  public static final int MAX_NAME_BYTES = 65_535;

  private ValueLimits() {}

  /**
   * Checks every attribute of an item about to be written, and counts its size on the way, as
   * {@code ItemSize.of} counts it: a put walks its item once for both.
   *
   * @param item the written item
   * @param where how to name the item in a message, such as {@code " of item {id=S \"a\"} for table
   *     'users'"}
   * @return the item's size in bytes, as DynamoDB counts it against its 400 KB limit
   */
  public static long checkItem(Map<String, AttributeValue> item, String where) {
    long size = 0;
    for (Map.Entry<String, AttributeValue> attribute : item.entrySet()) {
      String name = attribute.getKey();
      try {
        checkName(name);
      } catch (Violation violation) {
        throw violation.toException(abbreviate(name), where);
      }
      size += utf8Length(name) + checkValue(attribute.getValue(), name, where);
    }
    return size;
  }

  private static void checkName(String name) {
    if (name.isEmpty()) {
      throw new Violation("named with the empty string: DynamoDB refuses empty attribute names"
          + " (top-level or a map's key); give it a name");
    }
    if (name.length() * 3L > MAX_NAME_BYTES && utf8Length(name) > MAX_NAME_BYTES) {
      throw new Violation("named with " + utf8Length(name) + " bytes: DynamoDB takes names of at most "
          + MAX_NAME_BYTES + " bytes (top-level or a map's key); use a shorter name");
    }
  }

  /**
   * Checks one value written under {@code attribute} (a top-level name or a path such as {@code
   * address.zipcode}).
   *
   * @param value the written attribute value
   * @param attribute the attribute's name, for messages
   * @param where what is being written, for messages (such as {@code put of users})
   * @return the value's size in bytes, not counting its attribute name, as {@code ItemSize.of}
   *     counts it
   */
  public static long checkValue(AttributeValue value, String attribute, String where) {
    return checkValue(value, attribute, where, 0);
  }

  /**
   * Checks one value stored {@code containersAbove} lists or maps deep in its item (an update of
   * {@code address.state} stores its value 1 deep), so that nesting counts from the item.
   *
   * @param value the written attribute value
   * @param attribute the attribute's name, for messages
   * @param where what is being written, for messages (such as {@code put of users})
   * @param containersAbove how many lists and maps hold it
   * @return the value's size in bytes, not counting its attribute name, as {@code ItemSize.of}
   *     counts it
   */
  public static long checkValue(AttributeValue value, String attribute, String where, int containersAbove) {
    try {
      return check(value, containersAbove);
    } catch (Violation violation) {
      throw violation.toException(attribute, where);
    }
  }

  /**
   * Checks a key value of a table or an index: present, the declared type, not empty, within
   * {@code maxBytes}.
   *
   * @param value the written attribute value
   * @param attribute the attribute's name, for messages
   * @param declared the key's declared type
   * @param role for messages: {@code "partition key"}, {@code "sort key of index 'by-age'"}
   * @param maxBytes the largest size DynamoDB allows for this key, in bytes
   * @param where what is being written, for messages (such as {@code put of users})
   */
  public static void checkKeyValue(
      AttributeValue value, String attribute, ScalarAttributeType declared, String role, int maxBytes, String where) {
    boolean fits = declared == null
        || declared == ScalarAttributeType.S && value.type() == AttributeValue.Type.S
        || declared == ScalarAttributeType.N && value.type() == AttributeValue.Type.N
        || declared == ScalarAttributeType.B && value.type() == AttributeValue.Type.B;
    if (!fits) {
      throw new IllegalArgumentException("Attribute '" + attribute + "'" + where + " is the " + role
          + ", declared " + declared + ", but holds " + MappingException.describe(value)
          + ": give it a value of type " + declared);
    }
    long bytes = value.type() == AttributeValue.Type.S ? utf8Length(value.s())
        : value.type() == AttributeValue.Type.B ? value.b().asByteArrayUnsafe().length
        : -1;
    if (bytes == 0) {
      throw new IllegalArgumentException("Attribute '" + attribute + "'" + where + " is the " + role
          + " and is empty: DynamoDB key values cannot be empty strings or empty binary; give it a value");
    }
    if (bytes > maxBytes) {
      throw new IllegalArgumentException("Attribute '" + attribute + "'" + where + " is the " + role + " and is "
          + bytes + " bytes long: DynamoDB takes at most " + maxBytes + " bytes for a " + role.replaceFirst(" of .*", "")
          + " value; use a shorter value (a hash of it, for instance)");
    }
    checkValue(value, attribute, where);
  }

  /** Checks a value and returns its size as {@code ItemSize.of} counts it, in one walk. */
  private static long check(AttributeValue value, int depth) {
    if (value == null) {
      throw new Violation("null: a value is needed");
    }
    AttributeValue.Type type = value.type();
    if (type == null) {
      throw new Violation("a value with several types set (" + MappingException.typesSet(value)
          + "), which DynamoDB refuses: set exactly one");
    }
    switch (type) {
      case S:
        return utf8Length(value.s());
      case N:
        return checkNumber(value.n());
      case B:
        return value.b().asByteArrayUnsafe().length;
      case BOOL:
        return 1;
      case NS:
        checkNotEmpty(value.ns(), "NS");
        return checkNumberSet(value.ns());
      case SS:
        checkNotEmpty(value.ss(), "SS");
        return checkSet(value.ss(), "SS", ValueLimits::utf8Length);
      case BS:
        checkNotEmpty(value.bs(), "BS");
        return checkSet(value.bs(), "BS", bytes -> bytes.asByteArrayUnsafe().length);
      case NUL:
        if (!Boolean.TRUE.equals(value.nul())) {
          throw new Violation("a NULL value set to false: DynamoDB takes NULL only as true; use"
              + " AttributeValue.fromNul(true), or leave the attribute out");
        }
        return 1;
      case L:
        checkDepth(depth + 1);
        List<AttributeValue> list = value.l();
        long listSize = 3;
        for (int i = 0; i < list.size(); i++) {
          try {
            listSize += 1 + check(list.get(i), depth + 1);
          } catch (Violation violation) {
            throw violation.at("[" + i + "]");
          }
        }
        return listSize;
      case M:
        checkDepth(depth + 1);
        long mapSize = 3;
        for (Map.Entry<String, AttributeValue> entry : value.m().entrySet()) {
          try {
            checkName(entry.getKey());
            mapSize += 1 + utf8Length(entry.getKey()) + check(entry.getValue(), depth + 1);
          } catch (Violation violation) {
            throw violation.at("." + entry.getKey());
          }
        }
        return mapSize;
      default: // UNKNOWN_TO_SDK_VERSION
        throw new Violation("a value with no type set, which DynamoDB refuses: set exactly one");
    }
  }

  private static void checkDepth(int containers) {
    if (containers > MAX_NESTED_CONTAINERS) {
      throw new Violation("nested more than 32 levels deep (the item is the first, then "
          + MAX_NESTED_CONTAINERS + " lists or maps inside each other): DynamoDB refuses deeper"
          + " items; flatten the structure or store the deepest part as a string");
    }
  }

  /**
   * Checks a number's text against DynamoDB's syntax, precision and range.
   *
   * @param text the number's text
   * @param attribute the attribute's name, for messages
   * @param where what is being written, for messages (such as {@code put of users})
   */
  public static void checkNumberText(String text, String attribute, String where) {
    try {
      checkNumber(text);
    } catch (Violation violation) {
      throw violation.toException(attribute, where);
    }
  }

  /** Checks a number's text; returns its size as {@code ItemSize.of} counts it. */
  private static long checkNumber(String text) {
    if (text == null) {
      throw new Violation("an N holding null: a number is needed");
    }
    DecimalDigits digits = DecimalDigits.of(text);
    if (!digits.valid()) {
      throw new Violation("N \"" + abbreviate(text) + "\", not a number in DynamoDB's syntax"
          + " (an optional -, ASCII digits with an optional point, an optional exponent)");
    }
    if (digits.zero()) {
      return digits.storedBytes();
    }
    if (digits.significantDigits() > MAX_SIGNIFICANT_DIGITS) {
      throw new Violation("N " + abbreviate(text) + ", with " + digits.significantDigits()
          + " significant digits: DynamoDB keeps at most " + MAX_SIGNIFICANT_DIGITS + "; round it,"
          + " or store it as a string");
    }
    if (digits.highest() > MAX_POWER_OF_TEN) {
      throw new Violation("N " + abbreviate(text) + ", beyond DynamoDB's largest magnitude"
          + " 9.9999999999999999999999999999999999999E+125: store it as a string");
    }
    if (digits.highest() < MIN_POWER_OF_TEN) {
      throw new Violation("N " + abbreviate(text) + ", closer to zero than DynamoDB's smallest"
          + " magnitude 1E-130: store 0, or the number as a string");
    }
    return digits.storedBytes();
  }

  /** Checks a number set; returns its size, the sum of its numbers'. */
  private static long checkNumberSet(List<String> numbers) {
    long size = 0;
    Set<BigDecimal> seen = new HashSet<>(Codecs.capacity(numbers.size()));
    for (int i = 0; i < numbers.size(); i++) {
      try {
        size += checkNumber(numbers.get(i));
      } catch (Violation violation) {
        throw violation.at("[" + i + "]");
      }
      // Checked in range above, so the BigDecimal is small; 1, 1.0 and 1E+0 are one number.
      BigDecimal value = new BigDecimal(numbers.get(i));
      if (!seen.add(value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros())) {
        throw new Violation("a number set holding " + numbers.get(i) + " twice (as DynamoDB"
            + " compares numbers, by value: 1 and 1.0 are one number): remove the duplicate");
      }
    }
    return size;
  }

  private static void checkNotEmpty(List<?> elements, String setType) {
    if (elements.isEmpty()) {
      throw new Violation("an empty " + setType + ": DynamoDB refuses empty sets; leave the attribute"
          + " out (or remove it) instead");
    }
  }

  /** Checks a string or binary set; returns its size, the sum of its elements' {@code sizeOf}. */
  private static <E> long checkSet(List<E> elements, String setType, ToLongFunction<E> sizeOf) {
    long size = 0;
    Set<E> seen = new HashSet<>(Codecs.capacity(elements.size()));
    for (int i = 0; i < elements.size(); i++) {
      E element = elements.get(i);
      if (element == null) {
        throw new Violation("an " + setType + " holding null at [" + i + "]: DynamoDB sets cannot"
            + " store null; remove it");
      }
      if (!seen.add(element)) {
        throw new Violation("an " + setType + " holding " + describe(element) + " twice:"
            + " DynamoDB sets cannot hold duplicates; remove one");
      }
      size += sizeOf.applyAsLong(element);
    }
    return size;
  }

  private static String describe(Object element) {
    return element instanceof SdkBytes
        ? "the same " + ((SdkBytes) element).asByteArrayUnsafe().length + " bytes"
        : "\"" + abbreviate(element.toString()) + "\"";
  }

  private static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }

  /**
   * {@return the UTF-8 length of a string, counted without encoding a copy}
   *
   * @param s the string
   */
  public static long utf8Length(String s) {
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

  /**
   * A limit broken somewhere inside a value; the path is added while it travels up, so that a
   * value within the limits builds no path at all. No stack trace: it never leaves this class.
   */
  private static final class Violation extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Deque<String> path = new ArrayDeque<>();

    Violation(String problem) {
      super(problem, null, false, false);
    }

    Violation at(String segment) {
      path.addFirst(segment);
      return this;
    }

    IllegalArgumentException toException(String attribute, String where) {
      return new IllegalArgumentException("Attribute '" + attribute + String.join("", path) + "'" + where
          + " is " + getMessage());
    }
  }
}
