package io.dynagen.example.shop;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The walk-through's data: one customer and three orders of November 2026, with their lines. */
public final class ShopData {
  /** The customer everything belongs to. */
  public static final String CUSTOMER_ID = "c-42";

  private ShopData() {}

  public static Customer customer() {
    return new Customer(CUSTOMER_ID, "Jane Doe", "jane@example.com");
  }

  /** Three orders with their lines, oldest first. */
  public static List<PlacedOrder> orders() {
    return List.of(
        order("o-1001", "2026-11-02T09:30:00Z", OrderStatus.DELIVERED,
            line(1, "sku-mug", 2, "12.50"), line(2, "sku-tea", 1, "8.90")),
        order("o-1002", "2026-11-15T14:05:00Z", OrderStatus.SHIPPED,
            line(1, "sku-kettle", 1, "39.00"), line(2, "sku-tea", 2, "8.90"), line(3, "sku-filter", 4, "1.25")),
        order("o-1003", "2026-11-30T10:15:30Z", OrderStatus.PLACED,
            line(1, "sku-teapot", 1, "24.00")));
  }

  /** An order and its lines, written together in one transaction. */
  public record PlacedOrder(Order order, List<OrderLine> lines) {}

  private record Line(int lineNo, String sku, int quantity, BigDecimal price) {}

  private static Line line(int lineNo, String sku, int quantity, String price) {
    return new Line(lineNo, sku, quantity, new BigDecimal(price));
  }

  private static PlacedOrder order(String orderId, String createdAt, OrderStatus status, Line... lines) {
    List<OrderLine> orderLines = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    for (Line line : lines) {
      orderLines.add(new OrderLine(CUSTOMER_ID, orderId, line.lineNo(), line.sku(), line.quantity(), line.price()));
      total = total.add(line.price().multiply(BigDecimal.valueOf(line.quantity())));
    }
    return new PlacedOrder(
        new Order(CUSTOMER_ID, orderId, Instant.parse(createdAt), status, total), List.copyOf(orderLines));
  }
}
