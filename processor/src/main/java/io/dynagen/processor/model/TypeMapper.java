package io.dynagen.processor.model;

import java.util.List;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/** Decides how a Java type is stored, from javax.lang.model alone. */
public final class TypeMapper {
  private final Elements elements;

  public TypeMapper(Elements elements) {
    this.elements = elements;
  }

  public MappedType map(TypeMirror type) {
    switch (type.getKind()) {
      case BOOLEAN:
        return new MappedType.Scalar(type, ScalarKind.BOOLEAN, true);
      case BYTE:
        return new MappedType.Scalar(type, ScalarKind.BYTE, true);
      case SHORT:
        return new MappedType.Scalar(type, ScalarKind.SHORT, true);
      case INT:
        return new MappedType.Scalar(type, ScalarKind.INT, true);
      case LONG:
        return new MappedType.Scalar(type, ScalarKind.LONG, true);
      case CHAR:
        return new MappedType.Scalar(type, ScalarKind.CHAR, true);
      case FLOAT:
        return new MappedType.Scalar(type, ScalarKind.FLOAT, true);
      case DOUBLE:
        return new MappedType.Scalar(type, ScalarKind.DOUBLE, true);
      case ARRAY:
        TypeMirror component = ((ArrayType) type).getComponentType();
        return component.getKind() == TypeKind.BYTE
            ? new MappedType.Scalar(type, ScalarKind.BYTES, false)
            : new MappedType.Unsupported(type, type, UnsupportedReason.ARRAY);
      case ERROR:
        return new MappedType.Unresolved(type);
      case TYPEVAR:
        return new MappedType.Unsupported(type, type, UnsupportedReason.TYPE_VARIABLE);
      case DECLARED:
        return mapDeclared((DeclaredType) type);
      default:
        return new MappedType.Unsupported(type, type, UnsupportedReason.UNKNOWN_TYPE);
    }
  }

  private MappedType mapDeclared(DeclaredType type) {
    TypeElement element = (TypeElement) type.asElement();
    String name = element.getQualifiedName().toString();
    ScalarKind scalar = ScalarKind.ofQualifiedName(name);
    if (scalar != null) {
      return new MappedType.Scalar(type, scalar, false);
    }
    if (element.getKind() == ElementKind.ENUM) {
      return new MappedType.EnumType(type, element);
    }
    if (Annotations.has(element, AnnotationNames.DOCUMENT)) {
      return new MappedType.DocumentRef(type, element);
    }
    List<? extends TypeMirror> arguments = type.getTypeArguments();
    switch (name) {
      case "java.util.Optional":
        return badArguments(type, 1) ? rawOrWildcard(type) : wrapOptional(type, map(arguments.get(0)));
      case "java.util.List":
        return badArguments(type, 1) ? rawOrWildcard(type) : wrapList(type, map(arguments.get(0)));
      case "java.util.Set":
        return badArguments(type, 1) ? rawOrWildcard(type) : wrapSet(type, map(arguments.get(0)));
      case "java.util.Map":
        return badArguments(type, 2)
            ? rawOrWildcard(type)
            : wrapMap(type, map(arguments.get(0)), map(arguments.get(1)));
      default:
        return new MappedType.Unsupported(type, type, looksLikeDocument(element)
            ? UnsupportedReason.MISSING_DOCUMENT
            : UnsupportedReason.UNKNOWN_TYPE);
    }
  }

  /** A raw collection, or one with a wildcard argument: the element type is unknown. */
  private static boolean badArguments(DeclaredType type, int count) {
    List<? extends TypeMirror> arguments = type.getTypeArguments();
    if (arguments.size() != count) {
      return true;
    }
    for (TypeMirror argument : arguments) {
      if (argument.getKind() == TypeKind.WILDCARD) {
        return true;
      }
    }
    return false;
  }

  private static MappedType rawOrWildcard(DeclaredType type) {
    return new MappedType.Unsupported(type, type, UnsupportedReason.RAW_OR_WILDCARD);
  }

  /** An unsupported or unresolved part makes the whole type so; the innermost fault is kept. */
  private static MappedType failureOf(MappedType part) {
    return part instanceof MappedType.Unsupported || part instanceof MappedType.Unresolved ? part : null;
  }

  private static MappedType wrapOptional(DeclaredType type, MappedType element) {
    MappedType failure = failureOf(element);
    return failure != null ? failure : new MappedType.OptionalOf(type, element);
  }

  private static MappedType wrapList(DeclaredType type, MappedType element) {
    MappedType failure = failureOf(element);
    return failure != null ? failure : new MappedType.ListOf(type, element);
  }

  private static MappedType wrapSet(DeclaredType type, MappedType element) {
    MappedType failure = failureOf(element);
    if (failure != null) {
      return failure;
    }
    boolean scalarElement =
        element instanceof MappedType.Scalar || element instanceof MappedType.EnumType;
    if (!scalarElement || !element.storedAs().isKeyScalar()) {
      return new MappedType.Unsupported(type, element.type(), UnsupportedReason.SET_ELEMENT);
    }
    return new MappedType.SetOf(type, element);
  }

  private static MappedType wrapMap(DeclaredType type, MappedType key, MappedType value) {
    boolean stringKey = key instanceof MappedType.Scalar
        && ((MappedType.Scalar) key).kind() == ScalarKind.STRING;
    if (!stringKey && !(key instanceof MappedType.EnumType)) {
      return key instanceof MappedType.Unresolved
          ? key
          : new MappedType.Unsupported(type, key.type(), UnsupportedReason.MAP_KEY);
    }
    MappedType failure = failureOf(value);
    return failure != null ? failure : new MappedType.MapOf(type, key, value);
  }

  /**
   * A class of the user's own (not of the JDK) that is a plain class or record: most likely a
   * document that only lacks {@code @Document}.
   */
  private boolean looksLikeDocument(TypeElement element) {
    if (element.getKind() != ElementKind.CLASS && element.getKind() != ElementKind.RECORD) {
      return false;
    }
    PackageElement pkg = elements.getPackageOf(element);
    String packageName = pkg.getQualifiedName().toString();
    return !packageName.startsWith("java.")
        && !packageName.startsWith("javax.")
        && !packageName.startsWith("software.amazon.");
  }
}
