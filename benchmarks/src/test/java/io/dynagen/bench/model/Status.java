package io.dynagen.bench.model;

/** A product's state in the catalogue; stored as its name, an S value. */
public enum Status {
  DRAFT,
  ACTIVE,
  DISCONTINUED
}
