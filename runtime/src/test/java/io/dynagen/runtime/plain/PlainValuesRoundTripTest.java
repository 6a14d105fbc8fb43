package io.dynagen.runtime.plain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dynagen.runtime.ValueArbitraries;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Round trips of random nested structures through {@link PlainSerializer} and {@link
 * PlainDeserializer}, in both directions.
 */
class PlainValuesRoundTripTest {
  private static final int MAX_DEPTH = 3;

  /** Plain values as the deserializer produces them (numbers as BigDecimal, bytes as SdkBytes) come back equal. */
  @Property(tries = 1000)
  void plainValuesRoundTrip(@ForAll("plainValues") Object value) {
    assertEquals(value, PlainDeserializer.fromAttributeValue(PlainSerializer.toAttributeValue(value)));
  }

  /** Whole items too, in their order. */
  @Property(tries = 300)
  void itemsRoundTrip(@ForAll("items") Map<String, Object> item) {
    Map<String, Object> read = PlainDeserializer.fromItem(PlainSerializer.toItem(item));

    assertEquals(item, read);
    assertEquals(item.keySet().toString(), read.keySet().toString());
  }

  /**
   * Attribute values read and written again are the same attribute values. N texts are drawn in
   * BigDecimal's canonical form: a text like {@code 1e5} reads as the number it is but is written
   * back as {@code 1E+5} (DynamoDB normalizes stored numbers anyway).
   */
  @Property(tries = 1000)
  void attributeValuesRoundTrip(@ForAll("attributeValues") AttributeValue value) {
    assertEquals(value, PlainSerializer.toAttributeValue(PlainDeserializer.fromAttributeValue(value)));
  }

  /** Every supported Number type is stored in its own text and reads back as the same number. */
  @Property(tries = 3000)
  void everyNumberTypeReadsBackAsTheSameNumber(@ForAll("numbers") Number number) {
    AttributeValue written = PlainSerializer.toAttributeValue(number);
    BigDecimal read = (BigDecimal) PlainDeserializer.fromAttributeValue(written);

    assertEquals(number.toString(), written.n());
    assertEquals(new BigDecimal(number.toString()), read);
  }

  @Provide
  Arbitrary<Object> plainValues() {
    return plain(MAX_DEPTH);
  }

  @Provide
  Arbitrary<Map<String, Object>> items() {
    return Arbitraries.maps(names(), plain(2)).ofMaxSize(8).map(LinkedHashMap::new);
  }

  @Provide
  Arbitrary<AttributeValue> attributeValues() {
    return plain(MAX_DEPTH).map(PlainSerializer::toAttributeValue);
  }

  @Provide
  Arbitrary<Number> numbers() {
    return Arbitraries.oneOf(
        Arbitraries.integers(),
        Arbitraries.longs(),
        Arbitraries.shorts(),
        Arbitraries.bytes(),
        Arbitraries.doubles().filter(Double::isFinite).map(d -> d),
        Arbitraries.floats().filter(Float::isFinite).map(f -> f),
        ValueArbitraries.bigIntegers(),
        ValueArbitraries.bigDecimals());
  }

  private static Arbitrary<Object> plain(int depth) {
    Arbitrary<Object> scalars = Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(20),
        ValueArbitraries.bigDecimals(),
        Arbitraries.of(true, false),
        bytes(),
        Arbitraries.just(null));
    Arbitrary<Object> sets = Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(10).set().ofMinSize(1).ofMaxSize(5),
        ValueArbitraries.bigDecimals().set().ofMinSize(1).ofMaxSize(5),
        bytes().set().ofMinSize(1).ofMaxSize(5));
    if (depth == 0) {
      return Arbitraries.oneOf(scalars, sets);
    }
    Arbitrary<Object> inner = plain(depth - 1);
    return Arbitraries.frequencyOf(
        Tuple.of(4, scalars),
        Tuple.of(1, sets),
        Tuple.of(1, inner.list().ofMaxSize(4)),
        Tuple.of(1, Arbitraries.maps(names(), inner).ofMaxSize(4)));
  }

  private static Arbitrary<SdkBytes> bytes() {
    return Arbitraries.bytes().array(byte[].class).ofMaxSize(16).map(SdkBytes::fromByteArray);
  }

  private static Arbitrary<String> names() {
    return Arbitraries.strings().alpha().numeric().withChars('_', '.', '-').ofMinLength(1).ofMaxLength(10);
  }
}
