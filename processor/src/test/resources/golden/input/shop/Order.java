package shop;

import io.dynagen.annotations.IndexPartitionKey;
import io.dynagen.annotations.IndexSortKey;
import io.dynagen.annotations.LocalIndexSortKey;
import io.dynagen.annotations.Projection;
import io.dynagen.annotations.PartitionKey;
import io.dynagen.annotations.SortKey;
import io.dynagen.annotations.Table;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@Table(name = "orders")
public record Order(
    @PartitionKey String customerId,
    @SortKey long orderNumber,
    @IndexPartitionKey(value = "by-status", projection = Projection.INCLUDE, include = "coupons") Status status,
    @IndexSortKey("by-status") @LocalIndexSortKey(value = "by-total", projection = Projection.KEYS_ONLY) BigDecimal total,
    Set<String> coupons,
    Map<String, Integer> quantities,
    Optional<String> note) {

  public enum Status { OPEN, SHIPPED }
}
