package io.dynagen.bench.model;

import io.dynagen.annotations.Document;

/** One line of an {@link Order}, stored as a map inside the order's list. */
@Document
public record OrderLine(String sku, String name, int quantity, long priceCents) {}
