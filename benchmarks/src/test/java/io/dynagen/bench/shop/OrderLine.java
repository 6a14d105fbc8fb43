package io.dynagen.bench.shop;

import io.dynagen.annotations.Entity;
import io.dynagen.annotations.EntityIndex;
import java.math.BigDecimal;

/** One line of an order, sorted in its customer's partition by order and line number. */
@Entity(partitionKey = "CUSTOMER#{customerId}", sortKey = "LINE#{orderId}#{lineNo}")
@EntityIndex(index = "GSI1", partitionKey = "ORDER#{orderId}", sortKey = "LINE#{lineNo}")
public record OrderLine(String customerId, String orderId, int lineNo, String sku, int quantity, BigDecimal price)
    implements ShopItem {}
