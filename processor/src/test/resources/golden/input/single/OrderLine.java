package single;

import io.dynagen.annotations.Entity;
import io.dynagen.annotations.EntityIndex;

@Entity(partitionKey = "CUSTOMER#{customerId}", sortKey = "LINE#{orderId}#{lineNo}")
@EntityIndex(index = "GSI1", partitionKey = "ORDER#{orderId}", sortKey = "LINE#{lineNo}")
public record OrderLine(String customerId, String orderId, int lineNo, String sku, int quantity) implements ShopItem {}
