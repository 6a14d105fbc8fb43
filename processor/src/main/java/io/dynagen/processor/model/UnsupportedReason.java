package io.dynagen.processor.model;

/** Why a type cannot be stored; the checks turn each into a message with its fix. */
public enum UnsupportedReason {
  /** A class that looks like a document (properties, a way to construct) but lacks {@code @Document}. */
  MISSING_DOCUMENT,
  /** A type Dynagen does not know: Object, an interface, a class of a library. */
  UNKNOWN_TYPE,
  /** A raw collection ({@code List}) or one with a wildcard ({@code List<?>}). */
  RAW_OR_WILDCARD,
  /** A map whose keys are not String or an enum. */
  MAP_KEY,
  /** A set whose elements are not stored as S, N or B. */
  SET_ELEMENT,
  /** A type variable: the class or property is generic. */
  TYPE_VARIABLE,
  /** An array other than {@code byte[]}. */
  ARRAY
}
