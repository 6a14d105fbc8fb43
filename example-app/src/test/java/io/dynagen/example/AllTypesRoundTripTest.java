package io.dynagen.example;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.example.model.AllTypes;
import io.dynagen.example.model.AllTypesSchema;
import io.dynagen.example.model.Point;
import io.dynagen.runtime.testing.Property;
import io.dynagen.runtime.testing.RandomCases;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Random {@link AllTypes} objects survive {@code toItem} then {@code fromItem}, field by field. */
class AllTypesRoundTripTest {
  private static final AllTypesSchema SCHEMA = AllTypesSchema.INSTANCE;

  /** The generator really produces values, not mostly nulls and edge cases (a fixed seed: this checks the generator). */
  @Test
  void theGeneratorMakesRealValues() {
    int bigDecimals = 0;
    int routesWithAPoint = 0;
    int optionalStrings = 0;
    int draws = 2000;
    for (int i = 0; i < draws; i++) {
      AllTypes value = (AllTypes) RandomCases.draw(i, AllTypesGens.allTypes())[0];
      bigDecimals += value.bigDecimal != null ? 1 : 0;
      routesWithAPoint += value.routes != null && value.routes.values().stream().anyMatch(l -> l != null && !l.isEmpty()) ? 1 : 0;
      optionalStrings += value.optionalString.isPresent() ? 1 : 0;
    }
    assertTrue(bigDecimals > draws * 40 / 100, "bigDecimal present " + bigDecimals);
    assertTrue(routesWithAPoint > draws * 20 / 100, "routes with a point " + routesWithAPoint);
    assertTrue(optionalStrings > draws * 25 / 100 && optionalStrings < draws * 90 / 100, "optionalString present " + optionalStrings);
  }

  static Stream<Arguments> everyFieldComesBack() {
    return RandomCases.of(2000, AllTypesGens.allTypes());
  }

  @Property
  void everyFieldComesBack(AllTypes original) {
    int bufferPosition = original.byteBuffer == null ? -1 : original.byteBuffer.position();
    Map<String, AttributeValue> item = SCHEMA.toItem(original);
    if (original.byteBuffer != null) {
      assertEquals(bufferPosition, original.byteBuffer.position(), "toItem must not consume the buffer");
    }
    // Null properties are left out, never written as NULL; primitives are always written.
    item.forEach((name, value) -> assertFalse(
        value.nul() != null, () -> name + " written as NULL instead of being left out"));
    assertEquals(original.id != null, item.containsKey("id"));
    assertEquals(original.boxedInt != null, item.containsKey("boxedInt"));
    assertEquals(original.origin != null, item.containsKey("origin"));
    assertEquals(original.optionalString.isPresent(), item.containsKey("optionalString"));
    assertEquals(original.stringSet != null, item.containsKey("stringSet"));
    assertTrue(item.containsKey("anInt") && item.containsKey("aBoolean") && item.containsKey("aChar"),
        "primitives are always written");
    assertSameFields(original, SCHEMA.fromItem(item));
  }

  /** Numbers are stored in their exact text: BigDecimal keeps its scale, trailing zeros too. */
  static Stream<Arguments> numberTextIsKeptExactly() {
    return RandomCases.of(300, AllTypesGens.allTypes());
  }

  @Property
  void numberTextIsKeptExactly(AllTypes original) {
    Map<String, AttributeValue> item = SCHEMA.toItem(original);
    if (original.bigDecimal != null) {
      assertEquals(original.bigDecimal.toString(), item.get("bigDecimal").n());
    }
    if (original.bigInteger != null) {
      assertEquals(original.bigInteger.toString(), item.get("bigInteger").n());
    }
    assertEquals(Long.toString(original.aLong), item.get("aLong").n());
    assertEquals(Double.toString(original.aDouble), item.get("aDouble").n());
  }

  @Test
  void bigDecimalTrailingZerosStayInTheItem() {
    AllTypes object = new AllTypes();
    object.id = "decimal";
    object.bigDecimal = new BigDecimal("123.4500");
    object.decimalSet = new LinkedHashSet<>(List.of(new BigDecimal("1.0"), new BigDecimal("1.00"), new BigDecimal("2E+3")));
    object.aLong = Long.MIN_VALUE;
    object.duration = Duration.ofMillis(1500);
    Map<String, AttributeValue> item = SCHEMA.toItem(object);
    assertEquals("123.4500", item.get("bigDecimal").n());
    assertEquals(List.of("1.0", "1.00", "2E+3"), item.get("decimalSet").ns());
    assertEquals("-9223372036854775808", item.get("aLong").n());
    assertEquals("1.500000000", item.get("duration").n());
    AllTypes back = SCHEMA.fromItem(item);
    assertEquals(new BigDecimal("123.4500"), back.bigDecimal);
    assertEquals(2, back.bigDecimal.stripTrailingZeros().scale());
    assertEquals(4, back.bigDecimal.scale());
    assertEquals(object.decimalSet, back.decimalSet);
  }

  /**
   * DynamoDB cannot store an empty set, so an empty set is left out of the item, and an absent
   * set reads back as null (not as an empty set). Lists and maps keep their emptiness.
   */
  static Stream<Arguments> emptySetsAreLeftOutAndReadBackAsNull() {
    return RandomCases.of(200, AllTypesGens.allTypes());
  }

  @Property
  void emptySetsAreLeftOutAndReadBackAsNull(AllTypes original) {
    original.stringSet = Set.of();
    original.intSet = new LinkedHashSet<>();
    original.decimalSet = Set.of();
    original.binarySet = Set.of();
    original.colorSet = Set.of();
    original.strings = List.of();
    original.counts = Map.of();
    Map<String, AttributeValue> item = SCHEMA.toItem(original);
    for (String set : List.of("stringSet", "intSet", "decimalSet", "binarySet", "colorSet")) {
      assertFalse(item.containsKey(set), set + " empty must be left out, was " + item.get(set));
    }
    assertEquals(AttributeValue.fromL(List.of()), item.get("strings"));
    assertEquals(AttributeValue.fromM(Map.of()), item.get("counts"));
    AllTypes back = SCHEMA.fromItem(item);
    assertNull(back.stringSet);
    assertNull(back.intSet);
    assertNull(back.decimalSet);
    assertNull(back.binarySet);
    assertNull(back.colorSet);
    assertEquals(List.of(), back.strings);
    assertEquals(Map.of(), back.counts);
  }

  /** A null Optional field is left out like an empty one, and reads back as Optional.empty(). */
  @Test
  void nullOptionalReadsBackAsEmpty() {
    AllTypes object = new AllTypes();
    object.id = "optional";
    object.optionalString = null;
    object.optionalInt = Optional.empty();
    Map<String, AttributeValue> item = SCHEMA.toItem(object);
    assertFalse(item.containsKey("optionalString"));
    assertFalse(item.containsKey("optionalInt"));
    AllTypes back = SCHEMA.fromItem(item);
    assertEquals(Optional.empty(), back.optionalString);
    assertEquals(Optional.empty(), back.optionalInt);
  }

  /** Null list elements and map values are stored as NULL and come back as null. */
  @Test
  void nullElementsAreStoredAsNull() {
    AllTypes object = new AllTypes();
    object.id = "nulls";
    object.strings = new ArrayList<>(java.util.Arrays.asList("a", null, "c"));
    object.counts = new java.util.HashMap<>();
    object.counts.put("none", null);
    object.points = java.util.Arrays.asList(new Point(1, 2, null), null);
    Map<String, AttributeValue> item = SCHEMA.toItem(object);
    assertEquals(AttributeValue.fromNul(true), item.get("strings").l().get(1));
    assertEquals(AttributeValue.fromNul(true), item.get("counts").m().get("none"));
    assertFalse(item.get("points").l().get(0).m().containsKey("label"));
    AllTypes back = SCHEMA.fromItem(item);
    assertEquals(object.strings, back.strings);
    assertEquals(object.counts, back.counts);
    assertEquals(object.points, back.points);
  }

  /** Bad arguments fail before any request, naming the attribute: NaN, infinities, null set elements. */
  @Test
  void invalidValuesAreRejectedByName() {
    AllTypes nan = new AllTypes();
    nan.id = "bad";
    nan.aDouble = Double.NaN;
    assertNamed("aDouble", assertThrows(IllegalArgumentException.class, () -> SCHEMA.toItem(nan)));
    AllTypes infinite = new AllTypes();
    infinite.id = "bad";
    infinite.boxedFloat = Float.POSITIVE_INFINITY;
    assertNamed("boxedFloat", assertThrows(IllegalArgumentException.class, () -> SCHEMA.toItem(infinite)));
    AllTypes nullInSet = new AllTypes();
    nullInSet.id = "bad";
    nullInSet.stringSet = new LinkedHashSet<>(java.util.Arrays.asList("a", null));
    assertNamed("stringSet", assertThrows(IllegalArgumentException.class, () -> SCHEMA.toItem(nullInSet)));
    AllTypes nanInSet = new AllTypes();
    nanInSet.id = "bad";
    nanInSet.intSet = null;
    nanInSet.origin = new Point(Double.NaN, 0, "nan");
    assertThrows(IllegalArgumentException.class, () -> SCHEMA.toItem(nanInSet));
    AllTypes noId = new AllTypes();
    assertNamed("id", assertThrows(IllegalArgumentException.class, () -> SCHEMA.keyOf(noId)));
    // Years beyond 0000-9999 would be written with a sign, which does not sort: refused.
    AllTypes farFuture = new AllTypes();
    farFuture.id = "bad";
    farFuture.instant = Instant.MAX;
    assertNamed("instant", assertThrows(IllegalArgumentException.class, () -> SCHEMA.toItem(farFuture)));
    AllTypes bce = new AllTypes();
    bce.id = "bad";
    bce.localDate = LocalDate.of(-1, 1, 1);
    assertNamed("localDate", assertThrows(IllegalArgumentException.class, () -> SCHEMA.toItem(bce)));
  }

  private static void assertNamed(String attribute, IllegalArgumentException e) {
    assertTrue(e.getMessage().contains("'" + attribute + "'"), e.getMessage());
  }

  /** Field by field, binary compared by content, with the message naming the field. */
  static void assertSameFields(AllTypes expected, AllTypes actual) {
    assertEquals(expected.createdAt, actual.createdAt, "createdAt");
    assertEquals(expected.createdBy, actual.createdBy, "createdBy");
    assertEquals(expected.id, actual.id, "id");
    assertEquals(expected.aChar, actual.aChar, "aChar");
    assertEquals(expected.boxedChar, actual.boxedChar, "boxedChar");
    assertEquals(expected.aBoolean, actual.aBoolean, "aBoolean");
    assertEquals(expected.boxedBoolean, actual.boxedBoolean, "boxedBoolean");
    assertEquals(expected.aByte, actual.aByte, "aByte");
    assertEquals(expected.boxedByte, actual.boxedByte, "boxedByte");
    assertEquals(expected.aShort, actual.aShort, "aShort");
    assertEquals(expected.boxedShort, actual.boxedShort, "boxedShort");
    assertEquals(expected.anInt, actual.anInt, "anInt");
    assertEquals(expected.boxedInt, actual.boxedInt, "boxedInt");
    assertEquals(expected.aLong, actual.aLong, "aLong");
    assertEquals(expected.boxedLong, actual.boxedLong, "boxedLong");
    // assertEquals(float, float) compares like Float.compare: -0.0 and 0.0 differ.
    assertEquals(expected.aFloat, actual.aFloat, "aFloat");
    assertEquals(expected.boxedFloat, actual.boxedFloat, "boxedFloat");
    assertEquals(expected.aDouble, actual.aDouble, "aDouble");
    assertEquals(expected.boxedDouble, actual.boxedDouble, "boxedDouble");
    assertEquals(expected.bigInteger, actual.bigInteger, "bigInteger");
    assertEquals(expected.bigDecimal, actual.bigDecimal, "bigDecimal (value and scale)");
    assertArrayEquals(expected.bytes, actual.bytes, "bytes");
    assertEquals(expected.sdkBytes, actual.sdkBytes, "sdkBytes");
    assertEquals(bytesOf(expected.byteBuffer), bytesOf(actual.byteBuffer), "byteBuffer content");
    assertEquals(expected.color, actual.color, "color");
    assertEquals(expected.uuid, actual.uuid, "uuid");
    assertEquals(expected.instant, actual.instant, "instant");
    assertEquals(expected.localDate, actual.localDate, "localDate");
    assertEquals(expected.localDateTime, actual.localDateTime, "localDateTime");
    assertEquals(expected.localTime, actual.localTime, "localTime");
    assertEquals(expected.offsetDateTime, actual.offsetDateTime, "offsetDateTime");
    assertEquals(expected.zonedDateTime, actual.zonedDateTime, "zonedDateTime");
    assertEquals(expected.duration, actual.duration, "duration");
    assertEquals(expected.period, actual.period, "period");
    assertEquals(expected.zoneId, actual.zoneId, "zoneId");
    assertEquals(expected.monthDay, actual.monthDay, "monthDay");
    assertEquals(orEmpty(expected.optionalString), actual.optionalString, "optionalString");
    assertEquals(orEmpty(expected.optionalInt), actual.optionalInt, "optionalInt");
    assertEquals(expected.strings, actual.strings, "strings");
    assertEquals(expected.nestedInts, actual.nestedInts, "nestedInts");
    assertEquals(expected.points, actual.points, "points");
    assertEquals(expected.stringSet, actual.stringSet, "stringSet");
    assertEquals(expected.intSet, actual.intSet, "intSet");
    assertEquals(expected.decimalSet, actual.decimalSet, "decimalSet");
    assertEquals(expected.binarySet, actual.binarySet, "binarySet");
    assertEquals(expected.colorSet, actual.colorSet, "colorSet");
    assertEquals(expected.counts, actual.counts, "counts");
    assertEquals(expected.colorNames, actual.colorNames, "colorNames");
    assertEquals(expected.routes, actual.routes, "routes");
    assertEquals(expected.origin, actual.origin, "origin");
    assertEquals(expected.price, actual.price, "price");
  }

  private static <T> Optional<T> orEmpty(Optional<T> value) {
    return value == null ? Optional.empty() : value;
  }

  private static SdkBytes bytesOf(ByteBuffer buffer) {
    return buffer == null ? null : SdkBytes.fromByteBuffer(buffer);
  }

}
