package io.dynagen.example;

import static io.dynagen.example.Orders.ANN_1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dynagen.example.model.Order;
import io.dynagen.example.model.OrderTable;
import io.dynagen.example.model.Order_;
import io.dynagen.runtime.expr.Condition;
import io.dynagen.runtime.expr.DynamoType;
import io.dynagen.runtime.table.ConditionFailedException;
import io.dynagen.runtime.testing.LocalDynamoDb;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every condition operator of the generated {@link Order_}, evaluated by DynamoDB Local: as a
 * scan filter, exactly the expected orders match; as the condition of a write, it holds or fails
 * on the stored order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedConditionsTest {
  private final OrderTable orders = Orders.createTable(LocalDynamoDb.client(), "conditions");

  GeneratedConditionsTest() {
    Orders.ALL.forEach(orders::put);
  }

  @AfterAll
  void dropTable() {
    orders.deleteTable();
  }

  /** The orders the filter lets through, as {@code customer/number}, sorted. */
  private Set<String> matching(Condition filter) {
    return orders.scan().filter(filter).stream().map(Orders::id).collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> ids(String... ids) {
    return new TreeSet<>(List.of(ids));
  }

  @Test
  void comparisons() {
    assertEquals(ids("ann/1", "bob/1"), matching(Order_.status.eq(Order.Status.OPEN)));
    assertEquals(ids("ann/2", "ann/3"), matching(Order_.status.ne(Order.Status.OPEN)));
    assertEquals(ids("ann/2", "ann/3"), matching(Order_.total.lt(new BigDecimal("42.5"))));
    assertEquals(ids("ann/1", "ann/2", "ann/3"), matching(Order_.total.le(new BigDecimal("42.5"))));
    assertEquals(ids("bob/1"), matching(Order_.total.gt(new BigDecimal("42.5"))));
    assertEquals(ids("ann/1", "bob/1"), matching(Order_.total.ge(new BigDecimal("42.5"))));
    assertEquals(ids("ann/2", "ann/3"), matching(Order_.total.between(new BigDecimal("5"), new BigDecimal("19.99"))));
    assertEquals(ids("ann/1", "bob/1"), matching(Order_.date.between(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 31))));
    assertEquals(ids("ann/2", "ann/3"), matching(Order_.name.gt("Bo")));
    assertEquals(ids("ann/2", "ann/3"), matching(Order_.number.ge(2L)));
  }

  @Test
  void in() {
    assertEquals(ids("ann/2", "ann/3"), matching(Order_.status.in(Order.Status.SHIPPED, Order.Status.DELIVERED)));
    assertEquals(ids("ann/1", "ann/3", "bob/1"), matching(Order_.size.in(List.of(1, 2, 3)).and(Order_.number.ne(2L))));
    assertEquals(ids(), matching(Order_.status.in(Order.Status.CANCELLED)));
  }

  @Test
  void beginsWithAndContains() {
    assertEquals(ids("ann/2", "ann/3"), matching(Order_.name.beginsWith("Bo").or(Order_.name.beginsWith("So"))));
    assertEquals(ids("ann/1", "bob/1"), matching(Order_.date.beginsWith("2024-05")));
    assertEquals(ids("bob/1"), matching(Order_.name.contains("cycl")));
    assertEquals(ids("ann/1"), matching(Order_.tags.contains("fragile")));
    assertEquals(ids("ann/1", "bob/1"), matching(Order_.coupons.contains("SPRING10")));
    assertEquals(ids("bob/1"), matching(Order_.coupons.contains("VIP")));
    assertEquals(ids("ann/1"), matching(Order_.shippingNote.contains("door")));
  }

  @Test
  void existsNotExistsAndAttributeType() {
    assertEquals(ids("ann/1", "bob/1"), matching(Order_.shippingNote.exists()));
    assertEquals(ids("ann/2", "ann/3"), matching(Order_.shippingNote.notExists()));
    assertEquals(ids("ann/3"), matching(Order_.lines.notExists()));
    assertEquals(ids("ann/1", "ann/2", "bob/1"), matching(Order_.giftWrap.hasType(DynamoType.BOOL)));
    assertEquals(ids("ann/1", "bob/1"), matching(Order_.coupons.hasType(DynamoType.SS)));
    assertEquals(ids("ann/1", "ann/2", "bob/1"), matching(Order_.quantities.hasType(DynamoType.M)));
    assertEquals(ids("ann/1", "ann/2", "bob/1"), matching(Order_.lines.hasType(DynamoType.L)));
    assertEquals(ids("ann/1", "ann/2", "ann/3", "bob/1"), matching(Order_.total.hasType(DynamoType.N)));
    assertEquals(ids(), matching(Order_.total.hasType(DynamoType.S)));
    assertEquals(ids("ann/1"), matching(Order_.lines.get(1).exists()));
    assertEquals(ids("ann/1"), matching(Order_.quantities.get("pears").exists()));
  }

  @Test
  void sizes() {
    assertEquals(ids("ann/1"), matching(Order_.tags.size().eq(2)));
    assertEquals(ids("ann/2", "bob/1"), matching(Order_.tags.size().lt(2)));
    assertEquals(ids("bob/1"), matching(Order_.coupons.size().gt(1)));
    assertEquals(ids("ann/1"), matching(Order_.quantities.size().ge(2)));
    assertEquals(ids("ann/2", "bob/1"), matching(Order_.lines.size().le(1)));
    assertEquals(ids("ann/1", "bob/1"), matching(Order_.name.size().between(6, 8)));
    assertEquals(ids("ann/1", "bob/1"), matching(Order_.name.size().ne(5)));
    assertEquals(ids("ann/1"), matching(Order_.shipTo.city.size().gt(7)));
    assertEquals(ids("ann/1", "ann/2", "bob/1"), matching(Order_.shipTo.size().eq(4)));
  }

  @Test
  void reservedWordsDottedNamesNestedPathsElementsAndEntries() {
    assertEquals(ids("ann/1"), matching(Order_.size.eq(2)));
    assertEquals(ids("ann/2", "ann/3"), matching(Order_.date.le(LocalDate.of(2024, 6, 1)).and(Order_.number.gt(1L))));
    assertEquals(ids("bob/1"), matching(Order_.shippingNote.eq("call first")));
    assertEquals(ids("ann/1"), matching(Order_.giftWrap.isTrue()));
    assertEquals(ids("ann/2", "bob/1"), matching(Order_.giftWrap.isFalse()));
    assertEquals(ids("ann/1"), matching(Order_.shipTo.state.eq("CA")));
    assertEquals(ids("ann/2", "bob/1"), matching(Order_.shipTo.zipcode.gt(90001)));
    assertEquals(ids("ann/1"), matching(Order_.tags.get(0).eq("gift")));
    assertEquals(ids("ann/2", "bob/1"), matching(Order_.tags.get(0).lt("c")));
    assertEquals(ids("ann/1"), matching(Order_.quantities.get("apples").ge(3)));
    assertEquals(ids("ann/1", "bob/1"), matching(Order_.lines.get(0).quantity.in(1, 3).and(Order_.lines.get(0).sku.ne("C-3"))));
    assertEquals(ids("ann/1"), matching(Order_.lines.get(1).price.eq(new BigDecimal("12.5"))));
  }

  @Test
  void andOrNot() {
    assertEquals(ids("ann/1"), matching(Order_.status.eq(Order.Status.OPEN).and(Order_.customer.eq("ann"))));
    assertEquals(ids("ann/1", "ann/2", "bob/1"),
        matching(Order_.status.eq(Order.Status.OPEN).or(Order_.status.eq(Order.Status.SHIPPED))));
    assertEquals(ids("ann/3"), matching(Order_.customer.eq("ann").and(Order_.giftWrap.exists()).negate()
        .and(Order_.customer.eq("ann"))));
    assertEquals(ids("ann/2", "bob/1"), matching(Condition.anyOf(
        Condition.allOf(Order_.customer.eq("ann"), Order_.number.eq(2L)),
        Condition.not(Order_.customer.eq("ann")))));
  }

  @Test
  void aConditionOnAWriteHoldsOrFailsOnTheStoredOrder() {
    // The same operators, as conditions of a write on ann/1: it goes through or raises, unchanged.
    List<Condition> holding = List.of(Order_.status.eq(Order.Status.OPEN), Order_.total.between(new BigDecimal("40"),
        new BigDecimal("50")), Order_.tags.contains("gift"), Order_.shipTo.state.eq("CA"),
        Order_.quantities.get("apples").eq(3), Order_.lines.get(0).sku.beginsWith("A"), Order_.coupons.size().eq(1));
    for (Condition condition : holding) {
      orders.put(ANN_1, condition);
    }
    List<Condition> failing = List.of(Order_.status.ne(Order.Status.OPEN), Order_.total.gt(new BigDecimal("50")),
        Order_.tags.contains("books"), Order_.shipTo.state.eq("WA"), Order_.quantities.get("apples").lt(3),
        Order_.lines.get(0).sku.beginsWith("B"), Order_.coupons.size().gt(1), Order_.shippingNote.notExists());
    Order changed = Orders.withStatus(ANN_1, Order.Status.CANCELLED);
    for (Condition condition : failing) {
      ConditionFailedException failed = assertThrows(ConditionFailedException.class,
          () -> orders.put(changed, condition), condition::toString);
      assertEquals(Optional.of(ANN_1), failed.item(Order.class));
    }
    assertEquals(Optional.of(ANN_1), orders.get("ann", 1));
  }
}
