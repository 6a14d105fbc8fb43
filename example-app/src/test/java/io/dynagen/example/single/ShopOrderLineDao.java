package io.dynagen.example.single;

import io.dynagen.annotations.Dao;
import java.util.List;

/** The order lines of the shop's single table: by customer and order, or through GSI1 by order. */
@Dao(OrderLine.class)
public interface ShopOrderLineDao {
  void save(OrderLine line);

  void deleteByCustomerIdAndOrderIdAndLineNo(String customerId, String orderId, int lineNo);

  List<OrderLine> findByCustomerIdAndOrderId(String customerId, String orderId);

  List<OrderLine> findByOrderId(String orderId);

  List<OrderLine> findByOrderIdAndLineNoGreaterThanEqual(String orderId, int lineNo);
}
