package io.dynagen.bench.shop;

import java.math.BigDecimal;

/** One line of an order, sorted in its customer's partition by order and line number. */
public record OrderLine(String customerId, String orderId, int lineNo, String sku, int quantity, BigDecimal price)
    implements ShopItem {}
