package io.dynagen.runtime.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.function.LongFunction;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.LongPredicate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Any Java integer given for a number attribute, over seeded random values and the edges of
 * every number type: when the attribute's Java type holds the value, a comparison or a write
 * carries exactly what the type's own encoder stores for it (so it compares equal to a stored
 * value); otherwise a comparison carries the value's own digits and a write is refused. Replay a run with {@code -Ddynagen.seed=<seed from the test name>}.
 */
class IntegralValuesPropertiesTest {
  private static final long SEED = Long.getLong("dynagen.seed", System.nanoTime());
  private static final int RANDOM_CASES = 300;

  /** A number type: its path, whether a long fits it, and how its own encoder writes a fitting one. */
  private record NumberType<N extends Number>(
      NumberPath<N> path, LongPredicate fits, LongFunction<N> convert) {}

  private static final List<NumberType<?>> TYPES = List.of(
      new NumberType<>(new NumberPath<>(null, "b", Encoders.BYTE), v -> v == (byte) v, v -> (byte) v),
      new NumberType<>(new NumberPath<>(null, "s", Encoders.SHORT), v -> v == (short) v, v -> (short) v),
      new NumberType<>(new NumberPath<>(null, "i", Encoders.INT), v -> v == (int) v, v -> (int) v),
      new NumberType<>(new NumberPath<>(null, "l", Encoders.LONG), v -> true, v -> v),
      new NumberType<>(new NumberPath<>(null, "f", Encoders.FLOAT), v -> v == (long) (float) v, v -> (float) v),
      new NumberType<>(new NumberPath<>(null, "d", Encoders.DOUBLE), v -> v == (long) (double) v, v -> (double) v),
      new NumberType<>(new NumberPath<>(null, "bi", Encoders.BIG_INTEGER), v -> true, BigInteger::valueOf),
      new NumberType<>(new NumberPath<>(null, "bd", Encoders.BIG_DECIMAL), v -> true, BigDecimal::valueOf));

  static Stream<Arguments> values() {
    List<Long> values = new ArrayList<>(List.of(0L, 1L, -1L, 5L, 1000L, 2000L,
        (long) Byte.MIN_VALUE, (long) Byte.MAX_VALUE, Byte.MIN_VALUE - 1L, Byte.MAX_VALUE + 1L,
        (long) Short.MIN_VALUE, (long) Short.MAX_VALUE, Short.MIN_VALUE - 1L, Short.MAX_VALUE + 1L,
        (long) Integer.MIN_VALUE, (long) Integer.MAX_VALUE, Integer.MIN_VALUE - 1L, Integer.MAX_VALUE + 1L,
        1L << 24, (1L << 24) + 1, 1L << 53, (1L << 53) + 1, -(1L << 53) - 1, Long.MIN_VALUE, Long.MAX_VALUE));
    Random random = new Random(SEED);
    for (int i = 0; i < RANDOM_CASES; i++) {
      // Every magnitude, not only the huge values a uniform long mostly is.
      values.add(random.nextLong() >> random.nextInt(64));
    }
    return values.stream().map(value -> Arguments.of(SEED, value));
  }

  @ParameterizedTest(name = "seed {0}: {1}")
  @MethodSource("values")
  void aComparisonCarriesTheValueAndAWriteCarriesItExactlyWhenTheTypeHoldsIt(long seed, long value) {
    for (NumberType<?> type : TYPES) {
      check(type, value);
    }
  }

  private static <N extends Number> void check(NumberType<N> type, long value) {
    String where = type.path() + " with " + value;
    AttributeValue compared = Rendered.of(type.path().gt(value)).value(":v0");
    if (type.fits().test(value)) {
      AttributeValue typed = type.path().encoder().encode(type.convert().apply(value), where);
      AttributeValue written = Rendered.of(Update.of(type.path().set(value))).value(":v0");
      assertEquals(typed, written, where);
      assertEquals(typed, compared, where);
      assertEquals(typed, Rendered.of(type.path().gt(type.convert().apply(value))).value(":v0"), where);
    } else {
      assertEquals(new BigDecimal(value), new BigDecimal(compared.n()), where);
      assertThrows(IllegalArgumentException.class, () -> type.path().set(value), where);
      assertThrows(IllegalArgumentException.class, () -> type.path().add(value), where);
    }
  }
}
