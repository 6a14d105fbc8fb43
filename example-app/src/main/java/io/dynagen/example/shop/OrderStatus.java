package io.dynagen.example.shop;

/** Where an order stands; stored as its name. */
public enum OrderStatus {
  PLACED,
  PAID,
  SHIPPED,
  DELIVERED
}
