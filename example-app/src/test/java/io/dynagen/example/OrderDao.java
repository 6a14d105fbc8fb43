package io.dynagen.example;

import io.dynagen.annotations.Dao;
import io.dynagen.annotations.Filter;
import io.dynagen.annotations.UseIndex;
import io.dynagen.example.model.Order;
import io.dynagen.example.model.OrderTable;
import io.dynagen.example.model.Order_;
import io.dynagen.runtime.expr.Update;
import io.dynagen.runtime.table.read.Page;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every DAO method shape over the orders table: keys (customer, number), global index
 * {@code by-status} (status, date), local index {@code by-date} (customer, date).
 */
@Dao(Order.class)
interface OrderDao {
  /** An order's key and total: a projection. */
  record OrderSummary(String customer, long number, java.math.BigDecimal total) {}

  OrderTable table();

  Optional<Order> get(String customer, long number);

  Optional<OrderSummary> findSummaryByCustomerAndNumber(String customer, long number);

  List<Order> findByCustomerAndNumberIn(String customer, Collection<Long> numbers);

  List<OrderSummary> findSummariesByCustomerAndNumberIn(String customer, Collection<Long> numbers);

  void save(Order order);

  Order put(Order order);

  void delete(Order order);

  void deleteByCustomerAndNumber(String customer, long number);

  Optional<Order> removeByCustomerAndNumber(String customer, long number);

  boolean existsByCustomerAndNumber(String customer, long number);

  boolean existsByStatus(Order.Status status);

  long countByCustomer(String customer);

  long countByStatusAndDateLessThan(Order.Status status, LocalDate date);

  List<Order> findByCustomer(String customer);

  List<Order> findByCustomerOrderByNumberDesc(String customer);

  List<Order> findByCustomerAndNumber(String customer, long number);

  List<Order> findByCustomerAndNumberLessThan(String customer, long number);

  List<Order> findByCustomerAndNumberLessThanEqual(String customer, long number);

  List<Order> findByCustomerAndNumberGreaterThan(String customer, long number);

  List<Order> findByCustomerAndNumberGreaterThanEqual(String customer, long number);

  List<Order> findByCustomerAndNumberBetween(String customer, long from, long to);

  Stream<Order> streamByCustomerAndNumberGreaterThanOrderByNumberDesc(String customer, long number);

  Iterable<Order> findByCustomerAndDateBetween(String customer, LocalDate from, LocalDate to);

  Page<Order> findByStatus(Order.Status status, String cursor, int pageSize);

  Optional<Order> findFirstByStatusAndDateGreaterThanEqual(Order.Status status, LocalDate date);

  Optional<Order> findFirstByCustomerOrderByNumberDesc(String customer);

  List<OrderSummary> findSummariesByCustomer(String customer);

  Stream<OrderSummary> streamSummariesByCustomerOrderByNumberDesc(String customer);

  Iterable<OrderSummary> findSummariesByCustomerAndNumberGreaterThan(String customer, long number);

  Optional<OrderSummary> findFirstSummaryByStatus(Order.Status status);

  Page<OrderSummary> findSummariesByStatus(Order.Status status, String cursor, int pageSize);

  List<Order> findByCustomerAndStatus(String customer, @Filter Order.Status status);

  Optional<Order> findFirstByCustomerAndStatus(String customer, @Filter Order.Status status);

  boolean existsByCustomerAndStatus(String customer, @Filter Order.Status status);

  Stream<Order> scanByStatus(Order.Status status);

  List<Order> scanAll();

  Page<Order> scanPage(String cursor, int pageSize);

  @UseIndex("by-status")
  List<Order> scanStatuses();

  /** What no name can say: a condition on a non-key attribute in an update, through the table. */
  default Order rename(String customer, long number, String name) {
    return table().update(customer, number, Update.of(Order_.name.set(name)));
  }
}
