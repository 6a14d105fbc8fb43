package io.dynagen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.DefaultAttributeConverterProvider;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The fixed-width texts of Instant, LocalDateTime and LocalTime: one width, the value's order as
 * text order, read back exactly by Dynagen and by the Enhanced Client. Seeded random values, the
 * edges always; replay with {@code -Ddynagen.textSeed=<seed>}.
 */
class SortableTextTest {
  private static final long SEED = Long.getLong("dynagen.textSeed", new Random().nextLong());
  private static final long FIRST_SECOND = -62_167_219_200L;
  private static final long LAST_SECOND = 253_402_300_799L;
  private static final DefaultAttributeConverterProvider ENHANCED = DefaultAttributeConverterProvider.create();

  static Stream<Instant> instants() {
    Random random = new Random(SEED);
    List<Instant> instants = new ArrayList<>(List.of(Instant.ofEpochSecond(FIRST_SECOND),
        Instant.ofEpochSecond(LAST_SECOND, 999_999_999), Instant.EPOCH, Instant.ofEpochSecond(-1, 999_999_999),
        Instant.parse("2024-05-03T10:15:30Z"), Instant.parse("2024-05-03T10:15:30.500Z"),
        Instant.parse("2024-02-29T00:00:00.000000001Z")));
    for (int i = 0; i < 500; i++) {
      long seconds = FIRST_SECOND + (long) (random.nextDouble() * (LAST_SECOND - FIRST_SECOND));
      int[] nanos = {0, 500_000_000, 1_000, random.nextInt(1_000_000_000)};
      instants.add(Instant.ofEpochSecond(seconds, nanos[random.nextInt(nanos.length)]));
    }
    return instants.stream();
  }

  @ParameterizedTest
  @MethodSource("instants")
  void instantsAreThirtyCharactersThatBothClientsReadBack(Instant instant) {
    String text = Codecs.fromInstant(instant, "at").s();
    assertEquals(30, text.length(), text + " (seed " + SEED + ")");
    assertEquals(instant, Instant.parse(text));
    assertEquals(instant, Codecs.readInstant(AttributeValue.fromS(text), "at"));
    assertEquals(instant, enhanced(Instant.class).transformTo(AttributeValue.fromS(text)));
    assertEquals(instant, Codecs.readInstant(enhanced(Instant.class).transformFrom(instant), "at"));
  }

  @ParameterizedTest
  @MethodSource("instants")
  void localDateTimesAndTimesAreFixedWidthAndBothClientsReadThem(Instant instant) {
    LocalDateTime dateTime = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    String text = Codecs.fromLocalDateTime(dateTime, "at").s();
    assertEquals(29, text.length(), text);
    assertEquals(dateTime, Codecs.readLocalDateTime(AttributeValue.fromS(text), "at"));
    assertEquals(dateTime, enhanced(LocalDateTime.class).transformTo(AttributeValue.fromS(text)));
    LocalTime time = dateTime.toLocalTime();
    String timeText = Codecs.fromLocalTime(time).s();
    assertEquals(18, timeText.length(), timeText);
    assertEquals(time, Codecs.readLocalTime(AttributeValue.fromS(timeText), "at"));
    assertEquals(time, enhanced(LocalTime.class).transformTo(AttributeValue.fromS(timeText)));
  }

  @Test
  void textOrderIsTimeOrder() {
    List<Instant> instants = instants().toList();
    for (int i = 1; i < instants.size(); i++) {
      Instant a = instants.get(i - 1);
      Instant b = instants.get(i);
      assertEquals(Integer.signum(a.compareTo(b)),
          Integer.signum(Codecs.fromInstant(a, "at").s().compareTo(Codecs.fromInstant(b, "at").s())),
          a + " vs " + b + " (seed " + SEED + ")");
      LocalTime ta = LocalTime.ofInstant(a, ZoneOffset.UTC);
      LocalTime tb = LocalTime.ofInstant(b, ZoneOffset.UTC);
      assertEquals(Integer.signum(ta.compareTo(tb)),
          Integer.signum(Codecs.fromLocalTime(ta).s().compareTo(Codecs.fromLocalTime(tb).s())), ta + " vs " + tb);
    }
  }

  @Test
  void yearsOutsideFourDigitsAreRefusedNamingTheAttribute() {
    for (Runnable write : List.<Runnable>of(
        () -> Codecs.fromInstant(Instant.MAX, "expires"),
        () -> Codecs.fromInstant(Instant.ofEpochSecond(FIRST_SECOND - 1), "expires"),
        () -> Codecs.fromLocalDate(LocalDate.of(10_000, 1, 1), "expires"),
        () -> Codecs.fromLocalDateTime(LocalDateTime.of(-1, 1, 1, 0, 0), "expires"))) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, write::run);
      assertTrue(e.getMessage().contains("'expires'") && e.getMessage().contains("0000 to 9999")
          && e.getMessage().contains("@Convert"), e.getMessage());
    }
  }

  private static <T> AttributeConverter<T> enhanced(Class<T> type) {
    return ENHANCED.converterFor(EnhancedType.of(type));
  }
}
