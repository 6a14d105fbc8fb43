package io.dynagen.example.single;

import io.dynagen.annotations.Dao;
import io.dynagen.annotations.Filter;
import io.dynagen.runtime.table.read.Page;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The orders of the shop's single table, by their key templates and GSI1's (docs/daos.md). */
@Dao(Order.class)
public interface ShopOrderDao {
  Optional<Order> get(String customerId, Instant createdAt, String orderId);

  boolean existsByCustomerIdAndCreatedAtAndOrderId(String customerId, Instant createdAt, String orderId);

  Order save(Order order);

  void delete(Order order);

  Optional<Order> removeByCustomerIdAndCreatedAtAndOrderId(String customerId, Instant createdAt, String orderId);

  List<Order> findByCustomerId(String customerId);

  Stream<Order> streamByCustomerIdOrderByCreatedAtDesc(String customerId);

  List<Order> findByCustomerIdAndCreatedAtBetween(String customerId, Instant from, Instant to);

  Iterable<Order> findByCustomerIdAndCreatedAtLessThan(String customerId, Instant before);

  Page<Order> findByCustomerId(String customerId, String cursor, int pageSize);

  Optional<Order> findFirstByCustomerIdOrderByCreatedAtDesc(String customerId);

  long countByCustomerId(String customerId);

  boolean existsByCustomerId(String customerId);

  List<Order> findByCustomerIdAndStatus(String customerId, @Filter OrderStatus status);

  /** Through GSI1: the order whose partition there is ORDER#{orderId}. */
  Optional<Order> findByOrderId(String orderId);

  ShopItemTable table();

  default Order pay(Order order) {
    return table().orders().put(order.withStatus(OrderStatus.PAID));
  }
}
