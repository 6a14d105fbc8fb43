package io.dynagen.example.review17;

import io.dynagen.annotations.Entity;
import java.util.List;

/** A penguin in its keeper's partition. */
@Entity(partitionKey = "KEEPER#{keeperId}", sortKey = "PENGUIN#{name}")
public record Penguin(String keeperId, String name, Colour colour, List<String> fish) implements Animal {}
