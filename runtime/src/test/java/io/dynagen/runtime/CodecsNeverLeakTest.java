package io.dynagen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Whatever a stored attribute holds, a reader returns a value or throws MappingException:
 * never NumberFormatException, ArithmeticException, DateTimeParseException, ClassCastException
 * or NullPointerException.
 */
class CodecsNeverLeakTest {
  private static final List<String> NUMBER_TYPES =
      List.of("int", "long", "short", "byte", "float", "double", "BigDecimal", "BigInteger", "Duration");
  private static final List<String> PARSED_TYPES = List.of(
      "UUID", "Instant", "LocalDate", "LocalDateTime", "LocalTime", "OffsetDateTime", "ZonedDateTime",
      "Period", "ZoneId", "MonthDay");

  @Property(tries = 3000)
  void numberReaders(@ForAll("numberTexts") String text) {
    for (String javaType : NUMBER_TYPES) {
      assertOnlyMappingException(() -> CodecsErrorsTest.readNumber(javaType, AttributeValue.fromN(text)));
    }
  }

  @Property(tries = 3000)
  void parsingReaders(@ForAll("dateLikeTexts") String text) {
    for (String javaType : PARSED_TYPES) {
      assertOnlyMappingException(() -> CodecsErrorsTest.readParsed(javaType, AttributeValue.fromS(text)));
    }
  }

  /** A number that does not fit an integer type is reported with the type, never wrapped around. */
  @Property(tries = 2000)
  void integersOutsideTheirRange(@ForAll long value) {
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      MappingException e = assertOnlyMappingException(() -> Codecs.readInt(AttributeValue.fromN(Long.toString(value)), "a"));
      assertEquals("N (int)", e.expectedType());
    }
    if (value < Short.MIN_VALUE || value > Short.MAX_VALUE) {
      assertOnlyMappingException(() -> Codecs.readShort(AttributeValue.fromN(Long.toString(value)), "a"));
    }
  }

  /**
   * A number whose text has a non-ASCII digit or a leading + anywhere is refused as "not a
   * number" by every reader that checks DynamoDB's syntax, though Java's parsers take both.
   */
  @Property(tries = 1000)
  void nonAsciiDigitsAndPlusSignsAreNotNumbers(
      @ForAll long value, @ForAll("otherDigits") char otherDigit, @ForAll("positions") double where) {
    String ascii = Long.toString(value);
    int at = Math.min(ascii.length() - 1, (int) (where * ascii.length()));
    String withOtherDigit = ascii.substring(0, at)
        + (Character.isDigit(ascii.charAt(at)) ? otherDigit : ascii.charAt(at))
        + ascii.substring(at + 1);
    String plus = "+" + Math.abs(value % 1000);

    for (String javaType : List.of("int", "long", "short", "byte", "float", "double", "BigInteger")) {
      for (String text : List.of(withOtherDigit, plus)) {
        if (text.equals(ascii)) {
          continue;
        }
        MappingException e = assertOnlyMappingException(() -> CodecsErrorsTest.readNumber(javaType, AttributeValue.fromN(text)));
        assertEquals("N \"" + text + "\", not a number", e == null ? "read as a value" : e.foundType(), javaType);
      }
    }
  }

  /** Decimal digits of other scripts: Arabic-Indic, Devanagari, fullwidth, mathematical bold. */
  @Provide
  Arbitrary<Character> otherDigits() {
    return Arbitraries.oneOf(
        Arbitraries.chars().range('\u0660', '\u0669'),
        Arbitraries.chars().range('\u0966', '\u096f'),
        Arbitraries.chars().range('\uff10', '\uff19'));
  }

  @Provide
  Arbitrary<Double> positions() {
    return Arbitraries.doubles().between(0, 1).ofScale(3);
  }

  private static MappingException assertOnlyMappingException(Runnable read) {
    try {
      read.run();
      return null;
    } catch (MappingException e) {
      return e;
    }
  }

  /** Digits, signs, points and exponents in any order, plus real numbers of every shape. */
  @Provide
  Arbitrary<String> numberTexts() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("0123456789.eE+-").ofMinLength(1).ofMaxLength(25),
        Arbitraries.strings().withChars("0123456789").ofMinLength(1).ofMaxLength(45),
        Arbitraries.strings().ofMaxLength(10),
        Arbitraries.bigDecimals().map(Object::toString),
        Arbitraries.of("NaN", "Infinity", "-Infinity", "0x10", "1e2147483648", "1E-2147483647", "", " 1", "1_000",
            "1E+10000000", "-1E-10000000", "0E+10000000", "1E+127", "1.5d", "0x1p3", "+1", "\u0661\u0662\u0663"));
  }

  /** ISO-ish fragments, so that many texts get far into the parsers before failing. */
  @Provide
  Arbitrary<String> dateLikeTexts() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("0123456789-:T.Z+PYMDHSW[]/").ofMaxLength(40),
        Arbitraries.strings().ofMaxLength(20),
        Arbitraries.of("P2147483648D", "P-2147483649Y", "+1000000000-01-01", "2023-11-14T22:13:20+18:01",
            "--13-01", "Europe/Paris", "UTC+25", "ffffffff-ffff-ffff-ffff-fffffffffffff"));
  }
}
