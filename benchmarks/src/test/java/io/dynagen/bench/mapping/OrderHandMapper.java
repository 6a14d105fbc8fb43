package io.dynagen.bench.mapping;

import io.dynagen.bench.model.Order;
import io.dynagen.bench.model.OrderLine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The order item (100 nested lines) mapped by hand in the style of {@link UserHandMapper}: each
 * nested map checked with {@code hasM()} before it is read, as the SDK's javadoc suggests.
 */
public final class OrderHandMapper implements ItemMapper<Order> {

  @Override
  public Map<String, AttributeValue> toItem(Order order) {
    Map<String, AttributeValue> item = new HashMap<>();
    if (order.id() != null) {
      item.put("id", AttributeValue.fromS(order.id()));
    }
    if (order.customer() != null) {
      item.put("customer", AttributeValue.fromS(order.customer()));
    }
    if (order.lines() != null) {
      List<AttributeValue> lines = new ArrayList<>(order.lines().size());
      for (OrderLine line : order.lines()) {
        Map<String, AttributeValue> map = new HashMap<>();
        if (line.sku() != null) {
          map.put("sku", AttributeValue.fromS(line.sku()));
        }
        if (line.name() != null) {
          map.put("name", AttributeValue.fromS(line.name()));
        }
        map.put("quantity", AttributeValue.fromN(Integer.toString(line.quantity())));
        map.put("priceCents", AttributeValue.fromN(Long.toString(line.priceCents())));
        lines.add(AttributeValue.fromM(map));
      }
      item.put("lines", AttributeValue.fromL(lines));
    }
    return item;
  }

  @Override
  public Order fromItem(Map<String, AttributeValue> item) {
    AttributeValue value = item.get("lines");
    List<OrderLine> lines = null;
    if (value != null && value.hasL()) {
      lines = new ArrayList<>(value.l().size());
      for (AttributeValue element : value.l()) {
        if (!element.hasM()) {
          throw new IllegalArgumentException("not a map: " + element);
        }
        Map<String, AttributeValue> map = element.m();
        AttributeValue quantity = map.get("quantity");
        AttributeValue price = map.get("priceCents");
        lines.add(new OrderLine(HandMapping.string(map, "sku"), HandMapping.string(map, "name"),
            quantity == null ? 0 : Integer.parseInt(quantity.n()), price == null ? 0 : Long.parseLong(price.n())));
      }
    }
    return new Order(HandMapping.string(item, "id"), HandMapping.string(item, "customer"), lines);
  }
}
