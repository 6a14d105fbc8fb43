package io.dynagen.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The static conversions generated schemas call, one pair per Java type, encoding as the
 * Enhanced Client's default converters do, except where their text would not sort as the values
 * do (Instant, LocalDateTime, LocalTime: see {@link SortableText}); both read each other's forms.
 *
 * <p>Write methods take a non-null value (generated code leaves null properties out) and, where
 * the value can be invalid (NaN, null set elements), the attribute name for the message. Read
 * methods take a present, non-{@code NULL} attribute value (see {@link #isAbsent}) and the
 * attribute name, or {@code null} for a list element or map value, whose caller adds the index
 * or key to the path of the {@link MappingException} they throw when the value does not fit.
 */
public final class Codecs {
  /** The {@code NULL} attribute value, written for null list elements and map values. */
  public static final AttributeValue NUL = AttributeValue.createNul(true);

  private Codecs() {}

  /**
   * {@return true if an attribute is missing or stored as {@code NULL}: the property reads as null}
   *
   * @param value the stored attribute value, or {@code null} if the attribute is missing
   */
  public static boolean isAbsent(AttributeValue value) {
    return value == null || value.type() == AttributeValue.Type.NUL && Boolean.TRUE.equals(value.nul());
  }

  // ---------------------------------------------------------------- strings

  /**
   * {@return the attribute value of a {@code char}}
   *
   * @param value the value to store
   */
  public static AttributeValue fromChar(char value) {
    return AttributeValue.createS(String.valueOf(value));
  }

  /**
   * Reads a stored attribute as {@code String}; fails with a {@link MappingException} if it does not fit.
   *
   * @param value the stored attribute value
   * @param attribute the attribute's name, for messages; {@code null} for a list element or map
   *     value
   * @return the value read
   */
  public static String readString(AttributeValue value, String attribute) {
    String s = value.s();
    if (s == null || value.type() != AttributeValue.Type.S) {
      throw MappingException.wrongType(attribute, "S (String)", value);
    }
    return s;
  }

  /**
   * Reads a stored attribute as {@code char}; fails with a {@link MappingException} if it does not fit.
   *
   * @param value the stored attribute value
   * @param attribute the attribute's name, for messages; {@code null} for a list element or map
   *     value
   * @return the value read
   */
  public static char readChar(AttributeValue value, String attribute) {
    String s = value.s();
    if (s == null || value.type() != AttributeValue.Type.S) {
      throw MappingException.wrongType(attribute, "S (char)", value);
    }
    if (s.length() != 1) {
      throw MappingException.badValue(
          attribute, "S of one character (char)", "S of " + s.length() + " characters", null);
    }
    return s.charAt(0);
  }

  // ---------------------------------------------------------------- booleans

  /**
   * Reads a stored attribute as {@code boolean}; fails with a {@link MappingException} if it does not fit.
   *
   * @param value the stored attribute value
   * @param attribute the attribute's name, for messages; {@code null} for a list element or map
   *     value
   * @return the value read
   */
  public static boolean readBoolean(AttributeValue value, String attribute) {
    Boolean b = value.bool();
    if (b == null || value.type() != AttributeValue.Type.BOOL) {
      throw MappingException.wrongType(attribute, "BOOL (boolean)", value);
    }
    return b;
  }

  // ---------------------------------------------------------------- numbers

  /**
   * {@return the attribute value of a {@code float}}
   *
   * @param value the value to store
   * @param attribute the attribute's name, for messages; {@code null} for a list element or map
   *     value
   */
  public static AttributeValue fromFloat(float value, String attribute) {
    if (Float.isNaN(value) || Float.isInfinite(value)) {
      throw notFinite(attribute, value);
    }
    return AttributeValue.createN(Float.toString(value));
  }

  /**
   * {@return the attribute value of a {@code double}}
   *
   * @param value the value to store
   * @param attribute the attribute's name, for messages; {@code null} for a list element or map
   *     value
   */
  public static AttributeValue fromDouble(double value, String attribute) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw notFinite(attribute, value);
    }
    return AttributeValue.createN(Double.toString(value));
  }

  private static IllegalArgumentException notFinite(String attribute, double value) {
    return new IllegalArgumentException(
        "Attribute '" + attribute + "' is " + value + ": DynamoDB numbers must be finite;"
            + " store a finite value or leave the property null");
  }

  /**
   * {@return the number text of a stored N value}
   *
   * @param value the stored attribute value
   * @param attribute the attribute's name, for messages; {@code null} for a list element or map
   *     value
   * @param javaType the property's Java type as the user wrote it, for messages
   */
  public static String readNumberText(AttributeValue value, String attribute, String javaType) {
    String n = value.n();
    if (n == null || value.type() != AttributeValue.Type.N) {
      throw MappingException.wrongType(attribute, "N (" + javaType + ")", value);
    }
    return n;
  }

  /**
   * Reads a stored attribute as {@code int}; fails with a {@link MappingException} if it does not fit.
   *
   * @param value the stored attribute value
   * @param attribute the attribute's name, for messages; {@code null} for a list element or map
   *     value
   * @return the value read
   */
  public static int readInt(AttributeValue value, String attribute) {
    String n = readNumberText(value, attribute, "int");
    long plain = plainInteger(n);
    if (plain != NOT_PLAIN && plain >= Integer.MIN_VALUE && plain <= Integer.MAX_VALUE) {
      return (int) plain;
    }
    if (!isNumberText(n)) {
      throw notNumberText(attribute, "int", n);
    }
    try {
      return Integer.parseInt(n);
    } catch (NumberFormatException e) {
      return exact(n, attribute, "int").intValueExact();
    }
  }

  /**
   * Reads a stored attribute as {@code long}; fails with a {@link MappingException} if it does not fit.
   *
   * @param value the stored attribute value
   * @param attribute the attribute's name, for messages; {@code null} for a list element or map
   *     value
   * @return the value read
   */
  public static long readLong(AttributeValue value, String attribute) {
    String n = readNumberText(value, attribute, "long");
    long plain = plainInteger(n);
    if (plain != NOT_PLAIN) {
      return plain;
    }
    if (!isNumberText(n)) {
      throw notNumberText(attribute, "long", n);
    }
    try {
      return Long.parseLong(n);
    } catch (NumberFormatException e) {
      return exact(n, attribute, "long").longValueExact();
    }
  }

  /**
   * {@return an Instant as whole epoch seconds (N): how a {@code @Ttl} Instant is stored, the only
   * form DynamoDB's expiry reads} The fraction of a second is dropped.
   *
   * @param value the {@code @Ttl} value to store
   */
  public static AttributeValue fromEpochSeconds(Instant value) {
    return AttributeValue.createN(Long.toString(value.getEpochSecond()));
  }

  /**
   * Reads a {@code @Ttl} Instant stored as whole epoch seconds.
   *
   * @param value the stored attribute value
   * @param attribute the attribute's name, for messages; {@code null} for a list element or map
   *     value
   * @return the value read
   */
  public static Instant readEpochSeconds(AttributeValue value, String attribute) {
    String n = readNumberText(value, attribute, "Instant (epoch seconds)");
    if (!isNumberText(n)) {
      throw notNumberText(attribute, "Instant (epoch seconds)", n);
    }
    long seconds;
    try {
      seconds = Long.parseLong(n);
    } catch (NumberFormatException e) {
      seconds = exact(n, attribute, "Instant (epoch seconds)").longValueExact();
    }
    try {
      return Instant.ofEpochSecond(seconds);
    } catch (DateTimeException e) {
      throw unparsable(attribute, "Instant (epoch seconds)", n, e);
    }
  }

  /**
   * Reads a stored attribute as {@code short}; fails with a {@link MappingException} if it does not fit.
   *
   * @param value the stored attribute value
   * @param attribute the attribute's name, for messages; {@code null} for a list element or map
   *     value
   * @return the value read
   */
  public static short readShort(AttributeValue value, String attribute) {
    String n = readNumberText(value, attribute, "short");
    if (!isNumberText(n)) {
      throw notNumberText(attribute, "short", n);
    }
    try {
      return Short.parseShort(n);
    } catch (NumberFormatException e) {
      return exact(n, attribute, "short").shortValueExact();
    }
  }

  /**
   * Reads a stored attribute as {@code byte}; fails with a {@link MappingException} if it does not fit.
   *
   * @param value the stored attribute value
   * @param attribute the attribute's name, for messages; {@code null} for a list element or map
   *     value
   * @return the value read
   */
  public static byte readByte(AttributeValue value, String attribute) {
    String n = readNumberText(value, attribute, "byte");
    if (!isNumberText(n)) {
      throw notNumberText(attribute, "byte", n);
    }
    try {
      return Byte.parseByte(n);
    } catch (NumberFormatException e) {
      return exact(n, attribute, "byte").byteValueExact();
    }
  }

  /**
   * Reads a stored attribute as {@code float}; fails with a {@link MappingException} if it does not fit.
   *
   * @param value the stored attribute value
   * @param attribute the attribute's name, for messages; {@code null} for a list element or map
   *     value
   * @return the value read
   */
  public static float readFloat(AttributeValue value, String attribute) {
    String n = readNumberText(value, attribute, "float");
    float f;
    try {
      f = Float.parseFloat(n);
    } catch (NumberFormatException e) {
      throw notParsed(attribute, "float", n, e);
    }
    if (!isParsedNumberText(n)) {
      throw notNumberText(attribute, "float", n);
    }
    if (Float.isInfinite(f)) {
      throw MappingException.badValue(attribute, "N (float)", "N " + n + ", out of float's range", null);
    }
    return f;
  }

  /**
   * Reads a stored attribute as {@code double}; fails with a {@link MappingException} if it does not fit.
   *
   * @param value the stored attribute value
   * @param attribute the attribute's name, for messages; {@code null} for a list element or map
   *     value
   * @return the value read
   */
  public static double readDouble(AttributeValue value, String attribute) {
    String n = readNumberText(value, attribute, "double");
    double d;
    try {
      d = Double.parseDouble(n);
    } catch (NumberFormatException e) {
      throw notParsed(attribute, "double", n, e);
    }
    if (!isParsedNumberText(n)) {
      throw notNumberText(attribute, "double", n);
    }
    if (Double.isInfinite(d)) {
      throw MappingException.badValue(attribute, "N (double)", "N " + n + ", out of double's range", null);
    }
    return d;
  }

  /**
   * Reads a stored attribute as {@code BigDecimal}; fails with a {@link MappingException} if it does not fit.
   *
   * @param value the stored attribute value
   * @param attribute the attribute's name, for messages; {@code null} for a list element or map
   *     value
   * @return the value read
   */
  public static BigDecimal readBigDecimal(AttributeValue value, String attribute) {
    String n = readNumberText(value, attribute, "BigDecimal");
    try {
      return new BigDecimal(n);
    } catch (NumberFormatException e) {
      throw notANumber(attribute, "BigDecimal", n, e);
    }
  }

  /**
   * Reads a stored attribute as {@code BigInteger}; fails with a {@link MappingException} if it does not fit.
   *
   * @param value the stored attribute value
   * @param attribute the attribute's name, for messages; {@code null} for a list element or map
   *     value
   * @return the value read
   */
  public static BigInteger readBigInteger(AttributeValue value, String attribute) {
    String n = readNumberText(value, attribute, "BigInteger");
    if (!isNumberText(n)) {
      throw notNumberText(attribute, "BigInteger", n);
    }
    try {
      return new BigInteger(n);
    } catch (NumberFormatException e) {
      return exact(n, attribute, "BigInteger").toBigIntegerExact();
    }
  }

  /**
   * The whole number a text denotes, for the cases a fast parse rejects: {@code 1E+3} and {@code
   * 2.0} are whole numbers that fit; {@code 1.5} and {@code 3000000000} (for an int) are not, and
   * raise a MappingException here, so the caller's {@code xxxValueExact} cannot throw.
   */
  private static BigDecimal exact(String n, String attribute, String javaType) {
    BigDecimal number;
    try {
      number = new BigDecimal(n);
    } catch (NumberFormatException e) {
      // The caller checked the syntax: only an exponent beyond BigDecimal's range gets here.
      throw doesNotFit(attribute, javaType, n, e);
    }
    if (number.signum() == 0) {
      return BigDecimal.ZERO;
    }
    // Digits before the point, checked before setScale, which would build a number of that many
    // digits (1E+10000000) or divide by one (1E-10000000): a non-zero number below 1 is not whole.
    long magnitude = magnitude(number);
    if (magnitude <= 0 || magnitude > maxDigits(javaType)) {
      throw doesNotFit(attribute, javaType, n, null);
    }
    BigDecimal whole;
    try {
      whole = number.setScale(0, RoundingMode.UNNECESSARY);
    } catch (ArithmeticException e) {
      throw doesNotFit(attribute, javaType, n, e);
    }
    if (!fits(whole, javaType)) {
      throw doesNotFit(attribute, javaType, n, null);
    }
    return whole;
  }

  /**
   * The number of digits before the point of a non-zero number ({@code 123.4}: 3, {@code 1E+5}:
   * 6), zero or less below 1 ({@code 0.05}: -1), without building its digits.
   */
  private static long magnitude(BigDecimal number) {
    return (long) number.precision() - number.scale();
  }

  /**
   * More digits before the point than any value of the type has, with room to spare: a number
   * beyond this is rejected without being rescaled. BigInteger takes up to 127, as DynamoDB
   * numbers reach 1E+126 (and items from elsewhere should not build a billion-digit number).
   */
  private static int maxDigits(String javaType) {
    return javaType.equals("BigInteger") ? MAX_BIG_INTEGER_DIGITS : MAX_FIXED_SIZE_DIGITS;
  }

  private static final int MAX_FIXED_SIZE_DIGITS = 20;
  private static final int MAX_BIG_INTEGER_DIGITS = 127;

  /**
   * True if a text has DynamoDB's number syntax, in ASCII: an optional {@code -}, digits with an
   * optional point (at least one digit), and an optional exponent {@code [eE][+-]?digits}. Not
   * {@code +1}, {@code NaN}, {@code Infinity}, {@code 1.5d}, {@code 0x1p3}, {@code " 1"} or
   * non-ASCII digits ({@code ١٢٣}), all of which some Java parser accepts. Allocates nothing.
   */
  /** What {@link #plainInteger} gives for any other text; no text of 18 digits or fewer is this number. */
  private static final long NOT_PLAIN = Long.MIN_VALUE;

  /**
   * The value of the text DynamoDB stores for most integers, {@code -?[0-9]{1,18}} (which always
   * fits a long), read in one pass; {@link #NOT_PLAIN} for any other text, which the caller reads
   * the general way. Checking with {@link #isNumberText} and then parsing read every digit twice:
   * a fifth of the time of an item of numbers.
   */
  private static long plainInteger(String n) {
    int length = n.length();
    boolean negative = length > 0 && n.charAt(0) == '-';
    int i = negative ? 1 : 0;
    if (length == i || length - i > 18) {
      return NOT_PLAIN;
    }
    long value = 0;
    for (; i < length; i++) {
      int digit = n.charAt(i) - '0';
      if (digit < 0 || digit > 9) {
        return NOT_PLAIN;
      }
      value = value * 10 + digit;
    }
    return negative ? -value : value;
  }

  private static boolean isNumberText(String n) {
    int length = n.length();
    int i = 0;
    if (length > 0 && n.charAt(0) == '-') {
      i = 1;
    }
    boolean digits = false;
    boolean point = false;
    boolean exponent = false;
    boolean exponentDigits = false;
    for (; i < length; i++) {
      char c = n.charAt(i);
      if (c >= '0' && c <= '9') {
        if (exponent) {
          exponentDigits = true;
        } else {
          digits = true;
        }
      } else if (c == '.' && !point && !exponent) {
        point = true;
      } else if ((c == 'e' || c == 'E') && digits && !exponent) {
        exponent = true;
        if (i + 1 < length && (n.charAt(i + 1) == '+' || n.charAt(i + 1) == '-')) {
          i++;
        }
      } else {
        return false;
      }
    }
    return digits && (!exponent || exponentDigits);
  }

  /**
   * {@link #isNumberText} for a text that {@code Double.parseDouble} or {@code Float.parseFloat}
   * has just read, in constant time rather than a second pass over the digits. Java's grammar
   * adds to DynamoDB's only forms that differ at an end or right after the sign: surrounding
   * blanks, {@code +}, {@code NaN}, {@code Infinity}, a {@code 0x} prefix and an {@code f}/{@code
   * d} suffix.
   */
  private static boolean isParsedNumberText(String n) {
    int start = n.charAt(0) == '-' ? 1 : 0;
    return isDigitOrPoint(n.charAt(start)) && isDigitOrPoint(n.charAt(n.length() - 1))
        && (n.length() < start + 2 || (n.charAt(start + 1) | 0x20) != 'x');
  }

  private static boolean isDigitOrPoint(char c) {
    return c >= '0' && c <= '9' || c == '.';
  }

  /** For a text a Java parser refused: not DynamoDB's number syntax, or (never seen) beyond the parser. */
  private static MappingException notParsed(String attribute, String javaType, String n, NumberFormatException e) {
    return isNumberText(n) ? notANumber(attribute, javaType, n, e) : notNumberText(attribute, javaType, n);
  }

  private static boolean fits(BigDecimal whole, String javaType) {
    switch (javaType) {
      case "int":
        return whole.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) >= 0
            && whole.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0;
      case "long":
        return whole.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) >= 0
            && whole.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0;
      case "short":
        return whole.compareTo(BigDecimal.valueOf(Short.MIN_VALUE)) >= 0
            && whole.compareTo(BigDecimal.valueOf(Short.MAX_VALUE)) <= 0;
      case "byte":
        return whole.compareTo(BigDecimal.valueOf(Byte.MIN_VALUE)) >= 0
            && whole.compareTo(BigDecimal.valueOf(Byte.MAX_VALUE)) <= 0;
      default:
        return true;
    }
  }

  private static MappingException doesNotFit(String attribute, String javaType, String n, Throwable cause) {
    return MappingException.badValue(
        attribute, "N (" + javaType + ")", "N " + n + ", which does not fit " + javaType, cause);
  }

  /** For a text {@link #isNumberText} rejects; the cause says why, as a parser's would. */
  private static MappingException notNumberText(String attribute, String javaType, String n) {
    return notANumber(attribute, javaType, n, new NumberFormatException(
        "For input string: \"" + n + "\": not a DynamoDB number (-, ASCII digits, point, exponent)"));
  }

  private static MappingException notANumber(String attribute, String javaType, String n, Throwable cause) {
    return MappingException.badValue(attribute, "N (" + javaType + ")", "N \"" + n + "\", not a number", cause);
  }

  /**
   * Number text for an element of a number set: finite, non-null.
   *
   * @param value an element of the set
   * @param attribute the attribute's name, for messages; {@code null} for a list element or map
   *     value
   * @return the number's text
   */
  public static String numberText(Number value, String attribute) {
    if (value == null) {
      throw nullElement(attribute);
    }
    if (value instanceof Double || value instanceof Float) {
      double d = value.doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw notFinite(attribute, d);
      }
    }
    return value.toString();
  }

  // ---------------------------------------------------------------- binary

  /**
   * {@return the attribute value of a {@code byte[]}}
   *
   * @param value the value to store
   */
  public static AttributeValue fromBytes(byte[] value) {
    return AttributeValue.createB(SdkBytes.fromByteArray(value));
  }

  /**
   * {@return the attribute value of a {@code ByteBuffer}}
   *
   * @param value the value to store
   */
  public static AttributeValue fromByteBuffer(ByteBuffer value) {
    return AttributeValue.createB(SdkBytes.fromByteBuffer(value));
  }

  /**
   * Reads a stored attribute as {@code SdkBytes}; fails with a {@link MappingException} if it does not fit.
   *
   * @param value the stored attribute value
   * @param attribute the attribute's name, for messages; {@code null} for a list element or map
   *     value
   * @return the value read
   */
  public static SdkBytes readSdkBytes(AttributeValue value, String attribute) {
    SdkBytes b = value.b();
    if (b == null || value.type() != AttributeValue.Type.B) {
      throw MappingException.wrongType(attribute, "B (binary)", value);
    }
    return b;
  }

  /**
   * Reads a stored attribute as {@code byte[]}; fails with a {@link MappingException} if it does not fit.
   *
   * @param value the stored attribute value
   * @param attribute the attribute's name, for messages; {@code null} for a list element or map
   *     value
   * @return the value read
   */
  public static byte[] readBytes(AttributeValue value, String attribute) {
    return readSdkBytes(value, attribute).asByteArray();
  }

  /**
   * Reads a stored attribute as {@code ByteBuffer}; fails with a {@link MappingException} if it does not fit.
   *
   * @param value the stored attribute value
   * @param attribute the attribute's name, for messages; {@code null} for a list element or map
   *     value
   * @return the value read
   */
  public static ByteBuffer readByteBuffer(AttributeValue value, String attribute) {
    return ByteBuffer.wrap(readBytes(value, attribute));
  }

  // ---------------------------------------------------------------- strings that parse

  /**
   * Reads a stored attribute as {@code UUID}; fails with a {@link MappingException} if it does not fit.
   *
   * @param value the stored attribute value
   * @param attribute the attribute's name, for messages; {@code null} for a list element or map
   *     value
   * @return the value read
   */
  public static UUID readUuid(AttributeValue value, String attribute) {
    String s = readParsed(value, attribute, "UUID");
    try {
      return UUID.fromString(s);
    } catch (IllegalArgumentException e) {
      throw unparsable(attribute, "UUID", s, e);
    }
  }

  /**
   * {@return an Instant as S at a fixed width, so that DynamoDB's order is time order: ISO-8601 UTC
   * with nine fraction digits ({@code 2023-11-14T22:13:20.000001000Z}), which the Enhanced Client
   * reads too} Years outside 0000 to 9999 are refused (see {@link SortableText}).
   *
   * @param value the value to store
   * @param attribute the attribute's name, for messages; {@code null} for a list element or map
   *     value
   */
  public static AttributeValue fromInstant(Instant value, String attribute) {
    return AttributeValue.createS(SortableText.instant(value, attribute));
  }

  /**
   * {@return a LocalDate as S, {@code 2023-11-14}; years outside 0000 to 9999 are refused}
   *
   * @param value the value to store
   * @param attribute the attribute's name, for messages; {@code null} for a list element or map
   *     value
   */
  public static AttributeValue fromLocalDate(LocalDate value, String attribute) {
    return AttributeValue.createS(SortableText.localDate(value, attribute));
  }

  /**
   * {@return a LocalDateTime as S at a fixed width ({@code 2023-11-14T22:13:20.000000000}), unlike
   * its {@code toString()}, which drops zero seconds; years outside 0000 to 9999 are refused}
   *
   * @param value the value to store
   * @param attribute the attribute's name, for messages; {@code null} for a list element or map
   *     value
   */
  public static AttributeValue fromLocalDateTime(LocalDateTime value, String attribute) {
    return AttributeValue.createS(SortableText.localDateTime(value, attribute));
  }

  /**
   * {@return a LocalTime as S at a fixed width ({@code 22:13:00.000000000})}
   *
   * @param value the value to store
   */
  public static AttributeValue fromLocalTime(LocalTime value) {
    return AttributeValue.createS(SortableText.localTime(value));
  }

  /**
   * Reads a stored attribute as {@code Instant}; fails with a {@link MappingException} if it does not fit.
   *
   * @param value the stored attribute value
   * @param attribute the attribute's name, for messages; {@code null} for a list element or map
   *     value
   * @return the value read
   */
  public static Instant readInstant(AttributeValue value, String attribute) {
    String s = readParsed(value, attribute, "Instant");
    try {
      return IsoText.parseInstant(s);
    } catch (DateTimeException e) {
      throw unparsable(attribute, "Instant", s, e);
    }
  }

  /**
   * Reads a stored attribute as {@code LocalDate}; fails with a {@link MappingException} if it does not fit.
   *
   * @param value the stored attribute value
   * @param attribute the attribute's name, for messages; {@code null} for a list element or map
   *     value
   * @return the value read
   */
  public static LocalDate readLocalDate(AttributeValue value, String attribute) {
    String s = readParsed(value, attribute, "LocalDate");
    try {
      return IsoText.parseLocalDate(s);
    } catch (DateTimeException e) {
      throw unparsable(attribute, "LocalDate", s, e);
    }
  }

  /**
   * Reads a stored attribute as {@code LocalDateTime}; fails with a {@link MappingException} if it does not fit.
   *
   * @param value the stored attribute value
   * @param attribute the attribute's name, for messages; {@code null} for a list element or map
   *     value
   * @return the value read
   */
  public static LocalDateTime readLocalDateTime(AttributeValue value, String attribute) {
    String s = readParsed(value, attribute, "LocalDateTime");
    try {
      return LocalDateTime.parse(s);
    } catch (DateTimeException e) {
      throw unparsable(attribute, "LocalDateTime", s, e);
    }
  }

  /**
   * Reads a stored attribute as {@code LocalTime}; fails with a {@link MappingException} if it does not fit.
   *
   * @param value the stored attribute value
   * @param attribute the attribute's name, for messages; {@code null} for a list element or map
   *     value
   * @return the value read
   */
  public static LocalTime readLocalTime(AttributeValue value, String attribute) {
    String s = readParsed(value, attribute, "LocalTime");
    try {
      return LocalTime.parse(s);
    } catch (DateTimeException e) {
      throw unparsable(attribute, "LocalTime", s, e);
    }
  }

  /**
   * Reads a stored attribute as {@code OffsetDateTime}; fails with a {@link MappingException} if it does not fit.
   *
   * @param value the stored attribute value
   * @param attribute the attribute's name, for messages; {@code null} for a list element or map
   *     value
   * @return the value read
   */
  public static OffsetDateTime readOffsetDateTime(AttributeValue value, String attribute) {
    String s = readParsed(value, attribute, "OffsetDateTime");
    try {
      return OffsetDateTime.parse(s);
    } catch (DateTimeException e) {
      throw unparsable(attribute, "OffsetDateTime", s, e);
    }
  }

  /**
   * Reads a stored attribute as {@code ZonedDateTime}; fails with a {@link MappingException} if it does not fit.
   *
   * @param value the stored attribute value
   * @param attribute the attribute's name, for messages; {@code null} for a list element or map
   *     value
   * @return the value read
   */
  public static ZonedDateTime readZonedDateTime(AttributeValue value, String attribute) {
    String s = readParsed(value, attribute, "ZonedDateTime");
    try {
      return ZonedDateTime.parse(s);
    } catch (DateTimeException e) {
      throw unparsable(attribute, "ZonedDateTime", s, e);
    }
  }

  /**
   * Reads a stored attribute as {@code Period}; fails with a {@link MappingException} if it does not fit.
   *
   * @param value the stored attribute value
   * @param attribute the attribute's name, for messages; {@code null} for a list element or map
   *     value
   * @return the value read
   */
  public static Period readPeriod(AttributeValue value, String attribute) {
    String s = readParsed(value, attribute, "Period");
    try {
      return Period.parse(s);
    } catch (DateTimeException e) {
      throw unparsable(attribute, "Period", s, e);
    }
  }

  /**
   * Reads a stored attribute as {@code ZoneId}; fails with a {@link MappingException} if it does not fit.
   *
   * @param value the stored attribute value
   * @param attribute the attribute's name, for messages; {@code null} for a list element or map
   *     value
   * @return the value read
   */
  public static ZoneId readZoneId(AttributeValue value, String attribute) {
    String s = readParsed(value, attribute, "ZoneId");
    try {
      return ZoneId.of(s);
    } catch (DateTimeException e) {
      throw unparsable(attribute, "ZoneId", s, e);
    }
  }

  /**
   * Reads a stored attribute as {@code MonthDay}; fails with a {@link MappingException} if it does not fit.
   *
   * @param value the stored attribute value
   * @param attribute the attribute's name, for messages; {@code null} for a list element or map
   *     value
   * @return the value read
   */
  public static MonthDay readMonthDay(AttributeValue value, String attribute) {
    String s = readParsed(value, attribute, "MonthDay");
    try {
      return MonthDay.parse(s);
    } catch (DateTimeException e) {
      throw unparsable(attribute, "MonthDay", s, e);
    }
  }

  private static String readParsed(AttributeValue value, String attribute, String javaType) {
    String s = value.s();
    if (s == null || value.type() != AttributeValue.Type.S) {
      throw MappingException.wrongType(attribute, "S (" + javaType + ")", value);
    }
    return s;
  }

  private static MappingException unparsable(String attribute, String javaType, String s, Throwable cause) {
    return MappingException.badValue(
        attribute, "S (" + javaType + ")", "S \"" + s + "\", not a valid " + javaType, cause);
  }

  /**
   * {@return the constant name of an enum stored as S; the generated caller looks it up with the
   * enum's own {@code valueOf} and reports an unknown name through {@link #unknownEnumConstant}}
   *
   * @param value the stored attribute value
   * @param attribute the attribute's name, for messages; {@code null} for a list element or map
   *     value
   * @param enumName the enum's name, for messages
   */
  public static String readEnumName(AttributeValue value, String attribute, String enumName) {
    String s = value.s();
    if (s == null || value.type() != AttributeValue.Type.S) {
      throw MappingException.wrongType(attribute, "S (" + enumName + ")", value);
    }
    return s;
  }

  /**
   * {@return the failure of a stored text that names no constant of the enum, listing the
   * constants}
   *
   * @param attribute the attribute's name, for messages; {@code null} for a list element or map
   *     value
   * @param enumName the enum's name, for messages
   * @param found the stored text
   * @param constants the enum's constants
   * @param cause what the lookup threw
   */
  public static MappingException unknownEnumConstant(
      String attribute, String enumName, String found, Enum<?>[] constants, IllegalArgumentException cause) {
    StringBuilder names = new StringBuilder();
    for (Enum<?> constant : constants) {
      if (names.length() > 0) {
        names.append(", ");
      }
      names.append(constant.name());
    }
    return MappingException.badValue(
        attribute,
        "S, a constant of " + enumName + " (" + names + ")",
        "S \"" + found + "\", which is not one",
        cause);
  }

  // ---------------------------------------------------------------- duration

  /**
   * {@return a Duration as N: its exact length in seconds, with nine decimals if it has nanoseconds
   * ({@code 1.500000000}, {@code -0.001000000}), as the Enhanced Client writes it}
   *
   * <p>A negative Duration with nanoseconds is written as the number it is: {@code
   * Duration.ofMillis(-1500)} (seconds -2, nanos 500000000) is {@code -1.500000000}. Enhanced
   * Client versions up to at least 2.54 write seconds and nanos side by side there
   * ({@code -2.500000000}), a number that reads back, by either, as another duration
   * (aws-sdk-java-v2 issue 7060, fixed upstream the way Dynagen writes it). Dynagen reads its own
   * text back exactly, and so does that Enhanced Client from -1 s down.
   *
   * @param value the value to store
   */
  public static AttributeValue fromDuration(Duration value) {
    long seconds = value.getSeconds();
    int nanos = value.getNano();
    if (nanos == 0) {
      return AttributeValue.createN(Long.toString(seconds));
    }
    // Scale 9 keeps the trailing zeros: 1.500000000, not 1.5.
    BigDecimal exact = BigDecimal.valueOf(seconds).add(BigDecimal.valueOf(nanos, 9));
    return AttributeValue.createN(exact.toPlainString());
  }

  /**
   * Reads a stored attribute as {@code Duration}; fails with a {@link MappingException} if it does not fit.
   *
   * @param value the stored attribute value
   * @param attribute the attribute's name, for messages; {@code null} for a list element or map
   *     value
   * @return the value read
   */
  public static Duration readDuration(AttributeValue value, String attribute) {
    String n = readNumberText(value, attribute, "Duration");
    BigDecimal seconds;
    try {
      seconds = new BigDecimal(n);
    } catch (NumberFormatException e) {
      throw notANumber(attribute, "Duration", n, e);
    }
    if (seconds.signum() == 0) {
      return Duration.ZERO;
    }
    // Checked before setScale, which would build (or divide by) a number of that many digits: no
    // Duration has more than 19 digits of seconds, or a non-zero length below 1 ns (1E-9).
    long magnitude = magnitude(seconds);
    if (magnitude < -8 || magnitude > MAX_FIXED_SIZE_DIGITS) {
      throw doesNotFit(attribute, "Duration", n, null);
    }
    try {
      BigDecimal whole = seconds.setScale(0, RoundingMode.FLOOR);
      int nanos = seconds.subtract(whole).movePointRight(9).intValueExact();
      return Duration.ofSeconds(whole.longValueExact(), nanos);
    } catch (ArithmeticException e) {
      throw doesNotFit(attribute, "Duration", n, e);
    }
  }

  // ---------------------------------------------------------------- collections

  // The type() checks below compare a field: hasL() and hasM() test the value with an instanceof
  // against an SDK interface, which fails (slowly) for every real list or map.

  /**
   * Reads a stored attribute as {@code List<AttributeValue>}; fails with a {@link MappingException} if it does not fit.
   *
   * @param value the stored attribute value
   * @param attribute the attribute's name, for messages; {@code null} for a list element or map
   *     value
   * @param javaType the property's Java type as the user wrote it, for messages
   * @return the value read
   */
  public static List<AttributeValue> readList(AttributeValue value, String attribute, String javaType) {
    if (value.type() != AttributeValue.Type.L) {
      throw MappingException.wrongType(attribute, "L (" + javaType + ")", value);
    }
    return value.l();
  }

  /**
   * Reads a stored attribute as {@code Map<String, AttributeValue>}; fails with a {@link MappingException} if it does not fit.
   *
   * @param value the stored attribute value
   * @param attribute the attribute's name, for messages; {@code null} for a list element or map
   *     value
   * @param javaType the property's Java type as the user wrote it, for messages
   * @return the value read
   */
  public static Map<String, AttributeValue> readMap(AttributeValue value, String attribute, String javaType) {
    if (value.type() != AttributeValue.Type.M) {
      throw MappingException.wrongType(attribute, "M (" + javaType + ")", value);
    }
    return value.m();
  }

  /**
   * Reads a stored attribute as {@code List<String>}; fails with a {@link MappingException} if it does not fit.
   *
   * @param value the stored attribute value
   * @param attribute the attribute's name, for messages; {@code null} for a list element or map
   *     value
   * @param javaType the property's Java type as the user wrote it, for messages
   * @return the value read
   */
  public static List<String> readStringSet(AttributeValue value, String attribute, String javaType) {
    if (value.type() != AttributeValue.Type.SS) {
      throw MappingException.wrongType(attribute, "SS (" + javaType + ")", value);
    }
    return withoutNull(value.ss(), attribute, "SS (" + javaType + ")");
  }

  /**
   * Reads a stored attribute as {@code List<String>}; fails with a {@link MappingException} if it does not fit.
   *
   * @param value the stored attribute value
   * @param attribute the attribute's name, for messages; {@code null} for a list element or map
   *     value
   * @param javaType the property's Java type as the user wrote it, for messages
   * @return the value read
   */
  public static List<String> readNumberSet(AttributeValue value, String attribute, String javaType) {
    if (value.type() != AttributeValue.Type.NS) {
      throw MappingException.wrongType(attribute, "NS (" + javaType + ")", value);
    }
    return withoutNull(value.ns(), attribute, "NS (" + javaType + ")");
  }

  /**
   * Reads a stored attribute as {@code List<SdkBytes>}; fails with a {@link MappingException} if it does not fit.
   *
   * @param value the stored attribute value
   * @param attribute the attribute's name, for messages; {@code null} for a list element or map
   *     value
   * @param javaType the property's Java type as the user wrote it, for messages
   * @return the value read
   */
  public static List<SdkBytes> readBinarySet(AttributeValue value, String attribute, String javaType) {
    if (value.type() != AttributeValue.Type.BS) {
      throw MappingException.wrongType(attribute, "BS (" + javaType + ")", value);
    }
    return withoutNull(value.bs(), attribute, "BS (" + javaType + ")");
  }

  /**
   * The elements of a stored set, after checking that none is null: the SDK builds such a set
   * from wire JSON such as {@code {"NS":[null]}}, which no DynamoDB item holds.
   */
  private static <E> List<E> withoutNull(List<E> elements, String attribute, String expected) {
    for (int i = 0; i < elements.size(); i++) {
      if (elements.get(i) == null) {
        throw MappingException.badValue(attribute, expected, "a set holding null at [" + i + "]", null);
      }
    }
    return elements;
  }

  /**
   * {@return a string set, or {@code null} for an empty one: DynamoDB rejects empty sets, so an
   * empty set is left out of the item (and reads back as null)}
   *
   * @param elements the written elements, each once
   */
  public static AttributeValue stringSet(List<String> elements) {
    return elements.isEmpty() ? null : AttributeValue.createSs(elements);
  }

  /**
   * {@return a number set, or {@code null} for an empty one (see {@link #stringSet})}
   *
   * @param elements the written elements, each once
   */
  public static AttributeValue numberSet(List<String> elements) {
    return elements.isEmpty() ? null : AttributeValue.createNs(elements);
  }

  /**
   * {@return a binary set, or {@code null} for an empty one (see {@link #stringSet})}
   *
   * @param elements the written elements, each once
   */
  public static AttributeValue binarySet(List<SdkBytes> elements) {
    return elements.isEmpty() ? null : AttributeValue.createBs(elements);
  }

  /**
   * {@return the string set of a {@code Set<String>}, or null if empty; null elements are rejected}
   *
   * @param set the set to store
   * @param attribute the attribute's name, for messages; {@code null} for a list element or map
   *     value
   */
  public static AttributeValue fromStringSet(Collection<String> set, String attribute) {
    if (set.isEmpty()) {
      return null;
    }
    List<String> elements = new ArrayList<>(set.size());
    for (String element : set) {
      if (element == null) {
        throw nullElement(attribute);
      }
      elements.add(element);
    }
    return AttributeValue.createSs(elements);
  }

  /**
   * {@return the number set of a set of numbers, or null if empty; null or non-finite elements are
   * rejected}
   *
   * @param set the set to store
   * @param attribute the attribute's name, for messages; {@code null} for a list element or map
   *     value
   */
  public static AttributeValue fromNumberSet(Collection<? extends Number> set, String attribute) {
    if (set.isEmpty()) {
      return null;
    }
    List<String> elements = new ArrayList<>(set.size());
    for (Number element : set) {
      elements.add(numberText(element, attribute));
    }
    return AttributeValue.createNs(elements);
  }

  /**
   * Thrown when a set holds null, which DynamoDB sets cannot store.
   *
   * @param attribute the attribute's name, for messages; {@code null} for a list element or map
   *     value
   * @return the exception, for the caller to throw
   */
  public static IllegalArgumentException nullElement(String attribute) {
    return new IllegalArgumentException(
        "Attribute '" + attribute + "' is a set holding null: DynamoDB sets cannot store null;"
            + " remove the null element");
  }

  /**
   * Puts a written value in an item unless it is null (an empty set, an empty Optional).
   *
   * @param item the item being written
   * @param attribute the attribute's name
   * @param value the written value, or {@code null} to leave the attribute out
   */
  public static void putPresent(Map<String, AttributeValue> item, String attribute, AttributeValue value) {
    if (value != null) {
      item.put(attribute, value);
    }
  }

  // One statement per property in a generated toItem: each leaves a null value out, as the
  // "if (x != null) item.put(...)" it replaces did, and is small enough for the JIT to inline.

  /**
   * Puts a String as S, unless it is null.
   *
   * @param item the item being written
   * @param attribute the attribute's name
   * @param value the property's value, or {@code null} to leave the attribute out
   */
  public static void putString(Map<String, AttributeValue> item, String attribute, String value) {
    if (value != null) {
      item.put(attribute, AttributeValue.createS(value));
    }
  }

  /**
   * Puts a boxed integer, long, short, byte, BigInteger or BigDecimal as N (its {@code toString()},
   * the text {@code Long.toString(long)} and the others give), unless it is null.
   *
   * @param item the item being written
   * @param attribute the attribute's name
   * @param value the property's value, or {@code null} to leave the attribute out
   */
  public static void putNumber(Map<String, AttributeValue> item, String attribute, Number value) {
    if (value != null) {
      item.put(attribute, AttributeValue.createN(value.toString()));
    }
  }

  /**
   * Puts a Boolean as BOOL, unless it is null.
   *
   * @param item the item being written
   * @param attribute the attribute's name
   * @param value the property's value, or {@code null} to leave the attribute out
   */
  public static void putBoolean(Map<String, AttributeValue> item, String attribute, Boolean value) {
    if (value != null) {
      item.put(attribute, AttributeValue.createBool(value));
    }
  }

  /**
   * Puts an enum constant as S, its name, unless it is null.
   *
   * @param item the item being written
   * @param attribute the attribute's name
   * @param value the property's value, or {@code null} to leave the attribute out
   */
  public static void putEnum(Map<String, AttributeValue> item, String attribute, Enum<?> value) {
    if (value != null) {
      item.put(attribute, AttributeValue.createS(value.name()));
    }
  }

  /**
   * Puts an Instant as {@link #fromInstant} writes it, unless it is null.
   *
   * @param item the item being written
   * @param attribute the attribute's name
   * @param value the property's value, or {@code null} to leave the attribute out
   */
  public static void putInstant(Map<String, AttributeValue> item, String attribute, Instant value) {
    if (value != null) {
      item.put(attribute, fromInstant(value, attribute));
    }
  }

  /**
   * Puts a LocalDate as {@link #fromLocalDate} writes it, unless it is null.
   *
   * @param item the item being written
   * @param attribute the attribute's name
   * @param value the property's value, or {@code null} to leave the attribute out
   */
  public static void putLocalDate(Map<String, AttributeValue> item, String attribute, LocalDate value) {
    if (value != null) {
      item.put(attribute, fromLocalDate(value, attribute));
    }
  }

  /**
   * Puts a set of strings as {@link #fromStringSet} writes it, unless it is null or empty.
   *
   * @param item the item being written
   * @param attribute the attribute's name
   * @param set the property's value, or {@code null} to leave the attribute out
   */
  public static void putStringSet(Map<String, AttributeValue> item, String attribute, Collection<String> set) {
    if (set != null) {
      putPresent(item, attribute, fromStringSet(set, attribute));
    }
  }

  /**
   * Puts a set of numbers as {@link #fromNumberSet} writes it, unless it is null or empty.
   *
   * @param item the item being written
   * @param attribute the attribute's name
   * @param set the property's value, or {@code null} to leave the attribute out
   */
  public static void putNumberSet(Map<String, AttributeValue> item, String attribute,
      Collection<? extends Number> set) {
    if (set != null) {
      putPresent(item, attribute, fromNumberSet(set, attribute));
    }
  }

  /**
   * {@return the value written for a null list element or map value}
   *
   * @param value the written element, or {@code null}
   */
  public static AttributeValue orNul(AttributeValue value) {
    return value == null ? NUL : value;
  }

  /**
   * Wraps what a user converter threw while reading into a MappingException naming the attribute.
   *
   * @param attribute the attribute's name, for messages; {@code null} for a list element or map
   *     value
   * @param converter the converter class's name
   * @param value the stored value the converter was given
   * @param cause what the converter threw
   * @return the exception, for the caller to throw
   */
  public static MappingException converterFailed(String attribute, String converter, AttributeValue value, RuntimeException cause) {
    if (cause instanceof MappingException) {
      return ((MappingException) cause).under(attribute);
    }
    return MappingException.badValue(
        attribute, "a value " + converter + " accepts", MappingException.describe(value), cause);
  }

  /**
   * Thrown when a map has a null key, which a DynamoDB map cannot store.
   *
   * @param attribute the attribute's name, for messages; {@code null} for a list element or map
   *     value
   * @return the exception, for the caller to throw
   */
  public static IllegalArgumentException nullMapKey(String attribute) {
    return new IllegalArgumentException(
        "Attribute '" + attribute + "' is a map with a null key: DynamoDB map keys are strings;"
            + " remove the null key");
  }

  /**
   * HashMap/HashSet capacity that holds {@code size} entries without rehashing.
   *
   * @param size how many entries it will hold
   * @return the initial capacity to give the map or set
   */
  public static int capacity(int size) {
    // ceil(size / 0.75): the smallest capacity whose table holds size entries at the default load
    // factor; a larger one can double the table (size 3: 4 gives a table of 4, 5 one of 8).
    return size + (size + 2) / 3;
  }

  // ---------------------------------------------------------------- keys

  /**
   * Thrown before any request when a key value is null.
   *
   * @param attribute the key attribute's name
   * @return the exception, for the caller to throw
   */
  public static IllegalArgumentException nullKey(String attribute) {
    return new IllegalArgumentException(
        "Key attribute '" + attribute + "' is null: every item needs its key; give it a value");
  }

  /**
   * {@return a key value as given, after checking DynamoDB's rules for keys: not an empty string or
   * empty binary value}
   *
   * @param value the written key value
   * @param attribute the key attribute's name, for messages
   */
  public static AttributeValue checkKey(AttributeValue value, String attribute) {
    String s = value.s();
    if (s != null && s.isEmpty()) {
      throw new IllegalArgumentException(
          "Key attribute '" + attribute + "' is an empty string: DynamoDB rejects empty key values;"
              + " give it at least one character");
    }
    SdkBytes b = value.b();
    if (b != null && b.asByteArrayUnsafe().length == 0) {
      throw new IllegalArgumentException(
          "Key attribute '" + attribute + "' is empty binary: DynamoDB rejects empty key values;"
              + " give it at least one byte");
    }
    return value;
  }

  /**
   * {@return the item key of a partition key value, written by the caller unless null}
   *
   * @param attribute the partition key attribute's name
   * @param value the written partition key value
   * @throws IllegalArgumentException if the value is null or empty
   */
  public static Map<String, AttributeValue> key(String attribute, AttributeValue value) {
    Map<String, AttributeValue> key = new HashMap<>(2);
    key.put(attribute, checkKey(nonNullKey(value, attribute), attribute));
    return key;
  }

  /**
   * {@return the item key of a partition key and a sort key value, written by the caller unless
   * null}
   *
   * @param partitionAttribute the partition key attribute's name
   * @param partition the written partition key value
   * @param sortAttribute the sort key attribute's name
   * @param sort the written sort key value
   * @throws IllegalArgumentException if a value is null or empty
   */
  public static Map<String, AttributeValue> key(
      String partitionAttribute, AttributeValue partition, String sortAttribute, AttributeValue sort) {
    Map<String, AttributeValue> key = new HashMap<>(4);
    key.put(partitionAttribute, checkKey(nonNullKey(partition, partitionAttribute), partitionAttribute));
    key.put(sortAttribute, checkKey(nonNullKey(sort, sortAttribute), sortAttribute));
    return key;
  }

  private static AttributeValue nonNullKey(AttributeValue value, String attribute) {
    if (value == null) {
      throw nullKey(attribute);
    }
    return value;
  }

  /**
   * {@return the key attributes present in an item, for naming the item in a MappingException}
   *
   * @param item the stored item
   * @param partitionKey the table's partition key
   * @param sortKey the table's sort key, or {@code null}
   */
  public static Map<String, AttributeValue> keyOfItem(
      Map<String, AttributeValue> item, KeyAttribute partitionKey, KeyAttribute sortKey) {
    Map<String, AttributeValue> key = new java.util.LinkedHashMap<>(4);
    AttributeValue partition = item.get(partitionKey.name());
    if (partition != null) {
      key.put(partitionKey.name(), partition);
    }
    if (sortKey != null && item.get(sortKey.name()) != null) {
      key.put(sortKey.name(), item.get(sortKey.name()));
    }
    return key;
  }
}
