package io.dynagen.example.model;

import io.dynagen.annotations.Attribute;
import io.dynagen.annotations.IndexPartitionKey;
import io.dynagen.annotations.IndexSortKey;
import io.dynagen.annotations.LocalIndexSortKey;
import io.dynagen.annotations.PartitionKey;
import io.dynagen.annotations.SortKey;
import io.dynagen.annotations.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A customer's order, numbered per customer: what {@link User} does not show. A number sort key;
 * a global index {@code by-status} (status, date) and a local index {@code by-date} (customer,
 * date); attribute names that are DynamoDB reserved words ({@code name}, {@code status}, {@code
 * size}, {@code date}) or hold a dot or a {@code #}; a list, a set, a map and a list of documents.
 */
@Table(name = "orders")
public record Order(
    @PartitionKey String customer,
    @SortKey long number,
    String name,
    @IndexPartitionKey("by-status") Status status,
    @IndexSortKey("by-status") @LocalIndexSortKey("by-date") LocalDate date,
    int size,
    BigDecimal total,
    @Attribute("shipping.note") String shippingNote,
    @Attribute("gift#wrap") Boolean giftWrap,
    List<String> tags,
    Set<String> coupons,
    Map<String, Integer> quantities,
    List<OrderLine> lines,
    Address shipTo) {

  /** Where an order is. */
  public enum Status { OPEN, SHIPPED, DELIVERED, CANCELLED }
}
