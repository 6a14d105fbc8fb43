package single;

import io.dynagen.annotations.Dao;
import io.dynagen.annotations.Filter;
import io.dynagen.runtime.table.read.Page;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Every method shape of a DAO of an entity type of single-table design. */
@Dao(Order.class)
public interface ShopOrderDao {
  Optional<Order> get(String customerId, Instant createdAt, String orderId);

  boolean existsByCustomerIdAndCreatedAtAndOrderId(String customerId, Instant createdAt, String orderId);

  Order save(Order order);

  void delete(Order order);

  void deleteByCustomerIdAndCreatedAtAndOrderId(String customerId, Instant createdAt, String orderId);

  Optional<Order> removeByCustomerIdAndCreatedAtAndOrderId(String customerId, Instant createdAt, String orderId);

  List<Order> findByCustomerId(String customerId);

  Stream<Order> streamByCustomerIdOrderByCreatedAtDesc(String customerId);

  List<Order> findByCustomerIdAndCreatedAtBetween(String customerId, Instant from, Instant to);

  Iterable<Order> findByCustomerIdAndCreatedAtGreaterThan(String customerId, Instant after);

  Page<Order> findByCustomerId(String customerId, String cursor, int pageSize);

  Optional<Order> findFirstByCustomerIdOrderByCreatedAtDesc(String customerId);

  long countByCustomerId(String customerId);

  boolean existsByCustomerId(String customerId);

  List<Order> findByCustomerIdAndStatus(String customerId, @Filter String status);

  Optional<Order> findByOrderId(String orderId);
}
