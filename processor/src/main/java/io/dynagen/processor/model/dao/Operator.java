package io.dynagen.processor.model.dao;

import java.util.List;

/** A comparison in a method name, after the property it applies to ({@code DateGreaterThan}). */
public enum Operator {
  EQ(1, "", "Equals", "Is"),
  /** Not equal: a filter only. */
  NE(1, "Not", "IsNot"),
  LT(1, "LessThan", "Before"),
  LE(1, "LessThanEqual"),
  GT(1, "GreaterThan", "After"),
  GE(1, "GreaterThanEqual"),
  BETWEEN(2, "Between"),
  BEGINS_WITH(1, "BeginsWith", "StartsWith"),
  /**
   * Any of several values: on the last key of a table's full key, read with BatchGetItem; on a
   * {@code @Filter} parameter, {@code IN (...)}.
   */
  IN(1, "In"),
  /** A substring of a string, an element of a set or list: a filter only. */
  CONTAINS(1, "Contains"),
  /** {@code attribute_exists} for a {@code true} argument, {@code attribute_not_exists} for {@code false}: a filter only. */
  EXISTS(1, "Exists");

  private final int arity;
  private final List<String> spellings;

  Operator(int arity, String... spellings) {
    this.arity = arity;
    this.spellings = List.of(spellings);
  }

  /** How many parameters it takes. */
  public int arity() {
    return arity;
  }

  /** How it is written in a method name; the first is the one docs and messages use. */
  public List<String> spellings() {
    return spellings;
  }

  /** Whether a Query's key condition can apply it ({@code =, <, <=, >, >=, BETWEEN, begins_with}). */
  public boolean isKeyCondition() {
    return this != NE && this != CONTAINS && this != EXISTS;
  }

  /** As messages name it: {@code GreaterThan}, or {@code equals} for the implied one. */
  public String displayName() {
    return this == EQ ? "Equals" : spellings.get(0);
  }
}
