package io.dynagen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dynagen.runtime.testing.Gen;
import io.dynagen.runtime.testing.Gens;
import io.dynagen.runtime.testing.Property;
import io.dynagen.runtime.testing.RandomCases;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
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

  static Stream<Arguments> numberReaders() {
    return RandomCases.batches(3000, numberTexts());
  }

  @Property
  void numberReaders(List<String> texts) {
    for (String text : texts) {
      for (String javaType : NUMBER_TYPES) {
        assertOnlyMappingException(() -> CodecsErrorsTest.readNumber(javaType, AttributeValue.fromN(text)));
      }
    }
  }

  static Stream<Arguments> parsingReaders() {
    return RandomCases.batches(3000, dateLikeTexts());
  }

  @Property
  void parsingReaders(List<String> texts) {
    for (String text : texts) {
      for (String javaType : PARSED_TYPES) {
        assertOnlyMappingException(() -> CodecsErrorsTest.readParsed(javaType, AttributeValue.fromS(text)));
      }
    }
  }

  /** A number that does not fit an integer type is reported with the type, never wrapped around. */
  static Stream<Arguments> integersOutsideTheirRange() {
    return RandomCases.batches(2000, Gens.longs());
  }

  @Property
  void integersOutsideTheirRange(List<Long> values) {
    for (long value : values) {
      if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
        MappingException e = assertOnlyMappingException(() -> Codecs.readInt(AttributeValue.fromN(Long.toString(value)), "a"));
        assertEquals("N (int)", e.expectedType());
      }
      if (value < Short.MIN_VALUE || value > Short.MAX_VALUE) {
        assertOnlyMappingException(() -> Codecs.readShort(AttributeValue.fromN(Long.toString(value)), "a"));
      }
    }
  }

  /**
   * A number whose text has a non-ASCII digit or a leading + anywhere is refused as "not a
   * number" by every reader that checks DynamoDB's syntax, though Java's parsers take both.
   */
  static Stream<Arguments> nonAsciiDigitsAndPlusSignsAreNotNumbers() {
    return RandomCases.of(1000, Gens.longs(), otherDigits(), Gens.doubles(0, 1));
  }

  @Property
  void nonAsciiDigitsAndPlusSignsAreNotNumbers(long value, char otherDigit, double where) {
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
  private static Gen<Character> otherDigits() {
    return Gen.oneOf(charRange('\u0660', '\u0669'), charRange('\u0966', '\u096f'), charRange('\uff10', '\uff19'));
  }

  private static Gen<Character> charRange(char first, char last) {
    return Gens.ints(first, last).map(c -> (char) c.intValue());
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
  private static Gen<String> numberTexts() {
    return Gen.oneOf(
        Gens.strings("0123456789.eE+-", 1, 25),
        Gens.strings(Gens.DIGITS, 1, 45),
        Gens.strings(0, 10),
        ValueGens.bigDecimals().map(Object::toString),
        Gen.of("NaN", "Infinity", "-Infinity", "0x10", "1e2147483648", "1E-2147483647", "", " 1", "1_000",
            "1E+10000000", "-1E-10000000", "0E+10000000", "1E+127", "1.5d", "0x1p3", "+1", "\u0661\u0662\u0663"));
  }

  /** ISO-ish fragments, so that many texts get far into the parsers before failing. */
  private static Gen<String> dateLikeTexts() {
    return Gen.oneOf(
        Gens.strings("0123456789-:T.Z+PYMDHSW[]/", 0, 40),
        Gens.strings(0, 20),
        Gen.of("P2147483648D", "P-2147483649Y", "+1000000000-01-01", "2023-11-14T22:13:20+18:01",
            "--13-01", "Europe/Paris", "UTC+25", "ffffffff-ffff-ffff-ffff-fffffffffffff"));
  }
}
