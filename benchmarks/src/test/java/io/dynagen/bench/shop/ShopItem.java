package io.dynagen.bench.shop;

/**
 * The shop's single table: a customer, its orders and their lines share one partition
 * ({@code CUSTOMER#id}), so one Query reads a whole customer as a mixed item collection.
 */
public sealed interface ShopItem permits Customer, Order, OrderLine {}
