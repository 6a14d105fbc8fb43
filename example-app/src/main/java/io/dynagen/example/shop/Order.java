package io.dynagen.example.shop;

import io.dynagen.annotations.Entity;
import io.dynagen.annotations.EntityIndex;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * An order, in its customer's partition sorted by the time it was placed (so a range of sort keys
 * is a range of dates), and at the head of its own partition of GSI1.
 */
@Entity(partitionKey = "CUSTOMER#{customerId}", sortKey = "ORDER#{createdAt}#{orderId}")
@EntityIndex(index = "GSI1", partitionKey = "ORDER#{orderId}", sortKey = "ORDER")
public record Order(String customerId, String orderId, Instant createdAt, OrderStatus status, BigDecimal total)
    implements ShopItem {}
