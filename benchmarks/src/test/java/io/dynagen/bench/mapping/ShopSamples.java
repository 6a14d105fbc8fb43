package io.dynagen.bench.mapping;

import io.dynagen.bench.shop.Customer;
import io.dynagen.bench.shop.Order;
import io.dynagen.bench.shop.OrderLine;
import io.dynagen.bench.shop.OrderStatus;
import io.dynagen.bench.shop.ShopItem;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One customer's whole partition of the shop table, as one Query returns it: 79 order lines
 * ({@code LINE#...}, by order and line number), then 20 orders ({@code ORDER#...}, oldest first),
 * then the profile ({@code PROFILE}): 100 items in sort-key order.
 */
public final class ShopSamples {
  public static final int ORDERS = 20;
  public static final int LINES = 79;
  private static final String CUSTOMER = "cust-0042";

  private ShopSamples() {}

  /** The 100 objects of the collection, in sort-key order. */
  public static List<ShopItem> collection() {
    List<ShopItem> objects = new ArrayList<>(1 + ORDERS + LINES);
    List<Order> orders = new ArrayList<>(ORDERS);
    for (int o = 0; o < ORDERS; o++) {
      String orderId = String.format("ord-%04d", o + 1);
      BigDecimal total = BigDecimal.ZERO;
      for (int n = 1; n <= lineCount(o); n++) {
        BigDecimal price = BigDecimal.valueOf(199L + 37L * (o * 7 + n), 2);
        int quantity = 1 + (o + n) % 4;
        objects.add(new OrderLine(CUSTOMER, orderId, n, String.format("sku-%06d", 104_729 * (o * 7 + n) % 1_000_000),
            quantity, price));
        total = total.add(price.multiply(BigDecimal.valueOf(quantity)));
      }
      Instant createdAt = Instant.ofEpochSecond(1_790_000_000L + 86_400L * 3 * o + 1_237L * o, 1_000_000 * o);
      orders.add(new Order(CUSTOMER, orderId, createdAt, OrderStatus.values()[o % OrderStatus.values().length], total));
    }
    objects.addAll(orders);
    objects.add(new Customer(CUSTOMER, "Jane Doering", "jane.doering@example.com"));
    return objects;
  }

  /** 2 to 6 lines per order, 79 in all (the last order has one fewer). */
  private static int lineCount(int order) {
    return 2 + order % 5 - (order == ORDERS - 1 ? 1 : 0);
  }
}
