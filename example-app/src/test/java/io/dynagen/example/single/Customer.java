package io.dynagen.example.single;

import io.dynagen.annotations.Entity;

/** A customer's profile: the item with sort key PROFILE in the customer's partition. */
@Entity(partitionKey = "CUSTOMER#{customerId}", sortKey = "PROFILE")
public record Customer(String customerId, String name, String email) implements ShopItem {}
