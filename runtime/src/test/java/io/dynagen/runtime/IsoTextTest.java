package io.dynagen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.dynagen.runtime.testing.Gen;
import io.dynagen.runtime.testing.Gens;
import io.dynagen.runtime.testing.Property;
import io.dynagen.runtime.testing.RandomCases;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The fast reading of timestamps and dates gives exactly what {@code java.time} gives: the same
 * value for every text it reads, and a refusal wherever {@code java.time} refuses.
 */
class IsoTextTest {
  /** 0000-01-01T00:00:00Z and 9999-12-31T23:59:59Z: the years the fast path reads. */
  private static final long FIRST_SECOND = -62_167_219_200L;
  private static final long LAST_SECOND = 253_402_300_799L;

  static Stream<Arguments> readsEveryInstantItsToStringWrites() {
    return RandomCases.of(3000, Gens.longs(FIRST_SECOND, LAST_SECOND), nanos());
  }

  @Property
  void readsEveryInstantItsToStringWrites(long seconds, int nanos) {
    Instant instant = Instant.ofEpochSecond(seconds, nanos);
    String text = instant.toString();

    assertNotNull(IsoText.canonicalInstant(text), text + " should take the fast path");
    assertEquals(instant, IsoText.parseInstant(text));
  }

  static Stream<Arguments> agreesWithInstantParseOnTextsOfTheSameShape() {
    return RandomCases.batches(3000, instantLikeTexts());
  }

  @Property
  void agreesWithInstantParseOnTextsOfTheSameShape(List<String> texts) {
    for (String text : texts) {
      assertEquals(outcome(() -> Instant.parse(text)), outcome(() -> IsoText.parseInstant(text)), text);
    }
  }

  static Stream<Arguments> readsEveryDateItsToStringWrites() {
    return RandomCases.batches(2000, Gens.longs(-719_528, 2_932_896));
  }

  @Property
  void readsEveryDateItsToStringWrites(List<Long> epochDays) {
    for (long epochDay : epochDays) {
      LocalDate date = LocalDate.ofEpochDay(epochDay);
      assertEquals(date, IsoText.parseLocalDate(date.toString()));
    }
  }

  static Stream<Arguments> agreesWithLocalDateParseOnTextsOfTheSameShape() {
    return RandomCases.batches(3000, dateLikeTexts());
  }

  @Property
  void agreesWithLocalDateParseOnTextsOfTheSameShape(List<String> texts) {
    for (String text : texts) {
      assertEquals(outcome(() -> LocalDate.parse(text)), outcome(() -> IsoText.parseLocalDate(text)), text);
    }
  }

  @Test
  void leavesOtherFormsToJavaTime() {
    assertNull(IsoText.canonicalInstant("2023-11-14T23:59:60Z"));
    assertNull(IsoText.canonicalInstant("+12023-11-14T22:13:20Z"));
    assertNull(IsoText.canonicalInstant("2023-11-14t22:13:20z"));
    assertEquals(Instant.parse("2023-11-14T23:59:60Z"), IsoText.parseInstant("2023-11-14T23:59:60Z"));
    assertEquals(Instant.parse("+12023-11-14T22:13:20Z"), IsoText.parseInstant("+12023-11-14T22:13:20Z"));
  }

  private static Gen<Integer> nanos() {
    return Gen.oneOf(
        Gen.constant(0),
        Gens.ints(0, 999).map(millis -> millis * 1_000_000),
        Gens.ints(0, 999_999).map(micros -> micros * 1_000),
        Gens.ints(0, 999_999_999));
  }

  /** Texts shaped like yyyy-MM-ddTHH:mm:ss.fZ with any digits, some of them a character off. */
  private static Gen<String> instantLikeTexts() {
    Gen<String> date = dateLikeTexts();
    Gen<String> twoDigits = twoDigits();
    Gen<String> time = source -> twoDigits.next(source) + ":" + twoDigits.next(source) + ":" + twoDigits.next(source);
    Gen<String> fraction = Gen.oneOf(Gen.constant(""), Gen.constant("."), Gens.strings(Gens.DIGITS, 1, 10).map(digits -> "." + digits));
    Gen<String> text = source -> date.next(source) + "T" + time.next(source) + fraction.next(source) + "Z";
    return Gen.oneOf(text, text.map(IsoTextTest::oneCharacterOff));
  }

  private static Gen<String> dateLikeTexts() {
    Gen<String> year = Gens.strings(Gens.DIGITS, 4, 4);
    Gen<String> month = Gen.oneOf(twoDigits(), Gens.ints(1, 12).map(m -> String.format("%02d", m)));
    Gen<String> day = Gen.oneOf(twoDigits(), Gens.ints(28, 31).map(d -> Integer.toString(d)));
    Gen<String> text = source -> year.next(source) + "-" + month.next(source) + "-" + day.next(source);
    return Gen.oneOf(text, text.map(IsoTextTest::oneCharacterOff));
  }

  private static Gen<String> twoDigits() {
    return Gens.strings(Gens.DIGITS, 2, 2);
  }

  /** The text with one character replaced by one of the characters that can mislead a parser. */
  private static String oneCharacterOff(String text) {
    int at = Math.floorMod(text.hashCode(), text.length());
    char replacement = "/:-T.Z0a+ ".charAt(Math.floorMod(text.hashCode() >>> 8, 10));
    return text.substring(0, at) + replacement + text.substring(at + 1);
  }

  /** The value, or the fact of a refusal. */
  private static Object outcome(java.util.function.Supplier<Object> parse) {
    try {
      return parse.get();
    } catch (DateTimeException e) {
      return "refused";
    }
  }
}
