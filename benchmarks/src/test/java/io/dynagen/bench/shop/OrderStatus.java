package io.dynagen.bench.shop;

/** Where an order stands; stored as its name. */
public enum OrderStatus {
  PLACED,
  PAID,
  SHIPPED,
  DELIVERED
}
