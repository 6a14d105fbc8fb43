package io.dynagen.processor.model;

/**
 * What kind of class the annotation is on, as far as the rules about class shapes need to know.
 */
public record ClassFacts(
    Shape shape,
    boolean isAbstract,
    boolean isPrivate,
    boolean isInnerNonStatic,
    boolean isLocalOrAnonymous,
    boolean isGeneric,
    boolean isSealed,
    boolean isRecord) {

  public enum Shape {
    CLASS,
    RECORD,
    INTERFACE,
    ANNOTATION,
    ENUM
  }
}
