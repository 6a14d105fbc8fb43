package single;

import io.dynagen.annotations.SharedIndex;
import io.dynagen.annotations.Table;

@Table(name = "shop")
@SharedIndex(name = "GSI1", partitionKey = "GSI1PK", sortKey = "GSI1SK")
public sealed interface ShopItem permits Customer, Order, OrderLine {}
