package io.dynagen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/**
 * The fast reading of timestamps and dates gives exactly what {@code java.time} gives: the same
 * value for every text it reads, and a refusal wherever {@code java.time} refuses.
 */
class IsoTextTest {
  /** 0000-01-01T00:00:00Z and 9999-12-31T23:59:59Z: the years the fast path reads. */
  private static final long FIRST_SECOND = -62_167_219_200L;
  private static final long LAST_SECOND = 253_402_300_799L;

  @Property(tries = 3000)
  void readsEveryInstantItsToStringWrites(
      @ForAll @LongRange(min = FIRST_SECOND, max = LAST_SECOND) long seconds,
      @ForAll("nanos") int nanos) {
    Instant instant = Instant.ofEpochSecond(seconds, nanos);
    String text = instant.toString();

    assertNotNull(IsoText.canonicalInstant(text), text + " should take the fast path");
    assertEquals(instant, IsoText.parseInstant(text));
  }

  @Property(tries = 3000)
  void agreesWithInstantParseOnTextsOfTheSameShape(@ForAll("instantLikeTexts") String text) {
    assertEquals(outcome(() -> Instant.parse(text)), outcome(() -> IsoText.parseInstant(text)), text);
  }

  @Property(tries = 2000)
  void readsEveryDateItsToStringWrites(@ForAll @LongRange(min = -719_528, max = 2_932_896) long epochDay) {
    LocalDate date = LocalDate.ofEpochDay(epochDay);
    assertEquals(date, IsoText.parseLocalDate(date.toString()));
  }

  @Property(tries = 3000)
  void agreesWithLocalDateParseOnTextsOfTheSameShape(@ForAll("dateLikeTexts") String text) {
    assertEquals(outcome(() -> LocalDate.parse(text)), outcome(() -> IsoText.parseLocalDate(text)), text);
  }

  @Test
  void leavesOtherFormsToJavaTime() {
    assertNull(IsoText.canonicalInstant("2023-11-14T23:59:60Z"));
    assertNull(IsoText.canonicalInstant("+12023-11-14T22:13:20Z"));
    assertNull(IsoText.canonicalInstant("2023-11-14t22:13:20z"));
    assertEquals(Instant.parse("2023-11-14T23:59:60Z"), IsoText.parseInstant("2023-11-14T23:59:60Z"));
    assertEquals(Instant.parse("+12023-11-14T22:13:20Z"), IsoText.parseInstant("+12023-11-14T22:13:20Z"));
  }

  @Provide
  Arbitrary<Integer> nanos() {
    return Arbitraries.oneOf(
        Arbitraries.just(0),
        Arbitraries.integers().between(0, 999).map(millis -> millis * 1_000_000),
        Arbitraries.integers().between(0, 999_999).map(micros -> micros * 1_000),
        Arbitraries.integers().between(0, 999_999_999));
  }

  /** Texts shaped like yyyy-MM-ddTHH:mm:ss.fZ with any digits, some of them a character off. */
  @Provide
  Arbitrary<String> instantLikeTexts() {
    Arbitrary<String> date = dateLikeTexts();
    Arbitrary<String> time = Combinators.combine(twoDigits(), twoDigits(), twoDigits())
        .as((h, m, s) -> h + ":" + m + ":" + s);
    Arbitrary<String> fraction = Arbitraries.oneOf(
        Arbitraries.just(""),
        Arbitraries.just("."),
        Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(10).map(digits -> "." + digits));
    Arbitrary<String> text = Combinators.combine(date, time, fraction)
        .as((d, t, f) -> d + "T" + t + f + "Z");
    return Arbitraries.oneOf(text, text.map(IsoTextTest::oneCharacterOff));
  }

  @Provide
  Arbitrary<String> dateLikeTexts() {
    Arbitrary<String> year = Arbitraries.strings().numeric().ofLength(4);
    Arbitrary<String> month = Arbitraries.oneOf(twoDigits(), Arbitraries.integers().between(1, 12)
        .map(m -> String.format("%02d", m)));
    Arbitrary<String> day = Arbitraries.oneOf(twoDigits(), Arbitraries.integers().between(28, 31)
        .map(d -> Integer.toString(d)));
    Arbitrary<String> text = Combinators.combine(year, month, day).as((y, m, d) -> y + "-" + m + "-" + d);
    return Arbitraries.oneOf(text, text.map(IsoTextTest::oneCharacterOff));
  }

  private static Arbitrary<String> twoDigits() {
    return Arbitraries.strings().numeric().ofLength(2);
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
