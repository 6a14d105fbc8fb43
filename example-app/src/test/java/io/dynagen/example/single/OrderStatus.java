package io.dynagen.example.single;

/** Where an order stands. */
public enum OrderStatus {
  PLACED,
  PAID,
  SHIPPED
}
