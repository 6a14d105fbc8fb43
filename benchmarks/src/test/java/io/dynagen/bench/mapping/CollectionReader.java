package io.dynagen.bench.mapping;

import io.dynagen.bench.shop.ShopItem;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One way of reading a Query's items of the shop's single table (a customer, its orders and their
 * lines, mixed) into the sealed root type. In a JMH fork only one implementation is loaded.
 */
public interface CollectionReader {

  /** The objects {@code items} hold, in their order. */
  List<ShopItem> read(List<Map<String, AttributeValue>> items);
}
