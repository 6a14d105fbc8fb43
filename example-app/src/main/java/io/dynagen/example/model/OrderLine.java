package io.dynagen.example.model;

import io.dynagen.annotations.Document;
import java.math.BigDecimal;

/** One line of an {@link Order}, stored inside it as a map in a list. */
@Document
public record OrderLine(String sku, int quantity, BigDecimal price) {}
