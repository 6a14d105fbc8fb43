package io.dynagen.bench.shop;

import java.math.BigDecimal;
import java.time.Instant;

/** An order, sorted in its customer's partition by the time it was placed. */
public record Order(String customerId, String orderId, Instant createdAt, OrderStatus status, BigDecimal total)
    implements ShopItem {}
