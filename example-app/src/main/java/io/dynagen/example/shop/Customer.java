package io.dynagen.example.shop;

import io.dynagen.annotations.Entity;

/** A customer's profile: the item {@code PROFILE} of the customer's partition. */
@Entity(partitionKey = "CUSTOMER#{customerId}", sortKey = "PROFILE")
public record Customer(String customerId, String name, String email) implements ShopItem {}
