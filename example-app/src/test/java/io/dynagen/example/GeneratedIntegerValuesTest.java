package io.dynagen.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.example.model.AllTypes;
import io.dynagen.example.model.AllTypesTable;
import io.dynagen.example.model.AllTypes_;
import io.dynagen.example.model.Order;
import io.dynagen.example.model.OrderTable;
import io.dynagen.example.model.Order_;
import io.dynagen.runtime.expr.Condition;
import io.dynagen.runtime.expr.SortKeyCondition;
import io.dynagen.runtime.table.read.Query;
import io.dynagen.runtime.testing.LocalDynamoDb;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Plain Java integer values ({@code gt(5)}, {@code between(1000, 2000)}) on number attributes
 * and number sort keys of every Java number type, through the generated code and evaluated by
 * DynamoDB Local: they select and write exactly what the same typed values would.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedIntegerValuesTest {
  private final OrderTable orders = Orders.createTable(LocalDynamoDb.client(), "integer_values");
  private final AllTypesTable numbers =
      AllTypesTable.create(LocalDynamoDb.client(), LocalDynamoDb.uniqueTableName("integer_values_types"));

  GeneratedIntegerValuesTest() {
    Orders.ALL.forEach(orders::put);
    numbers.createTable();
    numbers.put(numbers("small", 5L, (short) 5, (byte) 5, "5", "5.5", 0.5));
    numbers.put(numbers("middle", 1500L, (short) 1500, (byte) 100, "1500", "1500", 1500));
    numbers.put(numbers("large", 7_000_000_000L, Short.MAX_VALUE, Byte.MAX_VALUE, "99999999999999999999", "1E+30", 1e30));
  }

  private static AllTypes numbers(String id, long boxedLong, short boxedShort, byte boxedByte, String bigInteger,
      String bigDecimal, double aDouble) {
    AllTypes numbers = new AllTypes();
    numbers.id = id;
    numbers.aLong = boxedLong;
    numbers.boxedLong = boxedLong;
    numbers.boxedShort = boxedShort;
    numbers.boxedByte = boxedByte;
    numbers.bigInteger = new BigInteger(bigInteger);
    numbers.bigDecimal = new BigDecimal(bigDecimal);
    numbers.aDouble = aDouble;
    return numbers;
  }

  @AfterAll
  void dropTables() {
    orders.deleteTable();
    numbers.deleteTable();
  }

  private Set<String> matching(Condition filter) {
    return numbers.scan().filter(filter).stream().map(item -> item.id).collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> ids(String... ids) {
    return new TreeSet<>(List.of(ids));
  }

  private static List<String> ids(Query<Order> query) {
    return query.stream().map(Orders::id).collect(Collectors.toList());
  }

  @Test
  void integerValuesOnALongSortKey() {
    assertEquals(List.of("ann/2", "ann/3"), ids(orders.query("ann", SortKeyCondition.between(2, 3))));
    assertEquals(List.of("ann/2", "ann/3"), ids(orders.query("ann", SortKeyCondition.gt(1))));
    assertEquals(List.of("ann/1", "ann/2"), ids(orders.query("ann", SortKeyCondition.le(2))));
    assertEquals(List.of("ann/1"), ids(orders.query("ann", SortKeyCondition.lt(2))));
    assertEquals(List.of("ann/3"), ids(orders.query("ann", SortKeyCondition.ge(3))));
    assertEquals(List.of("ann/2"), ids(orders.query("ann", SortKeyCondition.eq(2))));
    assertEquals(List.of(), ids(orders.query("ann", SortKeyCondition.between(1000, 2000))));
  }

  @Test
  void integerValuesOnNumberAttributesOfEveryType() {
    assertEquals(ids("middle", "large"), matching(AllTypes_.boxedLong.gt(5)));
    assertEquals(ids("middle"), matching(AllTypes_.boxedLong.between(1000, 2000)));
    assertEquals(ids("small"), matching(AllTypes_.aLong.eq(5)));
    assertEquals(ids("middle", "large"), matching(AllTypes_.boxedLong.ne(5)));
    assertEquals(ids("large"), matching(AllTypes_.boxedShort.ge(Short.MAX_VALUE)));
    assertEquals(ids("small", "middle"), matching(AllTypes_.boxedByte.le(100)));
    assertEquals(ids("large"), matching(AllTypes_.bigInteger.gt(Long.MAX_VALUE)));
    assertEquals(ids("small"), matching(AllTypes_.bigDecimal.lt(6)));
    assertEquals(ids("middle"), matching(AllTypes_.bigDecimal.eq(1500)));
    assertEquals(ids("small", "middle"), matching(AllTypes_.aDouble.lt(2000)));
    // Beyond the attribute's type is a comparison DynamoDB answers: never, or always, true.
    assertEquals(ids(), matching(AllTypes_.boxedShort.gt(1_000_000)));
    assertEquals(ids("small", "middle", "large"), matching(AllTypes_.boxedByte.lt(1_000)));
  }

  /** A float is stored as its shortest text (2^31 as "2.14748365E9"): an integer it holds still compares equal. */
  @Test
  void anIntegerMatchesTheFloatOrDoubleThatHoldsIt() {
    AllTypes floats = numbers("float", 0L, (short) 0, (byte) 0, "0", "0", 1L << 60);
    floats.aFloat = 1L << 31;
    numbers.put(floats);
    assertEquals(ids("float"), matching(AllTypes_.aFloat.eq(1L << 31)));
    assertEquals(ids("float"), matching(AllTypes_.aDouble.eq(1L << 60)));
    assertEquals(ids(), matching(AllTypes_.aFloat.gt(1L << 31)));
    numbers.delete("float");
  }

  @Test
  void integerValuesInUpdates() {
    numbers.put(numbers("updated", 1L, (short) 1, (byte) 1, "1", "1", 1));
    AllTypes updated = numbers.update("updated", AllTypes_.boxedLong.set(5_000_000_000L),
        AllTypes_.boxedShort.plus(2), AllTypes_.boxedByte.minus(3), AllTypes_.bigInteger.add(10),
        AllTypes_.bigDecimal.set(7), AllTypes_.aDouble.plus(1));
    assertEquals(5_000_000_000L, updated.boxedLong);
    assertEquals((short) 3, updated.boxedShort);
    assertEquals((byte) -2, updated.boxedByte);
    assertEquals(new BigInteger("11"), updated.bigInteger);
    assertEquals(new BigDecimal("7"), updated.bigDecimal);
    assertEquals(2.0, updated.aDouble);
    numbers.delete("updated");
  }

  @Test
  void aWrittenIntegerThatDoesNotFitTheTypeIsRefusedBeforeAnyRequest() {
    IllegalArgumentException tooBig = assertThrows(IllegalArgumentException.class,
        () -> AllTypes_.boxedShort.set(70_000));
    assertTrue(tooBig.getMessage().contains("Value 70000 for 'boxedShort' does not fit its Java type short"),
        tooBig.getMessage());
    assertThrows(IllegalArgumentException.class, () -> AllTypes_.anInt.plus(5_000_000_000L));
    assertThrows(IllegalArgumentException.class, () -> AllTypes_.aDouble.set(Long.MAX_VALUE - 1));
  }
}
