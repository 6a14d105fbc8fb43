package io.dynagen.example.model;

import java.math.BigDecimal;

/** A type Dynagen does not know, stored through {@link MoneyConverter}. */
public record Money(BigDecimal amount, String currency) {}
