package io.dynagen.example.shop;

import io.dynagen.annotations.Dao;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The shop's orders by name: each method one Query, by the {@code @Entity} templates of {@link
 * Order} or its {@code @EntityIndex} on GSI1 (docs/daos.md, "Single-table design").
 */
@Dao(Order.class)
public interface ShopOrderDao {
  /** A customer's orders placed from {@code from} to {@code to}, both included: one key condition. */
  List<Order> findByCustomerIdAndCreatedAtBetween(String customerId, Instant from, Instant to);

  /** An order by its id alone: a Query of GSI1, whose partition ORDER#{orderId} holds it. */
  Optional<Order> findByOrderId(String orderId);
}
