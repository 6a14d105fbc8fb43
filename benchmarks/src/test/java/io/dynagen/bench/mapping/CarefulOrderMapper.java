package io.dynagen.bench.mapping;

import io.dynagen.bench.model.Order;
import io.dynagen.bench.model.OrderLine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The order item mapped by hand with care for speed, in the style of {@link CarefulUserMapper}:
 * nested lists and maps read with {@code l()} and {@code m()} directly (no {@code hasM()}, an
 * {@code instanceof} that fails for every real map), indexed loops, sized maps.
 */
public final class CarefulOrderMapper implements ItemMapper<Order> {

  @Override
  public Map<String, AttributeValue> toItem(Order order) {
    Map<String, AttributeValue> item = new HashMap<>(4);
    if (order.id() != null) {
      item.put("id", AttributeValue.createS(order.id()));
    }
    if (order.customer() != null) {
      item.put("customer", AttributeValue.createS(order.customer()));
    }
    List<OrderLine> orderLines = order.lines();
    if (orderLines != null) {
      List<AttributeValue> lines = new ArrayList<>(orderLines.size());
      for (OrderLine line : orderLines) {
        Map<String, AttributeValue> map = new HashMap<>(8);
        if (line.sku() != null) {
          map.put("sku", AttributeValue.createS(line.sku()));
        }
        if (line.name() != null) {
          map.put("name", AttributeValue.createS(line.name()));
        }
        map.put("quantity", AttributeValue.createN(Integer.toString(line.quantity())));
        map.put("priceCents", AttributeValue.createN(Long.toString(line.priceCents())));
        lines.add(AttributeValue.createM(map));
      }
      item.put("lines", AttributeValue.createL(lines));
    }
    return item;
  }

  @Override
  public Order fromItem(Map<String, AttributeValue> item) {
    AttributeValue value = item.get("lines");
    List<OrderLine> lines = null;
    if (value != null) {
      List<AttributeValue> elements = value.l();
      int size = elements.size();
      lines = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        Map<String, AttributeValue> map = elements.get(i).m();
        AttributeValue quantity = map.get("quantity");
        AttributeValue price = map.get("priceCents");
        lines.add(new OrderLine(Careful.string(map, "sku"), Careful.string(map, "name"),
            quantity == null ? 0 : Integer.parseInt(quantity.n()), price == null ? 0 : Long.parseLong(price.n())));
      }
    }
    return new Order(Careful.string(item, "id"), Careful.string(item, "customer"), lines);
  }
}
