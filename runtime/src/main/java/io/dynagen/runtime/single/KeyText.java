package io.dynagen.runtime.single;

import io.dynagen.runtime.Codecs;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * The text of a value inside a key template, written so that DynamoDB's order of the text (its
 * UTF-8 bytes) is the order of the values in Java.
 *
 * <p>Whole numbers are written at the width of their type's largest value ({@code int}: 10 digits,
 * {@code long}: 19, {@code short}: 5, {@code byte}: 3), zero-padded. A negative number is {@code -}
 * (which sorts before every digit) and then the fixed-width digits of {@code value - MIN_VALUE},
 * which grow as the value does: {@code -1} is {@code -2147483647} and {@code Integer.MIN_VALUE}
 * is {@code -0000000000}, both before {@code 0000000000}. {@code Instant}, {@code LocalDate} and
 * {@code LocalDateTime} are Dynagen's fixed-width ISO-8601 text, as stored in attributes. Strings,
 * UUIDs and enum names (partition keys only, for the last two) are written as they are.
 */
public final class KeyText {
  private static final String ZEROS = "0000000000000000000";

  private KeyText() {}

  /**
   * The key text of a value.
   *
   * @param value the value, not null
   * @param entity the entity type name, for messages
   * @param property the property name, for messages
   * @return the text, sorting as the value does
   * @throws IllegalArgumentException for a type that cannot go in a key (the processor refuses
   *     those at compile time) or a time outside the years 0000 to 9999
   */
  public static String of(Object value, String entity, String property) {
    if (value instanceof String) {
      return (String) value;
    }
    if (value instanceof Integer) {
      return fixed((Integer) value, Integer.MIN_VALUE, 10);
    }
    if (value instanceof Long) {
      return fixed((Long) value, Long.MIN_VALUE, 19);
    }
    if (value instanceof Short) {
      return fixed((Short) value, Short.MIN_VALUE, 5);
    }
    if (value instanceof Byte) {
      return fixed((Byte) value, Byte.MIN_VALUE, 3);
    }
    if (value instanceof Instant) {
      return Codecs.fromInstant((Instant) value, property).s();
    }
    if (value instanceof LocalDate) {
      return Codecs.fromLocalDate((LocalDate) value, property).s();
    }
    if (value instanceof LocalDateTime) {
      return Codecs.fromLocalDateTime((LocalDateTime) value, property).s();
    }
    if (value instanceof UUID) {
      return value.toString();
    }
    if (value instanceof Enum<?>) {
      return ((Enum<?>) value).name();
    }
    throw new IllegalArgumentException("Property '" + property + "' of " + entity + " is a "
        + value.getClass().getSimpleName() + ", which cannot go in a key template; use a String, a whole"
        + " number, an Instant, a LocalDate or a LocalDateTime");
  }

  /** {@code value} at {@code width} digits; a negative one as '-' and the digits of value - min. */
  private static String fixed(long value, long min, int width) {
    // value - min cannot overflow for a negative value: it lies in [0, -min - 1].
    String digits = Long.toString(value < 0 ? value - min : value);
    String padded = ZEROS.substring(0, width - digits.length()) + digits;
    return value < 0 ? "-" + padded : padded;
  }
}
