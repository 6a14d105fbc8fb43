package io.dynagen.runtime.plain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dynagen.runtime.ValueGens;
import io.dynagen.runtime.testing.Gen;
import io.dynagen.runtime.testing.Gens;
import io.dynagen.runtime.testing.Property;
import io.dynagen.runtime.testing.RandomCases;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Round trips of random nested structures through {@link PlainSerializer} and {@link
 * PlainDeserializer}, in both directions.
 */
class PlainValuesRoundTripTest {
  private static final int MAX_DEPTH = 3;

  /** Plain values as the deserializer produces them (numbers as BigDecimal, bytes as SdkBytes) come back equal. */
  static Stream<Arguments> plainValuesRoundTrip() {
    return RandomCases.batches(1000, plain(MAX_DEPTH));
  }

  @Property
  void plainValuesRoundTrip(List<Object> values) {
    for (Object value : values) {
      assertEquals(value, PlainDeserializer.fromAttributeValue(PlainSerializer.toAttributeValue(value)));
    }
  }

  /** Whole items too, in their order. */
  static Stream<Arguments> itemsRoundTrip() {
    return RandomCases.batches(300, names().mapTo(plain(2), 8));
  }

  @Property
  void itemsRoundTrip(List<Map<String, Object>> items) {
    for (Map<String, Object> item : items) {
      Map<String, Object> read = PlainDeserializer.fromItem(PlainSerializer.toItem(item));

      assertEquals(item, read);
      assertEquals(item.keySet().toString(), read.keySet().toString());
    }
  }

  /**
   * Attribute values read and written again are the same attribute values. N texts are drawn in
   * BigDecimal's canonical form: a text like {@code 1e5} reads as the number it is but is written
   * back as {@code 1E+5} (DynamoDB normalizes stored numbers anyway).
   */
  static Stream<Arguments> attributeValuesRoundTrip() {
    return RandomCases.batches(1000, plain(MAX_DEPTH).map(PlainSerializer::toAttributeValue));
  }

  @Property
  void attributeValuesRoundTrip(List<AttributeValue> values) {
    for (AttributeValue value : values) {
      assertEquals(value, PlainSerializer.toAttributeValue(PlainDeserializer.fromAttributeValue(value)));
    }
  }

  /** Every supported Number type is stored in its own text and reads back as the same number. */
  static Stream<Arguments> everyNumberTypeReadsBackAsTheSameNumber() {
    return RandomCases.batches(3000, numbers());
  }

  @Property
  void everyNumberTypeReadsBackAsTheSameNumber(List<Number> numbers) {
    for (Number number : numbers) {
      AttributeValue written = PlainSerializer.toAttributeValue(number);
      BigDecimal read = (BigDecimal) PlainDeserializer.fromAttributeValue(written);

      assertEquals(number.toString(), written.n());
      assertEquals(new BigDecimal(number.toString()), read);
    }
  }

  private static Gen<Number> numbers() {
    return Gen.oneOf(
        Gens.ints(),
        Gens.longs(),
        Gens.shorts(),
        Gens.bytes(),
        Gens.finiteDoubles(),
        Gens.finiteFloats(),
        ValueGens.bigIntegers(),
        ValueGens.bigDecimals());
  }

  /** Any plain value nested up to depth lists and maps deep; empty and deepest ones as edges. */
  private static Gen<Object> plain(int depth) {
    Gen<Object> scalars = Gen.oneOf(
        Gens.strings(0, 20),
        ValueGens.bigDecimals(),
        Gens.booleans(),
        bytes(),
        Gen.constant(null));
    Gen<Object> sets = Gen.oneOf(
        Gens.strings(0, 10).set(1, 5),
        ValueGens.bigDecimals().set(1, 5),
        bytes().set(1, 5));
    if (depth == 0) {
      return Gen.oneOf(scalars, sets);
    }
    Gen<Object> inner = plain(depth - 1);
    Gen<Object> random = Gen.frequency(4, scalars, 1, sets, 1, inner.list(0, 4), 1, names().mapTo(inner, 4));
    return Gen.withEdges(random, List.of(), Map.of(), deepest(depth));
  }

  /** Lists in maps in lists, depth deep, around one text. */
  private static Object deepest(int depth) {
    Object value = "\uD83D\uDE00";
    for (int level = 0; level < depth; level++) {
      value = level % 2 == 0 ? List.of(value) : Map.of("a.b", value);
    }
    return value;
  }

  private static Gen<SdkBytes> bytes() {
    return Gens.byteArrays(16).map(SdkBytes::fromByteArray);
  }

  private static Gen<String> names() {
    return Gens.strings(Gens.LETTERS + Gens.DIGITS + "_.-", 1, 10);
  }
}
