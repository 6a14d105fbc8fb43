package io.dynagen.example;

import static io.dynagen.example.Orders.ANN_1;
import static io.dynagen.example.Orders.ANN_2;
import static io.dynagen.example.Orders.ANN_3;
import static io.dynagen.example.Orders.SEATTLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.example.model.Order;
import io.dynagen.example.model.OrderLine;
import io.dynagen.example.model.OrderTable;
import io.dynagen.example.model.Order_;
import io.dynagen.runtime.expr.Update;
import io.dynagen.runtime.table.ConditionFailedException;
import io.dynagen.runtime.table.TableNotFoundException;
import io.dynagen.runtime.table.read.GetOptions;
import io.dynagen.runtime.testing.LocalDynamoDb;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Get, put, update and delete with each of their options, through the generated {@link
 * OrderTable} and {@link Order_}, read back from DynamoDB Local.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedTableOperationsTest {
  private final OrderTable orders = Orders.createTable(LocalDynamoDb.client(), "operations");

  @BeforeEach
  void startEmpty() {
    for (Order order : orders.scan().project(Order_.customer, Order_.number)) {
      orders.delete(order.customer(), order.number());
    }
  }

  @AfterAll
  void dropTable() {
    orders.deleteTable();
  }

  @Test
  void putThenGetReadsTheSameOrder() {
    orders.put(ANN_1);
    assertEquals(Optional.of(ANN_1), orders.get("ann", 1));
    assertEquals(Optional.empty(), orders.get("ann", 99));
    assertEquals(Optional.empty(), orders.get("nobody", 1));
  }

  @Test
  void getWithConsistentReadAndAProjectionOfReservedDottedAndNestedNames() {
    orders.put(ANN_1);
    GetOptions options = GetOptions.defaults().consistentRead()
        .project(Order_.name, Order_.status, Order_.size, Order_.shippingNote, Order_.giftWrap,
            Order_.shipTo.city, Order_.lines.get(1).sku, Order_.quantities.get("pears"));
    Order projected = orders.get("ann", 1, options).orElseThrow();
    assertEquals("Birthday", projected.name());
    assertEquals(Order.Status.OPEN, projected.status());
    assertEquals(2, projected.size());
    assertEquals("leave at the door", projected.shippingNote());
    assertEquals(Boolean.TRUE, projected.giftWrap());
    assertEquals("Los Angeles", projected.shipTo().city());
    assertNull(projected.shipTo().state());
    // A projected list element comes back as the list's only element.
    assertEquals(List.of(new OrderLine("B-2", 0, null)), projected.lines());
    assertEquals(Map.of("pears", 1), projected.quantities());
    assertEquals("ann", projected.customer(), "a projection always brings the keys");
    assertEquals(1L, projected.number());
    assertNull(projected.date());
    assertNull(projected.tags());
  }

  @Test
  void putReturningOldGivesTheReplacedOrder() {
    assertEquals(Optional.empty(), orders.putReturningOld(ANN_1));
    Order renamed = Orders.withStatus(ANN_1, Order.Status.CANCELLED);
    assertEquals(Optional.of(ANN_1), orders.putReturningOld(renamed));
    assertEquals(Optional.of(renamed), orders.get("ann", 1));
  }

  @Test
  void conditionalPutWritesOnlyWhenTheConditionHolds() {
    orders.put(ANN_1);
    Order shipped = Orders.withStatus(ANN_1, Order.Status.SHIPPED);
    orders.put(shipped, Order_.status.eq(Order.Status.OPEN));
    assertEquals(Optional.of(shipped), orders.get("ann", 1));

    Order cancelled = Orders.withStatus(ANN_1, Order.Status.CANCELLED);
    ConditionFailedException failed = assertThrows(ConditionFailedException.class,
        () -> orders.put(cancelled, Order_.status.eq(Order.Status.OPEN)));
    assertEquals(Optional.of(shipped), failed.item(Order.class), "the order as it stood");
    assertEquals(orders.tableName(), failed.tableName());
    assertEquals(orders.key("ann", 1), failed.key());
    assertInstanceOf(ConditionalCheckFailedException.class, failed.getCause());
    assertTrue(failed.getMessage().contains(orders.tableName()), failed.getMessage());
    assertEquals(Optional.of(shipped), orders.get("ann", 1), "nothing was written");
  }

  @Test
  void conditionalPutReturningOld() {
    orders.put(ANN_1);
    Order shipped = Orders.withStatus(ANN_1, Order.Status.SHIPPED);
    assertEquals(Optional.of(ANN_1), orders.putReturningOld(shipped, Order_.total.lt(new BigDecimal("50"))));
    ConditionFailedException failed = assertThrows(ConditionFailedException.class,
        () -> orders.putReturningOld(ANN_1, Order_.status.eq(Order.Status.OPEN)));
    assertEquals(Optional.of(shipped), failed.item(Order.class));
    assertEquals(Optional.of(shipped), orders.get("ann", 1));
  }

  @Test
  void aConditionOnAMissingItemFailsWithoutAnItem() {
    ConditionFailedException failed = assertThrows(ConditionFailedException.class,
        () -> orders.put(ANN_1, Order_.customer.exists()));
    assertEquals(Optional.empty(), failed.item(Order.class));
    assertFalse(failed.storedItem().isPresent());
    assertEquals(Optional.empty(), orders.get("ann", 1));
  }

  @Test
  void putIfAbsentKeepsTheOrderThatIsThere() {
    assertEquals(Optional.empty(), orders.putIfAbsent(ANN_2));
    assertEquals(Optional.of(ANN_2), orders.putIfAbsent(Orders.withStatus(ANN_2, Order.Status.CANCELLED)));
    assertEquals(Optional.of(ANN_2), orders.get("ann", 2));
  }

  @Test
  void updateAppliesEveryTypedActionAndGivesTheOrderAfter() {
    orders.put(ANN_1);
    Order updated = orders.update("ann", 1, Update.of(Order_.status.set(Order.Status.SHIPPED))
        .and(Order_.shippingNote.setIfAbsent("ignored: there is a note"))
        .and(Order_.giftWrap.set(false))
        .and(Order_.size.add(1))
        .and(Order_.total.plus(new BigDecimal("0.5")))
        .and(Order_.tags.append("express"))
        .and(Order_.coupons.addElements("VIP", "AUTUMN"))
        .and(Order_.quantities.get("apples").plus(2))
        .and(Order_.quantities.get("plums").set(6))
        .and(Order_.lines.get(1).quantity.minus(1))
        .and(Order_.shipTo.state.set("NV"))
        .and(Order_.name.remove()));
    assertEquals(Order.Status.SHIPPED, updated.status());
    assertEquals("leave at the door", updated.shippingNote());
    assertEquals(Boolean.FALSE, updated.giftWrap());
    assertEquals(3, updated.size());
    // DynamoDB keeps the sum's value, not a text: 43, maybe written 43.0.
    assertEquals(0, new BigDecimal("43").compareTo(updated.total()), updated.total().toString());
    assertEquals(List.of("gift", "fragile", "express"), updated.tags());
    assertEquals(Set.of("SPRING10", "VIP", "AUTUMN"), updated.coupons());
    assertEquals(Map.of("apples", 5, "pears", 1, "plums", 6), updated.quantities());
    assertEquals(List.of(ANN_1.lines().get(0), new OrderLine("B-2", 0, new BigDecimal("12.5"))), updated.lines());
    assertEquals("NV", updated.shipTo().state());
    assertNull(updated.name());
    assertEquals(Optional.of(updated), orders.get("ann", 1), "the returned order is the stored one");

    Order again = orders.update("ann", 1,
        Order_.tags.prepend("first"),
        Order_.coupons.removeElements("SPRING10", "AUTUMN"),
        Order_.lines.append(new OrderLine("E-5", 4, new BigDecimal("1.25"))),
        Order_.quantities.get("plums").remove());
    assertEquals(List.of("first", "gift", "fragile", "express"), again.tags());
    assertEquals(Set.of("VIP"), again.coupons());
    assertEquals(new OrderLine("E-5", 4, new BigDecimal("1.25")), again.lines().get(2));
    assertEquals(Map.of("apples", 5, "pears", 1), again.quantities());

    Order third = orders.update("ann", 1, Order_.tags.get(1).remove(), Order_.lines.get(0).sku.set("A-9"));
    assertEquals(List.of("first", "fragile", "express"), third.tags());
    assertEquals("A-9", third.lines().get(0).sku());
  }

  @Test
  void setIfAbsentAndAddStartFromNothing() {
    orders.put(ANN_3); // no note, no tags, no coupons, no quantities
    Order updated = orders.update("ann", 3,
        Order_.shippingNote.setIfAbsent("new note"),
        Order_.tags.append("late"),
        Order_.coupons.addElements("SORRY"),
        Order_.quantities.set(Map.of("socks", 2)),
        Order_.shipTo.set(SEATTLE));
    assertEquals("new note", updated.shippingNote());
    assertEquals(List.of("late"), updated.tags());
    assertEquals(Set.of("SORRY"), updated.coupons());
    assertEquals(Map.of("socks", 2), updated.quantities());
    assertEquals(SEATTLE, updated.shipTo());
  }

  @Test
  void anUpdateSettingAnEmptySetRemovesItAsAPutOfOneLeavesItOut() {
    orders.put(ANN_1);
    Order updated = orders.update("ann", 1, Order_.coupons.set(Set.of()));
    assertNull(updated.coupons());
    assertFalse(stored("ann", 1).containsKey("coupons"), "the attribute is removed, not stored empty");

    orders.put(new Order("ann", 11, "Empty", Order.Status.OPEN, null, 1, BigDecimal.ONE, null, null, null,
        Set.of(), null, null, null));
    assertFalse(stored("ann", 11).containsKey("coupons"), "a put of an empty set leaves it out too");
    assertNull(orders.get("ann", 11L).orElseThrow().coupons());
  }

  /** The item as DynamoDB holds it. */
  private Map<String, AttributeValue> stored(String customer, long number) {
    return orders.typed().client().getItem(b -> b.tableName(orders.tableName())
        .key(Map.of("customer", AttributeValue.fromS(customer), "number", AttributeValue.fromN(Long.toString(number)))))
        .item();
  }

  @Test
  void updateOfAMissingOrderCreatesIt() {
    Order created = orders.update("carol", 7, Order_.size.add(1), Order_.status.set(Order.Status.OPEN));
    assertEquals("carol", created.customer());
    assertEquals(7, created.number());
    assertEquals(1, created.size());
    assertEquals(Optional.of(created), orders.get("carol", 7));
  }

  @Test
  void conditionalUpdateFailureCarriesTheOrderAndChangesNothing() {
    orders.put(ANN_2);
    Order delivered = orders.update("ann", 2, Update.of(Order_.status.set(Order.Status.DELIVERED)),
        Order_.status.eq(Order.Status.SHIPPED));
    assertEquals(Order.Status.DELIVERED, delivered.status());

    ConditionFailedException failed = assertThrows(ConditionFailedException.class,
        () -> orders.update("ann", 2, Update.of(Order_.status.set(Order.Status.CANCELLED)),
            Order_.status.eq(Order.Status.SHIPPED)));
    assertEquals(Optional.of(delivered), failed.item(Order.class));
    assertEquals(Optional.of(delivered), orders.get("ann", 2));
  }

  @Test
  void deleteWithItsOptions() {
    orders.put(ANN_1);
    orders.delete("ann", 1);
    assertEquals(Optional.empty(), orders.get("ann", 1));
    orders.delete("ann", 1); // a missing order is no error

    orders.put(ANN_1);
    assertEquals(Optional.of(ANN_1), orders.deleteReturningOld("ann", 1));
    assertEquals(Optional.empty(), orders.deleteReturningOld("ann", 1));

    orders.put(ANN_1);
    ConditionFailedException failed = assertThrows(ConditionFailedException.class,
        () -> orders.delete("ann", 1, Order_.status.eq(Order.Status.DELIVERED)));
    assertEquals(Optional.of(ANN_1), failed.item(Order.class));
    assertEquals(Optional.of(ANN_1), orders.get("ann", 1), "nothing was deleted");
    orders.delete("ann", 1, Order_.status.eq(Order.Status.OPEN));
    assertEquals(Optional.empty(), orders.get("ann", 1));

    orders.put(ANN_1);
    ConditionFailedException failedReturningOld = assertThrows(ConditionFailedException.class,
        () -> orders.deleteReturningOld("ann", 1, Order_.coupons.contains("NOPE")));
    assertEquals(Optional.of(ANN_1), failedReturningOld.item(Order.class));
    assertEquals(Optional.of(ANN_1), orders.deleteReturningOld("ann", 1, Order_.coupons.contains("SPRING10")));
    assertEquals(Optional.empty(), orders.get("ann", 1));
  }

  @Test
  void theAccessorsOfOneTableShareIt() {
    OrderTable other = OrderTable.create(LocalDynamoDb.client(), orders.tableName());
    other.put(ANN_2);
    assertEquals(Optional.of(ANN_2), orders.get("ann", 2));
    assertEquals(orders.key("ann", 2), other.key("ann", 2));
    assertEquals("orders", OrderTable.create(LocalDynamoDb.client()).tableName());
  }

  @Test
  void everyOperationOnAMissingTableNamesIt() {
    OrderTable missing = OrderTable.create(LocalDynamoDb.client(), "no-such-orders");
    List<Executable> operations = List.of(
        () -> missing.get("ann", 1),
        () -> missing.put(ANN_1),
        () -> missing.put(ANN_1, Order_.size.gt(0)),
        () -> missing.putIfAbsent(ANN_1),
        () -> missing.update("ann", 1, Order_.size.add(1)),
        () -> missing.delete("ann", 1),
        () -> missing.query("ann").toList(),
        () -> missing.byStatusIndex().query(Order.Status.OPEN).toList(),
        () -> missing.scan().count(),
        missing::describe);
    for (Executable operation : operations) {
      TableNotFoundException e = assertThrows(TableNotFoundException.class, operation);
      assertEquals("no-such-orders", e.tableName());
      assertTrue(e.getMessage().contains("'no-such-orders'"), e.getMessage());
    }
    assertFalse(missing.exists());
  }
}
