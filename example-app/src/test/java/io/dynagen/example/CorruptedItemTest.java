package io.dynagen.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.example.model.AllTypes;
import io.dynagen.example.model.AllTypesSchema;
import io.dynagen.example.model.Point;
import io.dynagen.example.model.UserBeanSchema;
import io.dynagen.example.model.UserSchema;
import io.dynagen.runtime.ItemSchema;
import io.dynagen.runtime.MappingException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Stored items that do not fit their class: each kind of mismatch raises a {@link MappingException}
 * naming the table, the item's key, the attribute path, the type expected and the type found, and
 * nothing else escapes (no NullPointerException, ClassCastException, NumberFormatException,
 * DateTimeParseException).
 */
class CorruptedItemTest {

  // ------------------------------------------------------------------ users (record and bean)

  @Test
  void wrongTypeForAString() {
    for (ItemSchema<?> schema : List.of(UserSchema.INSTANCE, UserBeanSchema.INSTANCE)) {
      MappingException e = readUser(schema, item -> item.put("first_name", n("5")));
      assertNames(e, "users", "johndoe", "first_name", "S", "N 5");
    }
  }

  @Test
  void wrongTypeForANumber() {
    for (ItemSchema<?> schema : List.of(UserSchema.INSTANCE, UserBeanSchema.INSTANCE)) {
      MappingException e = readUser(schema, item -> item.put("age", s("twenty-five")));
      assertNames(e, "users", "johndoe", "age", "N (int)", "S \"twenty-five\"");
    }
  }

  @Test
  void wrongTypeInsideANestedDocument() {
    for (ItemSchema<?> schema : List.of(UserSchema.INSTANCE, UserBeanSchema.INSTANCE)) {
      MappingException e = readUser(schema, item -> item.put("address",
          m(Map.of("road", s("1 Jefferson Street"), "city", s("Los Angeles"), "state", s("CA"),
              "zipcode", s("90001")))));
      assertNames(e, "users", "johndoe", "address.zipcode", "N (int)", "S \"90001\"");
    }
  }

  @Test
  void aDocumentThatIsNotAMap() {
    for (ItemSchema<?> schema : List.of(UserSchema.INSTANCE, UserBeanSchema.INSTANCE)) {
      MappingException e = readUser(schema, item -> item.put("address", s("1 Jefferson Street")));
      assertNames(e, "users", "johndoe", "address", "M", "S \"1 Jefferson Street\"");
    }
  }

  @Test
  void aZipcodeOutOfIntRange() {
    MappingException e = readUser(UserSchema.INSTANCE, item -> item.put("address",
        m(Map.of("zipcode", n("3000000000")))));
    assertNames(e, "users", "johndoe", "address.zipcode", "N (int)", "3000000000");
  }

  @Test
  void theKeyIsNamedEvenWhenTheKeyItselfIsWrong() {
    MappingException e = readUser(UserSchema.INSTANCE, item -> item.put("last_name", n("7")));
    assertNames(e, "users", "johndoe", "last_name", "S", "N 7");
  }

  // ------------------------------------------------------------------ every kind on AllTypes

  @Test
  void scalarsOfTheWrongType() {
    assertAllTypes("aBoolean", s("true"), "aBoolean", "BOOL", "S \"true\"");
    assertAllTypes("boxedBoolean", n("1"), "boxedBoolean", "BOOL", "N 1");
    assertAllTypes("createdBy", AttributeValue.fromBool(true), "createdBy", "S", "BOOL true");
    assertAllTypes("boxedLong", s("12"), "boxedLong", "N (long)", "S \"12\"");
    assertAllTypes("bigDecimal", AttributeValue.fromSs(List.of("1")), "bigDecimal", "N (BigDecimal)", "SS");
    assertAllTypes("bytes", s("AAEC"), "bytes", "B", "S \"AAEC\"");
    assertAllTypes("aChar", s("ab"), "aChar", "char", "2 characters");
    assertAllTypes("boxedChar", s(""), "boxedChar", "char", "0 characters");
    // NULL false is not "absent": it is a value of the wrong type.
    assertAllTypes("createdBy", AttributeValue.fromNul(false), "createdBy", "S", "NULL");
  }

  @Test
  void numbersThatDoNotFit() {
    assertAllTypes("anInt", n("3000000000"), "anInt", "N (int)", "3000000000");
    assertAllTypes("boxedInt", n("-2147483649"), "boxedInt", "N (int)", "-2147483649");
    assertAllTypes("aLong", n("1.5"), "aLong", "N (long)", "1.5");
    assertAllTypes("boxedLong", n("9223372036854775808"), "boxedLong", "N (long)", "9223372036854775808");
    assertAllTypes("aByte", n("128"), "aByte", "N (byte)", "128");
    assertAllTypes("aShort", n("40000"), "aShort", "N (short)", "40000");
    assertAllTypes("aDouble", n("1E+400"), "aDouble", "N (double)", "1E+400");
    assertAllTypes("boxedDouble", n("-1E+400"), "boxedDouble", "N (double)", "-1E+400");
    assertAllTypes("aFloat", n("1E+39"), "aFloat", "N (float)", "1E+39");
    assertAllTypes("bigInteger", n("0.5"), "bigInteger", "N (BigInteger)", "0.5");
    assertAllTypes("anInt", n("twelve"), "anInt", "N (int)", "twelve");
    assertAllTypes("bigDecimal", n("1,5"), "bigDecimal", "N (BigDecimal)", "1,5");
    assertAllTypes("duration", n("1E+400"), "duration", "N (Duration)", "1E+400");
    assertAllTypes("duration", n("PT1S"), "duration", "N (Duration)", "PT1S");
  }

  @Test
  void wholeNumbersInOtherNotationsStillRead() {
    // Not corruption: 1E+3 and 2.0 are whole numbers that fit an int, so they are read.
    Map<String, AttributeValue> item = validItem();
    item.put("anInt", n("1E+3"));
    item.put("aLong", n("2.0"));
    AllTypes read = AllTypesSchema.INSTANCE.fromItem(item);
    assertEquals(1000, read.anInt);
    assertEquals(2L, read.aLong);
  }

  @Test
  void unknownEnumConstants() {
    assertAllTypes("color", s("PURPLE"), "color", "Color (RED, GREEN, BLUE)", "S \"PURPLE\"");
    assertAllTypes("color", s("red"), "color", "Color", "S \"red\"");
    assertAllTypes("colorSet", AttributeValue.fromSs(List.of("RED", "PURPLE")), "colorSet", "Color", "PURPLE");
    assertAllTypes("colorNames", m(Map.of("PURPLE", s("violet"))), "colorNames.PURPLE", "Color", "PURPLE");
  }

  @Test
  void stringsThatAreNotWhatTheyClaim() {
    assertAllTypes("localDate", s("2023-02-30"), "localDate", "S (LocalDate)", "2023-02-30");
    assertAllTypes("instant", s("yesterday"), "instant", "S (Instant)", "yesterday");
    assertAllTypes("createdAt", s("2023-11-14 22:13:20"), "createdAt", "S (Instant)", "2023-11-14 22:13:20");
    assertAllTypes("localDateTime", s("2023-11-14T25:00"), "localDateTime", "S (LocalDateTime)", "25:00");
    assertAllTypes("localTime", s("noon"), "localTime", "S (LocalTime)", "noon");
    assertAllTypes("offsetDateTime", s("2023-11-14T22:13:20"), "offsetDateTime", "S (OffsetDateTime)", "2023");
    assertAllTypes("zonedDateTime", s("2023-11-14T22:13:20Z[Mars/Olympus]"), "zonedDateTime", "S (ZonedDateTime)", "Mars");
    assertAllTypes("zoneId", s("Mars/Olympus"), "zoneId", "S (ZoneId)", "Mars/Olympus");
    assertAllTypes("period", s("1 year"), "period", "S (Period)", "1 year");
    assertAllTypes("monthDay", s("--02-30"), "monthDay", "S (MonthDay)", "--02-30");
    assertAllTypes("uuid", s("not-a-uuid"), "uuid", "S (UUID)", "not-a-uuid");
    assertAllTypes("instant", n("1700000000"), "instant", "S (Instant)", "N 1700000000");
  }

  @Test
  void collectionsOfTheWrongType() {
    assertAllTypes("strings", s("a,b"), "strings", "L (List<String>)", "S \"a,b\"");
    assertAllTypes("strings", AttributeValue.fromSs(List.of("a")), "strings", "L", "SS");
    assertAllTypes("counts", AttributeValue.fromL(List.of(n("1"))), "counts", "M (Map<String, Integer>)", "L of 1");
    assertAllTypes("stringSet", AttributeValue.fromL(List.of(s("a"))), "stringSet", "SS (Set<String>)", "L of 1");
    assertAllTypes("intSet", AttributeValue.fromSs(List.of("1")), "intSet", "NS (Set<Integer>)", "SS of 1");
    assertAllTypes("binarySet", AttributeValue.fromNs(List.of("1")), "binarySet", "BS", "NS of 1");
    assertAllTypes("intSet", AttributeValue.fromNs(List.of("1", "3000000000")), "intSet", "N (int)", "3000000000");
    assertAllTypes("decimalSet", AttributeValue.fromNs(List.of("x")), "decimalSet", "N (BigDecimal)", "x");
  }

  @Test
  void elementsOfTheWrongTypeCarryTheirIndexOrKey() {
    assertAllTypes("strings", AttributeValue.fromL(List.of(s("a"), n("2"))), "strings[1]", "S", "N 2");
    assertAllTypes("nestedInts", AttributeValue.fromL(List.of(AttributeValue.fromL(List.of(n("1"))),
        AttributeValue.fromL(List.of(s("x"))))), "nestedInts[1][0]", "N (int)", "S \"x\"");
    assertAllTypes("nestedInts", AttributeValue.fromL(List.of(n("1"))), "nestedInts[0]", "L (List<Integer>)", "N 1");
    assertAllTypes("counts", m(Map.of("apples", s("many"))), "counts.apples", "N (int)", "S \"many\"");
    assertAllTypes("optionalInt", s("3"), "optionalInt", "N (int)", "S \"3\"");
  }

  @Test
  void documentsInsideCollections() {
    // A list element that must be a Point document but is not a map.
    assertAllTypes("points", AttributeValue.fromL(List.of(point(1, 2, "a"), s("b"))),
        "points[1]", "M (Point)", "S \"b\"");
    // A field inside a document inside a list inside a map.
    assertAllTypes("routes",
        m(Map.of("home", AttributeValue.fromL(List.of(point(0, 0, "start"),
            m(Map.of("x", n("1"), "y", n("2"), "label", n("5"))))))),
        "routes.home[1].label", "S", "N 5");
    assertAllTypes("routes", m(Map.of("home", s("nowhere"))), "routes.home", "L (List<Point>)", "S \"nowhere\"");
    assertAllTypes("origin", s("0,0"), "origin", "M (Point)", "S \"0,0\"");
    assertAllTypes("origin", m(Map.of("x", s("0"))), "origin.x", "N (double)", "S \"0\"");
    assertAllTypes("origin", m(Map.of("y", n("1E+999"))), "origin.y", "N (double)", "1E+999");
  }

  @Test
  void aConverterThatFailsIsNamed() {
    // MoneyConverter calls value.s().split(...): a NullPointerException inside, wrapped here.
    MappingException e = readAllTypes("price", n("12.50"));
    assertNames(e, "all_types", "corrupt", "price", "MoneyConverter", "N 12.50");
    MappingException noCurrency = readAllTypes("price", s("12.50"));
    assertNames(noCurrency, "all_types", "corrupt", "price", "MoneyConverter", "S \"12.50\"");
  }

  @Test
  void anItemWithoutItsKeyStillNamesTheTable() {
    Map<String, AttributeValue> item = new HashMap<>();
    item.put("anInt", s("x"));
    MappingException e = assertThrows(MappingException.class, () -> AllTypesSchema.INSTANCE.fromItem(item));
    assertEquals("all_types", e.table());
    assertEquals("anInt", e.path());
    assertTrue(e.getMessage().contains("'all_types'"), e.getMessage());
  }

  // ------------------------------------------------------------------ helpers

  static Map<String, AttributeValue> validItem() {
    AllTypes object = new AllTypes();
    object.id = "corrupt";
    object.origin = new Point(1, 2, "o");
    return new HashMap<>(AllTypesSchema.INSTANCE.toItem(object));
  }

  private static MappingException readAllTypes(String attribute, AttributeValue value) {
    Map<String, AttributeValue> item = validItem();
    item.put(attribute, value);
    return readExpectingMappingException(AllTypesSchema.INSTANCE, item);
  }

  private static void assertAllTypes(String attribute, AttributeValue value, String path,
      String expected, String found) {
    assertNames(readAllTypes(attribute, value), "all_types", "id=S \"corrupt\"", path, expected, found);
  }

  private static MappingException readUser(ItemSchema<?> schema, Consumer<Map<String, AttributeValue>> corrupt) {
    Map<String, AttributeValue> item = new HashMap<>(WalkthroughRoundTripTest.JOHN_ITEM);
    corrupt.accept(item);
    MappingException e = readExpectingMappingException(schema, item);
    assertTrue(e.key().contains("username=S \"johndoe\"") && e.key().contains("last_name="), e.key());
    return e;
  }

  /** Fails on anything but a MappingException: the other exceptions must never escape. */
  static MappingException readExpectingMappingException(ItemSchema<?> schema, Map<String, AttributeValue> item) {
    try {
      Object read = schema.fromItem(item);
      throw new AssertionError("expected a MappingException, but read " + read + " from " + item);
    } catch (MappingException e) {
      return e;
    } catch (RuntimeException e) {
      throw new AssertionError("expected a MappingException, but " + e + " escaped reading " + item, e);
    }
  }

  /** Each of the parts, in the accessors and in the message. */
  static void assertNames(MappingException e, String table, String key, String path, String expected, String found) {
    String message = e.getMessage();
    assertEquals(table, e.table(), message);
    assertNotNull(e.key(), message);
    assertTrue(e.key().contains(key), "key " + e.key() + " should contain " + key);
    assertEquals(path, e.path(), message);
    assertTrue(e.expectedType().contains(expected), "expected type '" + e.expectedType() + "' should contain " + expected);
    assertTrue(e.foundType().contains(found), "found type '" + e.foundType() + "' should contain " + found);
    assertTrue(message.contains("'" + table + "'"), message);
    assertTrue(message.contains(e.key()), message);
    assertTrue(message.contains("'" + path + "'"), message);
    assertTrue(message.contains(e.expectedType()) && message.contains(e.foundType()), message);
  }

  static AttributeValue point(double x, double y, String label) {
    return AttributeValue.fromM(Map.of("x", n(Double.toString(x)), "y", n(Double.toString(y)), "label", s(label)));
  }

  static AttributeValue s(String value) {
    return AttributeValue.fromS(value);
  }

  static AttributeValue n(String value) {
    return AttributeValue.fromN(value);
  }

  static AttributeValue m(Map<String, AttributeValue> map) {
    return AttributeValue.fromM(new LinkedHashMap<>(map));
  }
}
