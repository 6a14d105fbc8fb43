package io.dynagen.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dynagen.example.model.Order;
import io.dynagen.example.model.OrderTable;
import io.dynagen.example.model.Order_;
import io.dynagen.runtime.expr.SortKeyCondition;
import io.dynagen.runtime.table.read.Query;
import io.dynagen.runtime.testing.LocalDynamoDb;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/**
 * Queries of the table by its number sort key, of the global index {@code by-status} and the
 * local index {@code by-date} through their generated accessors, and scans, with every option.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedIndexesTest {
  private final OrderTable orders = Orders.createTable(LocalDynamoDb.client(), "indexes");

  GeneratedIndexesTest() {
    Orders.DEE.forEach(orders::put);
    Orders.ALL.forEach(orders::put);
  }

  @AfterAll
  void dropTable() {
    orders.deleteTable();
  }

  private static List<Long> numbers(Query<Order> query) {
    return query.stream().map(Order::number).toList();
  }

  @Test
  void queryTheTableByANumberSortKey() {
    assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L), numbers(orders.query("dee")));
    assertEquals(List.of(3L), numbers(orders.query("dee", SortKeyCondition.eq(3L))));
    assertEquals(List.of(1L, 2L), numbers(orders.query("dee", SortKeyCondition.lt(3L))));
    assertEquals(List.of(1L, 2L, 3L), numbers(orders.query("dee", SortKeyCondition.le(3L))));
    assertEquals(List.of(5L, 6L), numbers(orders.query("dee", SortKeyCondition.gt(4L))));
    assertEquals(List.of(4L, 5L, 6L), numbers(orders.query("dee", SortKeyCondition.ge(4L))));
    assertEquals(List.of(2L, 3L, 4L), numbers(orders.query("dee", SortKeyCondition.between(2L, 4L))));
    assertEquals(List.of(), numbers(orders.query("nobody")));
  }

  @Test
  void beginsWithOnANumberSortKeyKeepsTheServiceError() {
    // It compiles (SortKeyCondition is typed by the key, not by what DynamoDB allows on it).
    DynamoDbException e = assertThrows(DynamoDbException.class,
        () -> orders.query("dee", SortKeyCondition.beginsWith(1L)).toList());
    assertEquals(400, e.statusCode());
  }

  @Test
  void queryOptions() {
    assertEquals(List.of(6L, 5L, 4L, 3L, 2L, 1L), numbers(orders.query("dee").descending()));
    assertEquals(List.of(1L, 3L, 5L), numbers(orders.query("dee").filter(Order_.status.eq(Order.Status.OPEN))));
    assertEquals(List.of(5L), numbers(orders.query("dee", SortKeyCondition.gt(2L))
        .filter(Order_.status.eq(Order.Status.OPEN)).filter(Order_.date.lt(LocalDate.of(2024, 2, 15)))));
    assertEquals(List.of(1L, 2L), orders.query("dee").pageSize(2).stream().limit(2).map(Order::number).toList());
    Order projected = orders.query("dee", SortKeyCondition.eq(4L)).project(Order_.number, Order_.status)
        .consistentRead().toList().get(0);
    assertEquals(4L, projected.number());
    assertEquals("dee", projected.customer(), "a projection always brings the keys");
    assertEquals(Order.Status.DELIVERED, projected.status());
    assertNull(projected.name());
    assertNull(projected.date());
    assertEquals(6, orders.query("dee").count());
    assertEquals(3, orders.query("dee").filter(Order_.status.eq(Order.Status.OPEN)).count());
    assertEquals(2, orders.query("dee", SortKeyCondition.le(2L)).count());
  }

  @Test
  void theGlobalIndexThroughItsAccessor() {
    OrderTable.ByStatusIndex byStatus = orders.byStatusIndex();
    assertEquals("by-status", byStatus.name());
    // Ordered by date within a status, across customers.
    assertEquals(List.of("dee/5", "dee/3", "dee/1", "ann/1", "bob/1"), ids(byStatus.query(Order.Status.OPEN)));
    assertEquals(List.of("bob/1", "ann/1", "dee/1", "dee/3", "dee/5"),
        ids(byStatus.query(Order.Status.OPEN).descending()));
    LocalDate march = LocalDate.of(2024, 3, 1);
    assertEquals(List.of("dee/1"), ids(byStatus.query(Order.Status.OPEN, SortKeyCondition.eq(LocalDate.of(2024, 3, 10)))));
    assertEquals(List.of("dee/5", "dee/3"), ids(byStatus.query(Order.Status.OPEN, SortKeyCondition.lt(march))));
    assertEquals(List.of("dee/5", "dee/3"), ids(byStatus.query(Order.Status.OPEN, SortKeyCondition.le(LocalDate.of(2024, 2, 20)))));
    assertEquals(List.of("dee/1", "ann/1", "bob/1"), ids(byStatus.query(Order.Status.OPEN, SortKeyCondition.gt(march))));
    assertEquals(List.of("ann/1", "bob/1"), ids(byStatus.query(Order.Status.OPEN, SortKeyCondition.ge(LocalDate.of(2024, 5, 3)))));
    assertEquals(List.of("dee/3", "dee/1"), ids(byStatus.query(Order.Status.OPEN,
        SortKeyCondition.between(LocalDate.of(2024, 2, 2), LocalDate.of(2024, 3, 31)))));
    assertEquals(List.of("dee/2", "ann/2"), ids(byStatus.query(Order.Status.SHIPPED)
        .filter(Order_.number.le(2L))));
    assertEquals(List.of("ann/1"), ids(byStatus.query(Order.Status.OPEN).filter(Order_.giftWrap.isTrue())));
    assertEquals(5, byStatus.query(Order.Status.OPEN).count());
    assertEquals(0, byStatus.query(Order.Status.CANCELLED).count());
    assertEquals(10, byStatus.scan().count());
    Order projected = byStatus.query(Order.Status.DELIVERED).project(Order_.customer, Order_.total).toList().get(0);
    assertEquals("dee", projected.customer());
    assertEquals(new BigDecimal("40"), projected.total());
    // The table's keys and the index's keys come too.
    assertEquals(4L, projected.number());
    assertEquals(Order.Status.DELIVERED, projected.status());
    assertEquals(LocalDate.parse("2023-11-30"), projected.date());
    assertNull(projected.name());
  }

  @Test
  void aGlobalIndexRejectsConsistentReads() {
    DynamoDbException e = assertThrows(DynamoDbException.class,
        () -> orders.byStatusIndex().query(Order.Status.OPEN).consistentRead().toList());
    assertEquals(400, e.statusCode());
  }

  @Test
  void theLocalIndexThroughItsAccessorOrdersByDate() {
    OrderTable.ByDateIndex byDate = orders.byDateIndex();
    assertEquals("by-date", byDate.name());
    assertEquals(List.of(4L, 2L, 5L, 3L, 1L, 6L), numbers(byDate.query("dee").consistentRead()));
    assertEquals(List.of(4L, 2L), numbers(byDate.query("dee", SortKeyCondition.lt(LocalDate.of(2024, 2, 1)))));
    assertEquals(List.of(5L, 3L), numbers(byDate.query("dee",
        SortKeyCondition.between(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29)))));
    assertEquals(List.of(6L, 1L), numbers(byDate.query("dee", SortKeyCondition.ge(LocalDate.of(2024, 3, 1)))
        .descending()));
    assertEquals(List.of(5L, 3L), numbers(byDate.query("dee").filter(Order_.status.eq(Order.Status.OPEN))
        .filter(Order_.size.ge(3))));
    assertEquals(List.of(3L, 1L, 2L), numbers(orders.byDateIndex().query("ann")));
    assertEquals(10, byDate.scan().count());
  }

  @Test
  void scansWithEveryOption() {
    assertEquals(10, orders.scan().count());
    assertEquals(List.of("ann/1"), orders.scan().filter(Order_.shipTo.state.eq("CA")).stream().map(Orders::id).toList());
    assertEquals(4, orders.scan().filter(Order_.customer.ne("dee")).count());
    Order projected = orders.scan().filter(Order_.customer.eq("bob")).project(Order_.shippingNote, Order_.coupons)
        .toList().get(0);
    assertEquals("call first", projected.shippingNote());
    assertEquals(2, projected.coupons().size());
    assertEquals("bob", projected.customer(), "a projection always brings the keys");
    assertEquals(1L, projected.number());
    assertNull(projected.name());
    assertEquals(3, orders.scan().pageSize(3).stream().limit(3).count());
    assertEquals(10, orders.scan().consistentRead().toList().size());

    // Three segments of a parallel scan read every order once.
    List<String> all = new ArrayList<>();
    for (int segment = 0; segment < 3; segment++) {
      orders.scan().segment(segment, 3).forEach(order -> all.add(Orders.id(order)));
    }
    assertEquals(10, all.size());
    assertEquals(10, new HashSet<>(all).size());
    assertThrows(IllegalArgumentException.class, () -> orders.scan().segment(3, 3));
  }

  private static List<String> ids(Query<Order> query) {
    return query.stream().map(Orders::id).collect(Collectors.toList());
  }
}
