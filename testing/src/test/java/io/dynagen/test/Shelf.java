package io.dynagen.test;

import io.dynagen.annotations.Entity;
import io.dynagen.annotations.EntityIndex;
import io.dynagen.annotations.SharedIndex;
import io.dynagen.annotations.Table;

/** A small single table for the extension's tests: shelves and the books on them, with a shared index. */
@Table(name = "shelves")
@SharedIndex(name = "GSI1", partitionKey = "GSI1PK", sortKey = "GSI1SK")
public sealed interface Shelf permits Shelf.Label, Shelf.Volume {

  /** A shelf's label. */
  @Entity(partitionKey = "SHELF#{shelfId}", sortKey = "LABEL")
  record Label(String shelfId, String text) implements Shelf {}

  /** A book on a shelf, found by its isbn through GSI1. */
  @Entity(partitionKey = "SHELF#{shelfId}", sortKey = "BOOK#{position}")
  @EntityIndex(index = "GSI1", partitionKey = "ISBN#{isbn}", sortKey = "SHELF")
  record Volume(String shelfId, int position, String isbn) implements Shelf {}
}
