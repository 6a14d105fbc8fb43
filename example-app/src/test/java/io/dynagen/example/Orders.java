package io.dynagen.example;

import io.dynagen.example.model.Address;
import io.dynagen.example.model.Order;
import io.dynagen.example.model.OrderLine;
import io.dynagen.example.model.OrderTable;
import io.dynagen.runtime.testing.LocalDynamoDb;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Orders for the end-to-end tests of the generated {@link OrderTable}, and their tables. */
final class Orders {
  static final Address LOS_ANGELES = new Address("1 Jefferson Street", "Los Angeles", "CA", 90001);
  static final Address SEATTLE = new Address("2 Washington Avenue", "Seattle", "WA", 98109);

  /** Ann's first order: every attribute set. */
  static final Order ANN_1 = new Order("ann", 1, "Birthday", Order.Status.OPEN, LocalDate.of(2024, 5, 3), 2,
      new BigDecimal("42.5"), "leave at the door", true, List.of("gift", "fragile"), Set.of("SPRING10"),
      Map.of("apples", 3, "pears", 1),
      List.of(new OrderLine("A-1", 3, new BigDecimal("10")), new OrderLine("B-2", 1, new BigDecimal("12.5"))),
      LOS_ANGELES);
  /** Ann's second order: shipped, no note, no coupons. */
  static final Order ANN_2 = new Order("ann", 2, "Books", Order.Status.SHIPPED, LocalDate.of(2024, 6, 1), 1,
      new BigDecimal("19.99"), null, false, List.of("books"), null, Map.of("books", 2),
      List.of(new OrderLine("C-3", 2, new BigDecimal("9.995"))), SEATTLE);
  /** Ann's third order: delivered, almost nothing set. */
  static final Order ANN_3 = new Order("ann", 3, "Socks", Order.Status.DELIVERED, LocalDate.of(2023, 12, 24), 1,
      new BigDecimal("5"), null, null, null, null, null, null, null);
  /** Bob's only order: open, in Seattle. */
  static final Order BOB_1 = new Order("bob", 1, "Bicycle", Order.Status.OPEN, LocalDate.of(2024, 5, 20), 3,
      new BigDecimal("350"), "call first", false, List.of("big"), Set.of("SPRING10", "VIP"),
      Map.of("bicycles", 1), List.of(new OrderLine("D-4", 1, new BigDecimal("350"))), SEATTLE);

  static final List<Order> ALL = List.of(ANN_1, ANN_2, ANN_3, BOB_1);

  /** Dee's orders 1 to 6: dates out of number order, statuses mixed, sizes 1 to 6, totals 10 to 60. */
  static final List<Order> DEE = List.of(
      dee(1, Order.Status.OPEN, "2024-03-10"),
      dee(2, Order.Status.SHIPPED, "2024-01-05"),
      dee(3, Order.Status.OPEN, "2024-02-20"),
      dee(4, Order.Status.DELIVERED, "2023-11-30"),
      dee(5, Order.Status.OPEN, "2024-02-01"),
      dee(6, Order.Status.SHIPPED, "2024-04-15"));

  private Orders() {}

  /** A new, empty, uniquely named orders table (with its two indexes), through {@code client}. */
  static OrderTable createTable(DynamoDbClient client, String prefix) {
    OrderTable orders = OrderTable.create(client, LocalDynamoDb.uniqueTableName(prefix));
    orders.createTable();
    return orders;
  }

  private static Order dee(long number, Order.Status status, String date) {
    return new Order("dee", number, "order " + number, status, LocalDate.parse(date), (int) number,
        new BigDecimal(number * 10), null, null, null, null, null, null, null);
  }

  /** {@code customer/number}, to compare which orders came back. */
  static String id(Order order) {
    return order.customer() + "/" + order.number();
  }

  /** The order with its number changed, as a copy. */
  static Order withNumber(Order order, long number) {
    return new Order(order.customer(), number, order.name(), order.status(), order.date(), order.size(),
        order.total(), order.shippingNote(), order.giftWrap(), order.tags(), order.coupons(), order.quantities(),
        order.lines(), order.shipTo());
  }

  /** The order with its status changed, as a copy. */
  static Order withStatus(Order order, Order.Status status) {
    return new Order(order.customer(), order.number(), order.name(), status, order.date(), order.size(),
        order.total(), order.shippingNote(), order.giftWrap(), order.tags(), order.coupons(), order.quantities(),
        order.lines(), order.shipTo());
  }
}
