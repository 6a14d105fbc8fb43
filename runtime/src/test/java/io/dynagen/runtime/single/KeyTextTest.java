package io.dynagen.runtime.single;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.runtime.testing.Gen;
import io.dynagen.runtime.testing.Gens;
import io.dynagen.runtime.testing.Property;
import io.dynagen.runtime.testing.RandomCases;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Key text sorts as the values do: for every pair of values drawn, comparing their key texts (as
 * DynamoDB compares strings: by UTF-8 bytes, here all ASCII) gives Java's comparison.
 */
class KeyTextTest {
  private static final long FIRST_SECOND = -62_167_219_200L;
  private static final long LAST_SECOND = 253_402_300_799L;

  private static <T> void assertSortsAsJava(List<T> values, Comparator<? super T> java) {
    for (T a : values) {
      for (T b : values) {
        String textA = KeyText.of(a, "Entity", "value");
        String textB = KeyText.of(b, "Entity", "value");
        assertEquals(Integer.signum(java.compare(a, b)), Integer.signum(textA.compareTo(textB)),
            () -> a + " as '" + textA + "' against " + b + " as '" + textB + "'");
      }
    }
  }

  static Stream<Arguments> ints() {
    return RandomCases.batches(4000, Gens.ints());
  }

  @Property
  void ints(List<Integer> values) {
    assertSortsAsJava(values, Comparator.naturalOrder());
  }

  static Stream<Arguments> longs() {
    return RandomCases.batches(4000, Gens.longs());
  }

  @Property
  void longs(List<Long> values) {
    assertSortsAsJava(values, Comparator.naturalOrder());
  }

  static Stream<Arguments> shortsAndBytes() {
    return RandomCases.batches(2000, Gens.shorts());
  }

  @Property
  void shortsAndBytes(List<Short> values) {
    assertSortsAsJava(values, Comparator.naturalOrder());
    assertSortsAsJava(values.stream().map(Short::byteValue).toList(), Comparator.<Byte>naturalOrder());
  }

  static Stream<Arguments> instants() {
    return RandomCases.batches(4000, Gen.combine(Gens.longs(FIRST_SECOND, LAST_SECOND), Gens.ints(0, 999_999_999),
        Instant::ofEpochSecond));
  }

  @Property
  void instants(List<Instant> values) {
    assertSortsAsJava(values, Comparator.naturalOrder());
  }

  static Stream<Arguments> localDates() {
    return RandomCases.batches(2000, Gens.longs(LocalDate.of(0, 1, 1).toEpochDay(), LocalDate.of(9999, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay));
  }

  @Property
  void localDates(List<LocalDate> values) {
    assertSortsAsJava(values, Comparator.naturalOrder());
  }

  @Test
  void numbersAreFixedWidthAndReadable() {
    assertEquals("0000000042", KeyText.of(42, "E", "p"));
    assertEquals("-2147483647", KeyText.of(-1, "E", "p"));
    assertEquals("-0000000000", KeyText.of(Integer.MIN_VALUE, "E", "p"));
    assertEquals("2147483647", KeyText.of(Integer.MAX_VALUE, "E", "p"));
    assertEquals("9223372036854775807", KeyText.of(Long.MAX_VALUE, "E", "p"));
    assertEquals("-0000000000000000000", KeyText.of(Long.MIN_VALUE, "E", "p"));
    assertEquals("00007", KeyText.of((short) 7, "E", "p"));
    assertEquals("2026-11-30T10:15:30.000000000Z", KeyText.of(Instant.parse("2026-11-30T10:15:30Z"), "E", "p"));
  }

  @Test
  void aTypeThatCannotGoInAKeyIsRefusedNamingTheProperty() {
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
        () -> KeyText.of(1.5, "Order", "total"));
    assertTrue(refused.getMessage().contains("'total' of Order"), refused.getMessage());
  }
}
