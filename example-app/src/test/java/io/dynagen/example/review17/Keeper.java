package io.dynagen.example.review17;

import io.dynagen.annotations.Entity;

/** A keeper: the head of its partition. */
@Entity(partitionKey = "KEEPER#{keeperId}", sortKey = "PROFILE")
public record Keeper(String keeperId, String name) implements Animal {}
