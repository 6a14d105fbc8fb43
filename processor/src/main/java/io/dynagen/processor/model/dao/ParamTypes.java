package io.dynagen.processor.model.dao;

import java.util.List;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.PrimitiveType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/** The comparisons of parameter types the planner and the filter check share. */
final class ParamTypes {
  private final Types types;

  ParamTypes(Types types) {
    this.types = types;
  }

  TypeMirror boxed(TypeMirror type) {
    return type.getKind().isPrimitive() ? types.boxedClass((PrimitiveType) type).asType() : type;
  }

  /** Whether {@code actual} is {@code expected}, either boxed ({@code long} or {@code Long} alike). */
  boolean sameBoxed(TypeMirror actual, TypeMirror expected) {
    return types.isSameType(boxed(actual), boxed(expected));
  }

  /** Whether {@code type} is a {@code Collection}, {@code List} or {@code Set} of {@code element}. */
  boolean isCollectionOf(TypeMirror type, TypeMirror element) {
    if (!(type instanceof DeclaredType declared) || declared.getTypeArguments().size() != 1) {
      return false;
    }
    String name = ((TypeElement) declared.asElement()).getQualifiedName().toString();
    return List.of("java.util.Collection", "java.util.List", "java.util.Set").contains(name)
        && types.isSameType(declared.getTypeArguments().get(0), boxed(element));
  }

  static boolean isString(TypeMirror type) {
    return type instanceof DeclaredType declared
        && ((TypeElement) declared.asElement()).getQualifiedName().contentEquals("java.lang.String");
  }
}
