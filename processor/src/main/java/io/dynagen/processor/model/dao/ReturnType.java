package io.dynagen.processor.model.dao;

import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * A DAO method's return type, taken apart: the container ({@code List}, {@code Optional}, ...)
 * and what it contains.
 *
 * @param element the contained type ({@code User} of {@code List<User>}), or the type itself
 */
record ReturnType(Container container, TypeMirror element) {

  enum Container { VOID, BOOLEAN, LONG, OPTIONAL, LIST, STREAM, ITERABLE, PAGE, PLAIN }

  static ReturnType of(TypeMirror type) {
    if (type.getKind() == TypeKind.VOID) {
      return new ReturnType(Container.VOID, type);
    }
    if (type.getKind() == TypeKind.BOOLEAN) {
      return new ReturnType(Container.BOOLEAN, type);
    }
    if (type.getKind() == TypeKind.LONG) {
      return new ReturnType(Container.LONG, type);
    }
    if (type instanceof DeclaredType declared && declared.getTypeArguments().size() == 1) {
      String name = ((TypeElement) declared.asElement()).getQualifiedName().toString();
      TypeMirror argument = declared.getTypeArguments().get(0);
      Container container = switch (name) {
        case "java.util.Optional" -> Container.OPTIONAL;
        case "java.util.List" -> Container.LIST;
        case "java.util.stream.Stream" -> Container.STREAM;
        case "java.lang.Iterable" -> Container.ITERABLE;
        case "io.dynagen.runtime.table.read.Page" -> Container.PAGE;
        default -> null;
      };
      if (container != null) {
        return new ReturnType(container, argument);
      }
    }
    return new ReturnType(Container.PLAIN, type);
  }

  /** The shape of a read returning this container, or null if a read cannot return it. */
  DaoPlan.Shape readShape() {
    return switch (container) {
      case OPTIONAL -> DaoPlan.Shape.FIRST;
      case LIST -> DaoPlan.Shape.LIST;
      case STREAM -> DaoPlan.Shape.STREAM;
      case ITERABLE -> DaoPlan.Shape.ITERABLE;
      case PAGE -> DaoPlan.Shape.PAGE;
      default -> null;
    };
  }
}
