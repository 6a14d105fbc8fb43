package single;

import io.dynagen.annotations.Entity;

@Entity(partitionKey = "CUSTOMER#{customerId}", sortKey = "PROFILE")
public record Customer(String customerId, String name) implements ShopItem {}
