package io.dynagen.processor;

import java.util.List;

/** The e-commerce single table of docs/single-table.md, as test sources. */
final class ShopModel {
  static final TestSource SHOP_ITEM = TestSource.of("ShopItem",
      "@Table(name = \"shop\")",
      "@SingleTable(partitionKey = \"PK\", sortKey = \"SK\", typeAttribute = \"type\")",
      "@SharedIndex(name = \"GSI1\", partitionKey = \"GSI1PK\", sortKey = \"GSI1SK\")",
      "public sealed interface ShopItem permits Customer, Order, OrderLine {}");
  static final TestSource CUSTOMER = TestSource.of("Customer",
      "@Entity(partitionKey = \"CUSTOMER#{customerId}\", sortKey = \"PROFILE\")",
      "public record Customer(String customerId, String name, String email) implements ShopItem {}");
  static final TestSource ORDER = TestSource.of("Order",
      "@Entity(partitionKey = \"CUSTOMER#{customerId}\", sortKey = \"ORDER#{createdAt}#{orderId}\")",
      "@EntityIndex(index = \"GSI1\", partitionKey = \"ORDER#{orderId}\", sortKey = \"ORDER\")",
      "public record Order(String customerId, String orderId, java.time.Instant createdAt, String status,",
      "    java.math.BigDecimal total) implements ShopItem {}");
  static final TestSource ORDER_LINE = TestSource.of("OrderLine",
      "@Entity(partitionKey = \"CUSTOMER#{customerId}\", sortKey = \"LINE#{orderId}#{lineNo}\")",
      "@EntityIndex(index = \"GSI1\", partitionKey = \"ORDER#{orderId}\", sortKey = \"LINE#{lineNo}\")",
      "public record OrderLine(String customerId, String orderId, int lineNo, String sku, int quantity,",
      "    java.math.BigDecimal price) implements ShopItem {}");

  static final List<TestSource> ALL = List.of(SHOP_ITEM, CUSTOMER, ORDER, ORDER_LINE);

  private ShopModel() {}
}
