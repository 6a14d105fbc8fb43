package io.dynagen.test;

import io.dynagen.annotations.Entity;
import io.dynagen.annotations.EntityIndex;
import io.dynagen.annotations.SharedIndex;
import io.dynagen.annotations.Table;
import io.dynagen.annotations.Ttl;

/** A small single table for the extension's tests: shelves and the books on them, with a shared index and a {@code @Ttl}. */
@Table(name = "shelves")
@SharedIndex(name = "GSI1", partitionKey = "GSI1PK", sortKey = "GSI1SK")
public sealed interface Shelf permits Shelf.Label, Shelf.Volume {

  /** A shelf's label, which DynamoDB may delete after its {@code @Ttl} (none: it stays). */
  @Entity(partitionKey = "SHELF#{shelfId}", sortKey = "LABEL")
  record Label(String shelfId, String text, @Ttl Long removeAfter) implements Shelf {}

  /** A book on a shelf, found by its isbn through GSI1. */
  @Entity(partitionKey = "SHELF#{shelfId}", sortKey = "BOOK#{position}")
  @EntityIndex(index = "GSI1", partitionKey = "ISBN#{isbn}", sortKey = "SHELF")
  record Volume(String shelfId, int position, String isbn) implements Shelf {}
}
