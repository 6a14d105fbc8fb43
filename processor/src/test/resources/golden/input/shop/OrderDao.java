package shop;

import io.dynagen.annotations.Dao;
import io.dynagen.annotations.Filter;
import io.dynagen.runtime.table.read.Page;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Every method shape on a table with a number sort key, a global and a local index. */
@Dao(Order.class)
public interface OrderDao {
  OrderTable table();

  Optional<Order> get(String customerId, long orderNumber);

  Optional<OrderTotal> findTotalByCustomerIdAndOrderNumber(String customerId, long orderNumber);

  List<Order> findByCustomerIdAndOrderNumberIn(String customerId, Collection<Long> orderNumbers);

  void save(Order order);

  Order put(Order order);

  void delete(Order order);

  Optional<Order> deleteByCustomerIdAndOrderNumber(String customerId, long orderNumber);

  boolean existsByCustomerIdAndOrderNumber(String customerId, long orderNumber);

  boolean existsByStatus(Order.Status status);

  long countByCustomerId(String customerId);

  List<Order> findByCustomerId(String customerId);

  Stream<Order> findByCustomerIdAndOrderNumberGreaterThanOrderByOrderNumberDesc(String customerId, long after);

  Iterable<Order> findByCustomerIdAndOrderNumberBetween(String customerId, long from, long to);

  Page<OrderTotal> findTotalsByStatus(Order.Status status, String cursor, int pageSize);

  Optional<OrderTotal> findFirstTotalByStatusAndTotalLessThanEqual(Order.Status status, BigDecimal total);

  List<OrderTotal> findTotalsByCustomerIdAndTotalGreaterThanEqual(String customerId, BigDecimal total);

  Page<OrderTotal> findTotalsByCustomerIdAndStatus(String customerId, @Filter Order.Status status, String cursor, int pageSize);

  Stream<Order> scanByStatus(Order.Status status);

  List<Order> findByCustomerIdAndCouponsContainsAndNoteExists(String customerId, @Filter String coupon,
      @Filter boolean noted);

  Stream<Order> scanByStatusInAndTotalBetween(Collection<Order.Status> statuses, BigDecimal low, BigDecimal high);

  /** A JavaBean projection: created, then its setters called. */
  final class Noted {
    private String customerId;
    private Optional<String> note;

    public String getCustomerId() {
      return customerId;
    }

    public void setCustomerId(String customerId) {
      this.customerId = customerId;
    }

    public Optional<String> getNote() {
      return note;
    }

    public void setNote(Optional<String> note) {
      this.note = note;
    }
  }

  List<Noted> findNotedByCustomerIdAndTotalGreaterThan(String customerId, @Filter BigDecimal total);

  default long countOpen(String customerId) {
    return table().query(customerId).filter(Order_.status.eq(Order.Status.OPEN)).count();
  }
}
