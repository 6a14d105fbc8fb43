package io.dynagen.bench.shop;

import io.dynagen.annotations.Entity;

/** A customer's profile, the item with sort key {@code PROFILE}. */
@Entity(partitionKey = "CUSTOMER#{customerId}", sortKey = "PROFILE")
public record Customer(String customerId, String name, String email) implements ShopItem {}
