package io.dynagen.bench.mapping;

import io.dynagen.bench.shop.Customer;
import io.dynagen.bench.shop.Order;
import io.dynagen.bench.shop.OrderLine;
import io.dynagen.bench.shop.OrderStatus;
import io.dynagen.bench.shop.ShopItem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A mixed item collection read by hand with care for speed, in the style of {@link
 * CarefulUserMapper}: a {@code switch} on the stored type attribute, then each property read from
 * its own attribute with {@code s()}/{@code n()} and parsed directly (timestamps by {@link
 * CarefulTime}), a list sized to the page. The key attributes (PK, SK, GSI1PK, GSI1SK) are not
 * read: every property is also stored as its own attribute. No checks of stored types; an
 * unknown type is refused, never read as another.
 */
public final class CarefulShopReader implements CollectionReader {

  @Override
  public List<ShopItem> read(List<Map<String, AttributeValue>> items) {
    int size = items.size();
    List<ShopItem> objects = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      objects.add(item(items.get(i)));
    }
    return objects;
  }

  static ShopItem item(Map<String, AttributeValue> item) {
    String type = item.get(ShopItems.TYPE).s();
    switch (type) {
      case "OrderLine":
        return new OrderLine(Careful.string(item, "customerId"), Careful.string(item, "orderId"),
            integer(item, "lineNo"), Careful.string(item, "sku"), integer(item, "quantity"),
            decimal(item, "price"));
      case "Order":
        String status = Careful.string(item, "status");
        String createdAt = Careful.string(item, "createdAt");
        return new Order(Careful.string(item, "customerId"), Careful.string(item, "orderId"),
            createdAt == null ? null : CarefulTime.instant(createdAt),
            status == null ? null : OrderStatus.valueOf(status), decimal(item, "total"));
      case "Customer":
        return new Customer(Careful.string(item, "customerId"), Careful.string(item, "name"),
            Careful.string(item, "email"));
      default:
        throw new IllegalStateException("Unknown item type '" + type + "' in " + item);
    }
  }

  private static int integer(Map<String, AttributeValue> item, String name) {
    AttributeValue value = item.get(name);
    return value == null ? 0 : Integer.parseInt(value.n());
  }

  private static BigDecimal decimal(Map<String, AttributeValue> item, String name) {
    AttributeValue value = item.get(name);
    return value == null ? null : new BigDecimal(value.n());
  }
}
