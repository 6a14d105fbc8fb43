package io.dynagen.example.single;

import io.dynagen.annotations.Dao;
import io.dynagen.runtime.table.read.Page;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The shop's sealed root: its item collections, and writes of any of its entity types. */
@Dao(ShopItem.class)
public interface ShopDao {
  /** The customer collection: the profile, the orders and their lines. */
  List<ShopItem> findByCustomerId(String customerId);

  Stream<ShopItem> streamByCustomerId(String customerId);

  Page<ShopItem> findByCustomerId(String customerId, String cursor, int pageSize);

  long countByCustomerId(String customerId);

  /** The order collection of GSI1: the order's lines, then the order. */
  List<ShopItem> findByOrderId(String orderId);

  Optional<ShopItem> findFirstByOrderId(String orderId);

  void save(ShopItem item);

  void delete(ShopItem item);
}
