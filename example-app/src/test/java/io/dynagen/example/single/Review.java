package io.dynagen.example.single;

import io.dynagen.annotations.Entity;
import java.time.Instant;

/** A review of a product, by time. */
@Entity(partitionKey = "PRODUCT#{productId}", sortKey = "REVIEW#{at}#{author}")
public record Review(String productId, Instant at, String author, int stars) implements Catalog {}
