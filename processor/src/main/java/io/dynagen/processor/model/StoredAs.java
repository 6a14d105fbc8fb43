package io.dynagen.processor.model;

/** The DynamoDB attribute type a property is stored as. */
public enum StoredAs {
  S, N, B, BOOL, L, M, SS, NS, BS,
  /** Whatever a user converter returns: not known at compile time. */
  CUSTOM;

  /** True for the types a key (table or index) may have. */
  public boolean isKeyScalar() {
    return this == S || this == N || this == B;
  }
}
