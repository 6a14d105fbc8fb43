package io.dynagen.processor.model;

/** How generated code reads a property: {@code object.getName()}, {@code object.name()} or {@code object.name}. */
public record ReadAccess(Kind kind, String name) {
  public enum Kind {
    METHOD,
    FIELD
  }
}
