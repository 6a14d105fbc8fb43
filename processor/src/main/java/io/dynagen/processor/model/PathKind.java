package io.dynagen.processor.model;

/**
 * Which typed path the metamodel gives a property, and so which conditions it takes: the one
 * decision the metamodel writer and the DAO checks share, so that a DAO never names a path or a
 * condition the metamodel lacks.
 */
public enum PathKind {
  /** A nested {@code @Document}: {@code DocumentPath}, compared whole or through its attributes. */
  DOCUMENT,
  /** {@code BooleanPath}. */
  BOOLEAN,
  /** {@code ListPath}: {@code contains(element)}. */
  LIST,
  /** {@code MapPath}. */
  MAP,
  /** {@code SetPath}: {@code contains(element)}. */
  SET,
  /** {@code StringPath}: a string that sorts as its values; ranges, {@code beginsWith}, {@code contains}. */
  STRING,
  /** {@code TextPath}: stored as text that does not sort as its values; {@code beginsWith}, {@code contains}, no ranges. */
  TEXT,
  /** {@code BinaryPath}: ranges, {@code beginsWith}, {@code contains}. */
  BINARY,
  /** {@code NumberPath}: a {@code java.lang.Number}; ranges. */
  NUMBER,
  /** {@code ComparablePath}: stored as a number, not a {@code java.lang.Number} (Duration); ranges. */
  COMPARABLE,
  /** {@code ValuePath}: equality only (an enum stored by name, a converted type). */
  VALUE;

  /** The type conditions compare with: the element of an {@code Optional}, else the type itself. */
  public static MappedType compared(MappedType type) {
    return type instanceof MappedType.OptionalOf optional ? optional.element() : type;
  }

  /**
   * The path of a property of {@code declared}, or null where the metamodel has none (an Optional,
   * or an enum-keyed map, inside a collection).
   */
  public static PathKind of(MappedType declared) {
    MappedType type = compared(declared);
    if (type instanceof MappedType.DocumentRef) {
      return DOCUMENT;
    }
    if (isBoolean(type)) {
      return BOOLEAN;
    }
    if (type instanceof MappedType.ListOf list) {
      return hasElementPaths(list.element()) ? LIST : null;
    }
    if (type instanceof MappedType.MapOf map) {
      return hasElementPaths(map.value()) ? MAP : null;
    }
    if (type instanceof MappedType.SetOf) {
      return SET;
    }
    return isSingleValue(type) ? ofSingleValue(type) : null;
  }

  /** Whether the elements of a list (or values of a map) of {@code type} have paths of their own. */
  private static boolean hasElementPaths(MappedType type) {
    if (type instanceof MappedType.ListOf list) {
      return hasElementPaths(list.element());
    }
    if (type instanceof MappedType.MapOf map) {
      return !(map.key() instanceof MappedType.EnumType) && hasElementPaths(map.value());
    }
    return type instanceof MappedType.DocumentRef || type instanceof MappedType.SetOf || isSingleValue(type);
  }

  private static boolean isSingleValue(MappedType type) {
    return type instanceof MappedType.Scalar || type instanceof MappedType.EnumType
        || type instanceof MappedType.Converted;
  }

  /** The path of a scalar, an enum or a converted type. */
  public static PathKind ofSingleValue(MappedType type) {
    if (isBoolean(type)) {
      return BOOLEAN;
    }
    if (Ordering.unorderedReason(type) != null) {
      // Stored as text that does not sort as the values: no <, > or BETWEEN to get wrong.
      return TEXT;
    }
    if (!(type instanceof MappedType.Scalar scalar)) {
      return VALUE;
    }
    switch (scalar.kind().storedAs()) {
      case S:
        return STRING;
      case B:
        return BINARY;
      case N:
        // Durations and @Ttl Instants are stored as numbers but are not java.lang.Numbers.
        return scalar.kind() == ScalarKind.DURATION || scalar.kind() == ScalarKind.EPOCH_SECONDS ? COMPARABLE : NUMBER;
      default:
        return VALUE;
    }
  }

  /** Whether DynamoDB's {@code <}, {@code >} and {@code BETWEEN} compare it as Java does. */
  public boolean isOrdered() {
    return this == STRING || this == BINARY || this == NUMBER || this == COMPARABLE;
  }

  /** Whether it is stored as a string or binary value, which {@code begins_with} and {@code contains} take. */
  public boolean isTextOrBinary() {
    return this == STRING || this == TEXT || this == BINARY;
  }

  /** Whether it is one value (not a list, set, map or document). */
  public boolean isSingleValue() {
    return this != DOCUMENT && this != LIST && this != MAP && this != SET;
  }

  private static boolean isBoolean(MappedType type) {
    return type instanceof MappedType.Scalar scalar && scalar.kind() == ScalarKind.BOOLEAN;
  }
}
