package io.dynagen.processor.model;

/**
 * How generated code sets a property: a constructor argument, a setter call, or a field
 * assignment.
 *
 * @param name the setter or field name; unused for a constructor argument
 */
public record WriteAccess(Kind kind, String name) {
  public enum Kind {
    CONSTRUCTOR,
    SETTER,
    FIELD
  }
}
