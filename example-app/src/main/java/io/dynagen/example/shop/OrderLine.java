package io.dynagen.example.shop;

import io.dynagen.annotations.Entity;
import io.dynagen.annotations.EntityIndex;
import java.math.BigDecimal;

/** One line of an order: in the customer's partition, and after its order in GSI1. */
@Entity(partitionKey = "CUSTOMER#{customerId}", sortKey = "LINE#{orderId}#{lineNo}")
@EntityIndex(index = "GSI1", partitionKey = "ORDER#{orderId}", sortKey = "LINE#{lineNo}")
public record OrderLine(String customerId, String orderId, int lineNo, String sku, int quantity, BigDecimal price)
    implements ShopItem {}
