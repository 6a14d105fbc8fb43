package io.dynagen.bench.shop;

import io.dynagen.annotations.Entity;
import io.dynagen.annotations.EntityIndex;
import java.math.BigDecimal;
import java.time.Instant;

/** An order, sorted in its customer's partition by the time it was placed. */
@Entity(partitionKey = "CUSTOMER#{customerId}", sortKey = "ORDER#{createdAt}#{orderId}")
@EntityIndex(index = "GSI1", partitionKey = "ORDER#{orderId}", sortKey = "ORDER")
public record Order(String customerId, String orderId, Instant createdAt, OrderStatus status, BigDecimal total)
    implements ShopItem {}
