package io.dynagen.bench.shop;

/** A customer's profile, the item with sort key {@code PROFILE}. */
public record Customer(String customerId, String name, String email) implements ShopItem {}
