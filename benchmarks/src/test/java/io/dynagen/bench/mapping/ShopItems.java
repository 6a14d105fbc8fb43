package io.dynagen.bench.mapping;

import io.dynagen.bench.shop.Customer;
import io.dynagen.bench.shop.Order;
import io.dynagen.bench.shop.OrderLine;
import io.dynagen.bench.shop.ShopItem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The shop's objects as items of the single table, written by hand with care ({@code createS},
 * sized maps): the key attributes assembled from the key templates, the type attribute, and every
 * property as its own attribute, as the single-table design stores them.
 */
public final class ShopItems {
  static final String TYPE = "type";

  private ShopItems() {}

  /** The items of {@code objects}, in their order. */
  public static List<Map<String, AttributeValue>> of(List<ShopItem> objects) {
    List<Map<String, AttributeValue>> items = new ArrayList<>(objects.size());
    for (ShopItem object : objects) {
      items.add(item(object));
    }
    return items;
  }

  static Map<String, AttributeValue> item(ShopItem object) {
    if (object instanceof Customer customer) {
      Map<String, AttributeValue> item = keyed(8, "CUSTOMER#" + customer.customerId(), "PROFILE", "Customer");
      item.put("customerId", AttributeValue.createS(customer.customerId()));
      item.put("name", AttributeValue.createS(customer.name()));
      item.put("email", AttributeValue.createS(customer.email()));
      return item;
    }
    if (object instanceof Order order) {
      String createdAt = CarefulTime.instantText(order.createdAt());
      Map<String, AttributeValue> item = keyed(16, "CUSTOMER#" + order.customerId(),
          "ORDER#" + createdAt + "#" + order.orderId(), "Order");
      item.put("GSI1PK", AttributeValue.createS("ORDER#" + order.orderId()));
      item.put("GSI1SK", AttributeValue.createS("ORDER"));
      item.put("customerId", AttributeValue.createS(order.customerId()));
      item.put("orderId", AttributeValue.createS(order.orderId()));
      item.put("createdAt", AttributeValue.createS(createdAt));
      item.put("status", AttributeValue.createS(order.status().name()));
      item.put("total", AttributeValue.createN(order.total().toString()));
      return item;
    }
    OrderLine line = (OrderLine) object;
    String lineNo = lineNumber(line.lineNo());
    Map<String, AttributeValue> item = keyed(16, "CUSTOMER#" + line.customerId(),
        "LINE#" + line.orderId() + "#" + lineNo, "OrderLine");
    item.put("GSI1PK", AttributeValue.createS("ORDER#" + line.orderId()));
    item.put("GSI1SK", AttributeValue.createS("LINE#" + lineNo));
    item.put("customerId", AttributeValue.createS(line.customerId()));
    item.put("orderId", AttributeValue.createS(line.orderId()));
    item.put("lineNo", AttributeValue.createN(Integer.toString(line.lineNo())));
    item.put("sku", AttributeValue.createS(line.sku()));
    item.put("quantity", AttributeValue.createN(Integer.toString(line.quantity())));
    item.put("price", AttributeValue.createN(line.price().toString()));
    return item;
  }

  private static Map<String, AttributeValue> keyed(int capacity, String partition, String sort, String type) {
    Map<String, AttributeValue> item = new HashMap<>(capacity);
    item.put("PK", AttributeValue.createS(partition));
    item.put("SK", AttributeValue.createS(sort));
    item.put(TYPE, AttributeValue.createS(type));
    return item;
  }

  /** A non-negative int at a fixed width of ten digits, so that text order is number order. */
  private static String lineNumber(int lineNo) {
    String digits = Integer.toString(lineNo);
    return "0000000000".substring(digits.length()) + digits;
  }
}
