package io.dynagen.example.single;

import io.dynagen.annotations.Entity;
import io.dynagen.annotations.EntityIndex;
import java.math.BigDecimal;
import java.time.Instant;

/** An order, in its customer's partition by time, and heading its lines in GSI1. */
@Entity(partitionKey = "CUSTOMER#{customerId}", sortKey = "ORDER#{createdAt}#{orderId}")
@EntityIndex(index = "GSI1", partitionKey = "ORDER#{orderId}", sortKey = "ORDER")
public record Order(String customerId, String orderId, Instant createdAt, OrderStatus status, BigDecimal total)
    implements ShopItem {

  public Order withStatus(OrderStatus newStatus) {
    return new Order(customerId, orderId, createdAt, newStatus, total);
  }
}
