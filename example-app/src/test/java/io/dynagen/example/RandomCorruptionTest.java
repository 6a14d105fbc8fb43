package io.dynagen.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.example.model.AllTypes;
import io.dynagen.example.model.AllTypesSchema;
import io.dynagen.runtime.MappingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Random corruption of random attributes of valid {@link AllTypes} items, at the top or deep
 * inside lists, maps and documents: reading either succeeds or raises a {@link MappingException}
 * that names the table and a path starting at a corrupted attribute; nothing else escapes.
 */
class RandomCorruptionTest {

  /** Every attribute AllTypes stores. */
  static final List<String> ATTRIBUTES = List.of(
      "createdAt", "createdBy", "id", "aChar", "boxedChar", "aBoolean", "boxedBoolean", "aByte",
      "boxedByte", "aShort", "boxedShort", "anInt", "boxedInt", "aLong", "boxedLong", "aFloat",
      "boxedFloat", "aDouble", "boxedDouble", "bigInteger", "bigDecimal", "bytes", "sdkBytes",
      "byteBuffer", "color", "uuid", "instant", "localDate", "localDateTime", "localTime",
      "offsetDateTime", "zonedDateTime", "duration", "period", "zoneId", "monthDay",
      "optionalString", "optionalInt", "strings", "nestedInts", "points", "stringSet", "intSet",
      "decimalSet", "binarySet", "colorSet", "counts", "colorNames", "routes", "origin", "price");

  /** The attributes with lists, maps, sets and documents inside. */
  static final List<String> NESTED = List.of(
      "strings", "nestedInts", "points", "stringSet", "intSet", "decimalSet", "colorSet", "counts",
      "colorNames", "routes", "origin");

  /** One corruption: which attribute, which way down into it, and what to put there. */
  record Corruption(String attribute, List<Integer> route, AttributeValue replacement) {}

  @Provide
  Arbitrary<AllTypes> allTypes() {
    return AllTypesArbitraries.allTypes();
  }

  @Provide
  Arbitrary<List<Corruption>> corruptions() {
    Arbitrary<String> attributes = Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.of(ATTRIBUTES)), Tuple.of(2, Arbitraries.of(NESTED)));
    Arbitrary<Corruption> one = Combinators.combine(
            attributes, Arbitraries.integers().between(0, 50).list().ofMaxSize(5), values(3))
        .as(Corruption::new);
    return one.list().ofMinSize(1).ofMaxSize(2);
  }

  @Property(tries = 2000, edgeCases = EdgeCasesMode.MIXIN)
  void corruptItemsFailOnlyWithMappingException(
      @ForAll("allTypes") AllTypes original, @ForAll("corruptions") List<Corruption> corruptions) {
    Map<String, AttributeValue> item = new HashMap<>(AllTypesSchema.INSTANCE.toItem(original));
    for (Corruption corruption : corruptions) {
      AttributeValue stored = item.get(corruption.attribute());
      item.put(corruption.attribute(), stored == null
          ? corruption.replacement()
          : replaceAt(stored, corruption.route(), 0, corruption.replacement()));
    }
    try {
      AllTypesSchema.INSTANCE.fromItem(item);
      Statistics.label("outcome").collect("read");
    } catch (MappingException e) {
      Statistics.label("outcome").collect("MappingException");
      // Corruption deep inside lists, maps and documents must occur, not only at the top.
      Statistics.label("nested path").collect(e.path().contains(".") || e.path().contains("["))
          .coverage(c -> c.check(true).percentage(p -> p > 10));
      String message = e.getMessage();
      assertEquals("all_types", e.table(), message);
      assertNotNull(e.key(), message);
      assertNotNull(e.expectedType(), message);
      assertNotNull(e.foundType(), message);
      assertTrue(corruptions.stream().anyMatch(c -> startsWithAttribute(e.path(), c.attribute())),
          "path '" + e.path() + "' should start at a corrupted attribute: " + message);
      assertTrue(message.contains("'" + e.path() + "'") && message.contains("all_types"), message);
    } catch (RuntimeException e) {
      throw new AssertionError(e + " escaped reading a corrupt item: " + item, e);
    }
  }

  /** Most corruptions must be caught, or the property is not testing much. */
  @Property(tries = 300, edgeCases = EdgeCasesMode.MIXIN)
  void mostCorruptionsAreCaught(@ForAll("corruptions") List<Corruption> corruptions) {
    Map<String, AttributeValue> item = new HashMap<>(CorruptedItemTest.validItem());
    Corruption first = corruptions.get(0);
    item.put(first.attribute(), first.replacement());
    boolean caught;
    try {
      AllTypesSchema.INSTANCE.fromItem(item);
      caught = false;
    } catch (MappingException e) {
      caught = true;
    }
    Statistics.label("caught").collect(caught).coverage(c -> c.check(true).percentage(p -> p > 50));
  }

  private static boolean startsWithAttribute(String path, String attribute) {
    return path.equals(attribute) || path.startsWith(attribute + ".") || path.startsWith(attribute + "[");
  }

  /** The value with the part the route leads to replaced; the route ends early at a leaf. */
  static AttributeValue replaceAt(AttributeValue value, List<Integer> route, int depth, AttributeValue replacement) {
    if (depth == route.size()) {
      return replacement;
    }
    int choice = route.get(depth);
    if (value.hasM() && !value.m().isEmpty()) {
      List<String> keys = new ArrayList<>(new TreeSet<>(value.m().keySet()));
      String key = keys.get(choice % keys.size());
      Map<String, AttributeValue> copy = new LinkedHashMap<>(value.m());
      copy.put(key, replaceAt(value.m().get(key), route, depth + 1, replacement));
      return AttributeValue.fromM(copy);
    }
    if (value.hasL() && !value.l().isEmpty()) {
      int index = choice % value.l().size();
      List<AttributeValue> copy = new ArrayList<>(value.l());
      copy.set(index, replaceAt(value.l().get(index), route, depth + 1, replacement));
      return AttributeValue.fromL(copy);
    }
    if (value.hasNs() && !value.ns().isEmpty() && replacement.s() != null) {
      // A set element that is not a number, or a number that does not fit.
      List<String> copy = new ArrayList<>(value.ns());
      copy.set(choice % copy.size(), replacement.s());
      return AttributeValue.fromNs(copy);
    }
    if (value.hasSs() && !value.ss().isEmpty() && replacement.s() != null) {
      List<String> copy = new ArrayList<>(value.ss());
      copy.set(choice % copy.size(), replacement.s());
      return AttributeValue.fromSs(copy);
    }
    return replacement;
  }

  /** Number texts that DynamoDB could store and texts it never would. */
  static Arbitrary<String> numberTexts() {
    return Arbitraries.oneOf(
        Arbitraries.of("3000000000", "-2147483649", "1.5", "-0.5", "1E+400", "-1E+400", "1E-400",
            "1E+3", "2.0", "0", "-0", "9223372036854775808", "1E+125", "1E-130", "128", "-129",
            "32768", "NaN", "Infinity", "-Infinity", "abc", "", " 1", "1 ", "0x10", "1e5", "1.", ".5",
            "+5", "--5", "1E", "1E+", "١٢٣"),
        AllTypesArbitraries.bigDecimals().map(Object::toString),
        AllTypesArbitraries.longs().map(Object::toString),
        AllTypesArbitraries.doubles().map(Object::toString),
        Arbitraries.strings().withChars("0123456789.-+eE").ofMaxLength(8));
  }

  static Arbitrary<String> stringTexts() {
    return Arbitraries.oneOf(
        AllTypesArbitraries.strings(),
        numberTexts(),
        Arbitraries.of("RED", "PURPLE", "red", "2023-02-30", "2023-11-14T22:13:20Z", "P1Y", "PT1S",
            "Z", "UTC", "Mars/Olympus", "--02-29", "--13-01", "12:00", "25:00", "true",
            "123e4567-e89b-12d3-a456-426614174000", "12.50 EUR", "12.50", "x EUR", "a"));
  }

  static Arbitrary<AttributeValue> scalars() {
    return Arbitraries.oneOf(
        stringTexts().map(AttributeValue::fromS),
        numberTexts().map(AttributeValue::fromN),
        Arbitraries.of(true, false).map(AttributeValue::fromBool),
        Arbitraries.of(true, false).map(AttributeValue::fromNul),
        AllTypesArbitraries.byteArrays().map(b -> AttributeValue.fromB(SdkBytes.fromByteArray(b))),
        stringTexts().list().ofMaxSize(3).map(AttributeValue::fromSs),
        numberTexts().list().ofMaxSize(3).map(AttributeValue::fromNs),
        AllTypesArbitraries.sdkBytes().list().ofMaxSize(3).map(AttributeValue::fromBs),
        Arbitraries.just(AttributeValue.builder().build()));
  }

  /** Any attribute value, nested up to {@code depth} lists and maps deep. */
  static Arbitrary<AttributeValue> values(int depth) {
    if (depth == 0) {
      return scalars();
    }
    Arbitrary<String> keys = Arbitraries.oneOf(
        Arbitraries.of("x", "y", "label", "home", "RED", "PURPLE", "road", "zipcode"),
        AllTypesArbitraries.strings());
    return Arbitraries.frequencyOf(
        Tuple.of(4, scalars()),
        Tuple.of(1, Arbitraries.lazy(() -> values(depth - 1)).list().ofMaxSize(3)
            .map(AttributeValue::fromL)),
        Tuple.of(1, Arbitraries.maps(keys, Arbitraries.lazy(() -> values(depth - 1)))
            .ofMaxSize(3).map(AttributeValue::fromM)));
  }
}
