package io.dynagen.runtime.table;

import static io.dynagen.runtime.testmodel.RawItemSchema.item;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.runtime.KeyAttribute;
import io.dynagen.runtime.SecondaryIndex;
import io.dynagen.runtime.expr.Encoders;
import io.dynagen.runtime.expr.Update;
import io.dynagen.runtime.expr.ValuePath;
import io.dynagen.runtime.table.internal.TableInternals;
import io.dynagen.runtime.testing.LocalDynamoDb;
import io.dynagen.runtime.testmodel.RawItemSchema;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Every documented value limit fails before a request with an IllegalArgumentException naming
 * the attribute and the limit, and each limit is DynamoDB's own: DynamoDB Local refuses the same
 * item sent raw, and accepts (as Dynagen does) the item just inside the limit.
 */
class ValueLimitsTest {
  private static final RawItemSchema SCHEMA = new RawItemSchema(
      new SecondaryIndex("by-code", false, new KeyAttribute("code", ScalarAttributeType.N), null),
      new SecondaryIndex("by-tag", false, new KeyAttribute("tag", ScalarAttributeType.S),
          new KeyAttribute("rank", ScalarAttributeType.S)));
  private static TypedTable<Map<String, AttributeValue>> table;

  @BeforeAll
  static void createTable() {
    table = TypedTable.of(LocalDynamoDb.client(), SCHEMA, LocalDynamoDb.uniqueTableName("limits"));
    table.createTable();
  }

  @AfterAll
  static void deleteTable() {
    table.deleteTable();
  }

  private static AttributeValue n(String text) {
    return AttributeValue.fromN(text);
  }

  private static AttributeValue nested(int containers) {
    AttributeValue value = AttributeValue.fromS("leaf");
    for (int i = 0; i < containers; i++) {
      value = i % 2 == 0 ? AttributeValue.fromM(Map.of("m", value)) : AttributeValue.fromL(List.of(value));
    }
    return value;
  }

  private static SdkBytes bytes(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) values[i];
    }
    return SdkBytes.fromByteArray(out);
  }

  static Stream<Arguments> beyondTheLimits() {
    String max = "9.9999999999999999999999999999999999999E+125";
    return Stream.of(
        Arguments.of(item("p".repeat(2049), "s"), "Attribute 'pk'", "at most 2048 bytes"),
        Arguments.of(item("é".repeat(1025), "s"), "Attribute 'pk'", "2050 bytes long"),
        Arguments.of(item("p", "s".repeat(1025)), "Attribute 'sk'", "at most 1024 bytes"),
        Arguments.of(item("p", "s", "n", n("1".repeat(39))), "Attribute 'n'", "39 significant digits"),
        Arguments.of(item("p", "s", "n", n("1.00000000000000000000000000000000000001")), "Attribute 'n'", "at most 38"),
        Arguments.of(item("p", "s", "n", n("1E+126")), "Attribute 'n'", "largest magnitude"),
        Arguments.of(item("p", "s", "n", n("-10E+125")), "Attribute 'n'", "largest magnitude"),
        Arguments.of(item("p", "s", "n", n("9E-131")), "Attribute 'n'", "smallest magnitude 1E-130"),
        Arguments.of(item("p", "s", "n", n("-0.9E-130")), "Attribute 'n'", "smallest magnitude 1E-130"),
        Arguments.of(item("p", "s", "n", n("12abc")), "Attribute 'n'", "not a number"),
        Arguments.of(item("p", "s", "deep", nested(32)), "Attribute 'deep[0].m[0].m[0]", "more than 32 levels"),
        Arguments.of(item("p", "s", "ns", AttributeValue.fromNs(List.of("1", "1.0"))), "Attribute 'ns'", "holding 1.0 twice"),
        Arguments.of(item("p", "s", "ns", AttributeValue.fromNs(List.of("10", "1E+1"))), "Attribute 'ns'", "twice"),
        Arguments.of(item("p", "s", "doc", AttributeValue.fromM(Map.of("ns", AttributeValue.fromNs(List.of("2", max, "02"))))),
            "Attribute 'doc.ns'", "twice"),
        Arguments.of(item("p", "s", "ss", AttributeValue.fromSs(List.of("a", "b", "a"))), "Attribute 'ss'", "twice"),
        Arguments.of(item("p", "s", "bs", AttributeValue.fromBs(List.of(bytes(1, 2), bytes(1, 2)))), "Attribute 'bs'", "twice"),
        Arguments.of(item("p", "s", "code", AttributeValue.fromS("7")), "Attribute 'code'", "partition key of index 'by-code', declared N"),
        Arguments.of(item("p", "s", "tag", AttributeValue.fromS("")), "Attribute 'tag'", "is empty"),
        Arguments.of(item("p", "s", "tag", AttributeValue.fromS("t".repeat(2049))), "Attribute 'tag'", "at most 2048 bytes"),
        Arguments.of(item("p", "s", "tag", AttributeValue.fromS("t"), "rank", AttributeValue.fromS("r".repeat(1025))),
            "Attribute 'rank'", "at most 1024 bytes"),
        Arguments.of(item("p", "s", "tag", AttributeValue.fromNul(true)), "Attribute 'tag'", "by-tag', declared S, but holds NULL"),
        Arguments.of(item("p", "s", "ns", AttributeValue.fromNs(List.of())), "Attribute 'ns'", "an empty NS"),
        Arguments.of(item("p", "s", "ss", AttributeValue.fromSs(List.of())), "Attribute 'ss'", "an empty SS"),
        Arguments.of(item("p", "s", "doc", AttributeValue.fromL(List.of(AttributeValue.fromBs(List.of())))),
            "Attribute 'doc[0]'", "an empty BS"),
        Arguments.of(item("p", "s", "", AttributeValue.fromS("x")), "Attribute ''", "empty attribute names"),
        Arguments.of(item("p", "s", "doc", AttributeValue.fromM(Map.of("", AttributeValue.fromS("x")))),
            "Attribute 'doc.'", "empty attribute names"),
        Arguments.of(item("p", "s", "a".repeat(65_536), AttributeValue.fromS("x")), "Attribute 'aaa", "at most 65535 bytes"),
        Arguments.of(item("p", "s", "x", AttributeValue.builder().nul(false).build()), "Attribute 'x'", "NULL only as true"),
        Arguments.of(item("p", "s", "x", AttributeValue.builder().build()), "Attribute 'x'", "no type set"));
  }

  @ParameterizedTest
  @MethodSource("beyondTheLimits")
  void dynagenRefusesBeforeSendingAndSoDoesDynamoDb(Map<String, AttributeValue> item, String names, String limit) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> table.put(item));
    assertTrue(e.getMessage().startsWith(names), e.getMessage());
    assertTrue(e.getMessage().contains(limit), e.getMessage());
    assertTrue(e.getMessage().contains("table '" + table.tableName() + "'"), e.getMessage());

    DynamoDbException refused = assertThrows(DynamoDbException.class,
        () -> LocalDynamoDb.client().putItem(b -> b.tableName(table.tableName()).item(item)));
    assertTrue(refused.statusCode() == 400, refused.getMessage());
  }

  static Stream<Map<String, AttributeValue>> justInside() {
    return Stream.of(
        item("p".repeat(2048), "s"),
        item("é".repeat(1024), "s".repeat(1024)),
        item("p", "s", "n", n("1".repeat(38))),
        item("p", "s", "n", n("1".repeat(38) + "000000")),
        item("p", "s", "n", n("9.9999999999999999999999999999999999999E+125")),
        item("p", "s", "n", n("-9.9999999999999999999999999999999999999E+125")),
        item("p", "s", "n", n("1E-130")),
        item("p", "s", "n", n("-1E-130")),
        item("p", "s", "n", n("0.000000000000000000000000000000000000000000000000000000")),
        item("p", "s", "deep", nested(31)),
        item("p", "s", "ns", AttributeValue.fromNs(List.of("1", "1.5", "-1"))),
        item("p", "s", "ss", AttributeValue.fromSs(List.of("", "a")), "a".repeat(65_535), AttributeValue.fromS("x")),
        item("p", "s", "code", n("7"), "tag", AttributeValue.fromS("t".repeat(2048)), "rank", AttributeValue.fromS("r".repeat(1024))));
  }

  @ParameterizedTest
  @MethodSource("justInside")
  void bothAcceptTheValuesJustInside(Map<String, AttributeValue> item) {
    table.put(item);
  }

  @Test
  void updateAndConditionValuesAreCheckedToo() {
    ValuePath<AttributeValue> path = new ValuePath<>(null, "n", Encoders.ATTRIBUTE_VALUE);

    IllegalArgumentException set = assertThrows(IllegalArgumentException.class, () -> path.set(n("1E+126")));
    IllegalArgumentException eq = assertThrows(IllegalArgumentException.class,
        () -> path.eq(AttributeValue.fromNs(List.of("1", "1.0"))));
    IllegalArgumentException emptySet = assertThrows(IllegalArgumentException.class,
        () -> path.set(AttributeValue.fromSs(List.of())));
    IllegalArgumentException emptyName = assertThrows(IllegalArgumentException.class,
        () -> path.eq(AttributeValue.fromM(Map.of("", AttributeValue.fromS("x")))));
    assertTrue(emptySet.getMessage().contains("an empty SS"), emptySet.getMessage());
    assertTrue(emptyName.getMessage().contains("empty attribute names"), emptyName.getMessage());

    assertTrue(set.getMessage().startsWith("Attribute 'n' (the value of set) is N 1E+126"), set.getMessage());
    assertTrue(eq.getMessage().contains("twice"), eq.getMessage());
  }

  @Test
  void keysOfReadsAndDeletesAreCheckedToo() {
    Map<String, AttributeValue> key = Map.of("pk", AttributeValue.fromS("p".repeat(2049)), "sk", AttributeValue.fromS("s"));

    IllegalArgumentException get = assertThrows(IllegalArgumentException.class, () -> table.get(key));
    IllegalArgumentException delete = assertThrows(IllegalArgumentException.class, () -> table.deleteReturningOld(key));

    assertTrue(get.getMessage().contains("at most 2048 bytes"), get.getMessage());
    assertTrue(delete.getMessage().contains("at most 2048 bytes"), delete.getMessage());
  }

  @Test
  void updatesAreCheckedAsTheItemWouldHoldTheirValues() {
    // The raw schema's objects are maps, as its keys are: renderUpdate is what every update goes through.
    ValuePath<AttributeValue> tag = new ValuePath<>(null, "tag", Encoders.ATTRIBUTE_VALUE);
    ValuePath<AttributeValue> pk = new ValuePath<>(null, "pk", Encoders.ATTRIBUTE_VALUE);
    ValuePath<AttributeValue> deep = new ValuePath<>(null, "deep", Encoders.ATTRIBUTE_VALUE);
    for (int i = 0; i < 29; i++) {
      deep = new ValuePath<>(deep, "m", Encoders.ATTRIBUTE_VALUE);
    }
    ValuePath<AttributeValue> thirtyDeep = deep;

    IllegalArgumentException emptyIndexKey = assertThrows(IllegalArgumentException.class,
        () -> TableInternals.operations(table).renderUpdate(Update.of(tag.set(AttributeValue.fromS(""))), null));
    IllegalArgumentException tableKey = assertThrows(IllegalArgumentException.class,
        () -> TableInternals.operations(table).renderUpdate(Update.of(pk.set(AttributeValue.fromS("q"))), null));
    IllegalArgumentException tooDeep = assertThrows(IllegalArgumentException.class,
        () -> TableInternals.operations(table).renderUpdate(Update.of(thirtyDeep.set(nested(3))), null));

    assertTrue(emptyIndexKey.getMessage().startsWith("Attribute 'tag' (in an update of table"), emptyIndexKey.getMessage());
    assertTrue(emptyIndexKey.getMessage().contains("partition key of index 'by-tag' and is empty"), emptyIndexKey.getMessage());
    assertTrue(tableKey.getMessage().contains("DynamoDB cannot change an item's key"), tableKey.getMessage());
    assertTrue(tooDeep.getMessage().contains("more than 32 levels"), tooDeep.getMessage());
  }
}
