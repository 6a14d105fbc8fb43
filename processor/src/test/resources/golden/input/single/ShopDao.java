package single;

import io.dynagen.annotations.Dao;
import io.dynagen.runtime.table.read.Page;
import java.util.List;
import java.util.Optional;

/** A DAO of the sealed root: its item collections, and writes of any of its types. */
@Dao(ShopItem.class)
public interface ShopDao {
  List<ShopItem> findByCustomerId(String customerId);

  Page<ShopItem> findByCustomerId(String customerId, String cursor, int pageSize);

  long countByCustomerId(String customerId);

  Optional<ShopItem> findFirstByOrderId(String orderId);

  List<ShopItem> findByOrderId(String orderId);

  void save(ShopItem item);

  void delete(ShopItem item);
}
