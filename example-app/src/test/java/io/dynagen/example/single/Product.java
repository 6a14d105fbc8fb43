package io.dynagen.example.single;

import io.dynagen.annotations.Entity;

/** A product's details. */
@Entity(partitionKey = "PRODUCT#{productId}", sortKey = "DETAILS")
public record Product(String productId, String name) implements Catalog {}
