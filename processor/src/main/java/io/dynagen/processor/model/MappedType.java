package io.dynagen.processor.model;

import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/** How a Java type is stored: the result of mapping a property's type, read from javax.lang.model. */
public sealed interface MappedType {

  /** The Java type as declared. */
  TypeMirror type();

  /** The DynamoDB type the value is stored as. */
  StoredAs storedAs();

  /** A single value Dynagen encodes itself; {@code primitive} for {@code int}, not {@code Integer}. */
  record Scalar(TypeMirror type, ScalarKind kind, boolean primitive) implements MappedType {
    @Override
    public StoredAs storedAs() {
      return kind.storedAs();
    }
  }

  /** An enum, stored as S by constant name. */
  record EnumType(TypeMirror type, TypeElement element) implements MappedType {
    @Override
    public StoredAs storedAs() {
      return StoredAs.S;
    }
  }

  /** A {@code @Document} class, stored as M through its generated schema. */
  record DocumentRef(TypeMirror type, TypeElement element) implements MappedType {
    @Override
    public StoredAs storedAs() {
      return StoredAs.M;
    }
  }

  /**
   * A property with {@code @Convert}: stored as whatever its converter returns.
   *
   * @param facts what the checks need to know about the converter class
   */
  record Converted(TypeMirror type, DeclaredType converter, ConverterFacts facts) implements MappedType {
    @Override
    public StoredAs storedAs() {
      return StoredAs.CUSTOM;
    }
  }

  /** {@code Optional<T>}: stored as T when present, left out when empty. */
  record OptionalOf(TypeMirror type, MappedType element) implements MappedType {
    @Override
    public StoredAs storedAs() {
      return element.storedAs();
    }
  }

  /** {@code List<T>}, stored as L. */
  record ListOf(TypeMirror type, MappedType element) implements MappedType {
    @Override
    public StoredAs storedAs() {
      return StoredAs.L;
    }
  }

  /** {@code Set<T>} of a string, number or binary type, stored as SS, NS or BS. */
  record SetOf(TypeMirror type, MappedType element) implements MappedType {
    @Override
    public StoredAs storedAs() {
      switch (element.storedAs()) {
        case N:
          return StoredAs.NS;
        case B:
          return StoredAs.BS;
        default:
          return StoredAs.SS;
      }
    }
  }

  /** {@code Map<K, V>} with String or enum keys, stored as M. */
  record MapOf(TypeMirror type, MappedType key, MappedType value) implements MappedType {
    @Override
    public StoredAs storedAs() {
      return StoredAs.M;
    }
  }

  /**
   * A type Dynagen cannot store; {@code reason} says why, {@code hint} what to do.
   *
   * @param offending the innermost type at fault (the {@code Object} in {@code List<Object>})
   */
  record Unsupported(TypeMirror type, TypeMirror offending, UnsupportedReason reason) implements MappedType {
    @Override
    public StoredAs storedAs() {
      return StoredAs.CUSTOM;
    }
  }

  /** A type that does not exist yet (another processor may generate it in a later round). */
  record Unresolved(TypeMirror type) implements MappedType {
    @Override
    public StoredAs storedAs() {
      return StoredAs.CUSTOM;
    }
  }
}
