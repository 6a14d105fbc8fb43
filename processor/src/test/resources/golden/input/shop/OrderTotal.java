package shop;

import java.math.BigDecimal;

/** A projection of {@link Order}: its key and total. */
public record OrderTotal(String customerId, long orderNumber, BigDecimal total) {}
