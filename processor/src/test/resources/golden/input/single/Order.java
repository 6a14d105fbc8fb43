package single;

import io.dynagen.annotations.Entity;
import io.dynagen.annotations.EntityIndex;
import java.math.BigDecimal;
import java.time.Instant;

@Entity(partitionKey = "CUSTOMER#{customerId}", sortKey = "ORDER#{createdAt}#{orderId}")
@EntityIndex(index = "GSI1", partitionKey = "ORDER#{orderId}", sortKey = "ORDER")
public record Order(String customerId, String orderId, Instant createdAt, String status, BigDecimal total)
    implements ShopItem {}
