package io.dynagen.processor.write;

import static io.dynagen.processor.write.RuntimeNames.ENCODERS;
import static io.dynagen.processor.write.RuntimeNames.EXPR;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.dynagen.processor.model.MappedType;
import io.dynagen.processor.model.PathKind;
import io.dynagen.processor.model.ScalarKind;
import java.util.Map;

/**
 * The runtime expression types for a mapped type: the encoder that turns a Java value into the
 * AttributeValue a condition compares with, and the typed path of the metamodel. Both encode
 * exactly as the schema does, so {@code User_.age.lt(27)} compares with what {@code UserSchema}
 * stores.
 *
 * <p>Constructors are called with explicit type arguments, never the diamond: javac infers a
 * diamond's arguments for each of the thousands of paths a build generates, a large part of
 * what compiling a metamodel costs.
 */
final class PathCode {
  private static final ClassName STRING_PATH = ClassName.get(EXPR, "StringPath");
  private static final ClassName TEXT_PATH = ClassName.get(EXPR, "TextPath");
  private static final ClassName NUMBER_PATH = ClassName.get(EXPR, "NumberPath");
  private static final ClassName COMPARABLE_PATH = ClassName.get(EXPR, "ComparablePath");
  private static final ClassName BINARY_PATH = ClassName.get(EXPR, "BinaryPath");
  private static final ClassName BOOLEAN_PATH = ClassName.get(EXPR, "BooleanPath");
  private static final ClassName VALUE_PATH = ClassName.get(EXPR, "ValuePath");
  private static final ClassName LIST_PATH = ClassName.get(EXPR, "ListPath");
  private static final ClassName SET_PATH = ClassName.get(EXPR, "SetPath");
  private static final ClassName MAP_PATH = ClassName.get(EXPR, "MapPath");
  private static final ClassName ELEMENT_PATHS = ClassName.get(EXPR, "ElementPaths");
  /** The {@code ElementPaths} method that builds elements of each scalar path class. */
  private static final Map<ClassName, String> ELEMENT_FACTORIES = Map.of(
      STRING_PATH, "strings",
      TEXT_PATH, "texts",
      NUMBER_PATH, "numbers",
      COMPARABLE_PATH, "comparables",
      BINARY_PATH, "binaries",
      VALUE_PATH, "values");

  private PathCode() {}

  /** The metamodel path class of a document: {@code Address_.Path}. */
  static ClassName documentPath(MappedType.DocumentRef document) {
    return GeneratedNames.metamodel(document.element()).nestedClass("Path");
  }

  /**
   * An expression for the encoder of a value of {@code type}, or null where the runtime has none
   * (an Optional or an enum-keyed map inside a collection).
   */
  static CodeBlock encoder(MappedType type) {
    if (type instanceof MappedType.Scalar) {
      return CodeBlock.of("$T.$L", ENCODERS, ((MappedType.Scalar) type).kind().name());
    }
    if (type instanceof MappedType.EnumType) {
      return CodeBlock.of("new $T<$T>()", ClassName.get(EXPR, "EnumEncoder"), TypeName.get(type.type()));
    }
    if (type instanceof MappedType.DocumentRef) {
      return CodeBlock.of("new $T($T.INSTANCE)", ParameterizedTypeName.get(ClassName.get(EXPR, "DocumentEncoder"), boxed(type)),
          GeneratedNames.schema(((MappedType.DocumentRef) type).element()));
    }
    if (type instanceof MappedType.Converted) {
      return CodeBlock.of("new $T(new $T())", ParameterizedTypeName.get(ClassName.get(EXPR, "ConverterEncoder"), boxed(type)),
          TypeName.get(((MappedType.Converted) type).converter()));
    }
    if (type instanceof MappedType.ListOf) {
      MappedType elementType = ((MappedType.ListOf) type).element();
      CodeBlock element = encoder(elementType);
      return element == null ? null : CodeBlock.of("new $T($L)",
          ParameterizedTypeName.get(ClassName.get(EXPR, "ListEncoder"), boxed(elementType)), element);
    }
    if (type instanceof MappedType.SetOf) {
      MappedType elementType = ((MappedType.SetOf) type).element();
      CodeBlock element = encoder(elementType);
      return CodeBlock.of("new $T($L)", ParameterizedTypeName.get(ClassName.get(EXPR, "SetEncoder"), boxed(elementType)),
          element);
    }
    if (type instanceof MappedType.MapOf) {
      MappedType.MapOf map = (MappedType.MapOf) type;
      CodeBlock value = encoder(map.value());
      boolean stringKeys = !(map.key() instanceof MappedType.EnumType);
      return value == null || !stringKeys ? null : CodeBlock.of("new $T($L)",
          ParameterizedTypeName.get(ClassName.get(EXPR, "MapEncoder"), boxed(map.value())), value);
    }
    return null;
  }

  /** The Java type conditions on this attribute compare with (the element of an Optional). */
  static MappedType compared(MappedType type) {
    return PathKind.compared(type);
  }

  /**
   * The typed path of an attribute and how to create it under {@code parent}; null if the runtime
   * has no path for it.
   */
  static Path path(MappedType declared, CodeBlock parent, String attributeName) {
    MappedType type = compared(declared);
    if (type instanceof MappedType.DocumentRef) {
      ClassName path = documentPath((MappedType.DocumentRef) type);
      return new Path(path, CodeBlock.of("new $T($L, $S)", path, parent, attributeName));
    }
    if (isBoolean(type)) {
      return new Path(BOOLEAN_PATH, CodeBlock.of("new $T($L, $S)", BOOLEAN_PATH, parent, attributeName));
    }
    if (type instanceof MappedType.ListOf || type instanceof MappedType.MapOf) {
      boolean list = type instanceof MappedType.ListOf;
      MappedType element = list ? ((MappedType.ListOf) type).element() : ((MappedType.MapOf) type).value();
      Elements elements = elements(element);
      if (elements == null) {
        return null;
      }
      TypeName pathType = ParameterizedTypeName.get(list ? LIST_PATH : MAP_PATH, boxed(element), elements.pathType());
      return new Path(pathType, CodeBlock.of("new $T($L, $S, $L)", pathType, parent, attributeName, elements.factory()));
    }
    ClassName raw;
    TypeName argument;
    CodeBlock encoder;
    if (type instanceof MappedType.SetOf) {
      MappedType element = ((MappedType.SetOf) type).element();
      raw = SET_PATH;
      argument = boxed(element);
      encoder = encoder(element);
    } else {
      raw = scalarPath(type);
      argument = boxed(type);
      encoder = encoder(type);
    }
    if (encoder == null) {
      return null;
    }
    TypeName pathType = ParameterizedTypeName.get(raw, argument);
    return new Path(pathType, CodeBlock.of("new $T($L, $S, $L)", pathType, parent, attributeName, encoder));
  }

  /**
   * The path of a document attribute compared as a whole, without paths into it: a {@code
   * ValuePath} over the document's encoder.
   */
  static Path wholeDocument(MappedType.DocumentRef document, CodeBlock parent, String attributeName) {
    TypeName pathType = ParameterizedTypeName.get(VALUE_PATH, boxed(document));
    return new Path(pathType, CodeBlock.of("new $T($L, $S, $T.ELEMENTS.encoder())", pathType, parent, attributeName,
        GeneratedNames.metamodel(document.element())));
  }

  /**
   * The path of one element of a list (or value of a map) of {@code type} and the {@code
   * ElementPaths} expression that builds it; null if the runtime has no path for it (an Optional
   * or an enum-keyed map inside a collection).
   */
  static Elements elements(MappedType type) {
    if (type instanceof MappedType.DocumentRef) {
      MappedType.DocumentRef document = (MappedType.DocumentRef) type;
      return new Elements(documentPath(document),
          CodeBlock.of("$T.ELEMENTS", GeneratedNames.metamodel(document.element())));
    }
    if (isBoolean(type)) {
      return new Elements(BOOLEAN_PATH, CodeBlock.of("$T.booleans()", ELEMENT_PATHS));
    }
    if (type instanceof MappedType.ListOf) {
      MappedType element = ((MappedType.ListOf) type).element();
      Elements inner = elements(element);
      return inner == null ? null : new Elements(
          ParameterizedTypeName.get(LIST_PATH, boxed(element), inner.pathType()),
          CodeBlock.of("$T.lists($L)", ELEMENT_PATHS, inner.factory()));
    }
    if (type instanceof MappedType.MapOf) {
      MappedType.MapOf map = (MappedType.MapOf) type;
      Elements inner = map.key() instanceof MappedType.EnumType ? null : elements(map.value());
      return inner == null ? null : new Elements(
          ParameterizedTypeName.get(MAP_PATH, boxed(map.value()), inner.pathType()),
          CodeBlock.of("$T.maps($L)", ELEMENT_PATHS, inner.factory()));
    }
    if (type instanceof MappedType.SetOf) {
      MappedType element = ((MappedType.SetOf) type).element();
      CodeBlock encoder = encoder(element);
      return encoder == null ? null : new Elements(
          ParameterizedTypeName.get(SET_PATH, boxed(element)),
          CodeBlock.of("$T.sets($L)", ELEMENT_PATHS, encoder));
    }
    CodeBlock encoder = encoder(type);
    if (encoder == null) {
      return null;
    }
    ClassName path = scalarPath(type);
    return new Elements(ParameterizedTypeName.get(path, boxed(type)),
        CodeBlock.of("$T.$L($L)", ELEMENT_PATHS, ELEMENT_FACTORIES.get(path), encoder));
  }

  private static boolean isBoolean(MappedType type) {
    return type instanceof MappedType.Scalar && ((MappedType.Scalar) type).kind() == ScalarKind.BOOLEAN;
  }

  private static TypeName boxed(MappedType type) {
    return TypeName.get(type.type()).box();
  }

  private static ClassName scalarPath(MappedType type) {
    switch (PathKind.ofSingleValue(type)) {
      case TEXT:
        return TEXT_PATH;
      case STRING:
        return STRING_PATH;
      case BINARY:
        return BINARY_PATH;
      case NUMBER:
        return NUMBER_PATH;
      case COMPARABLE:
        return COMPARABLE_PATH;
      default:
        return VALUE_PATH;
    }
  }

  /** A path's declared type and the expression creating it. */
  record Path(TypeName type, CodeBlock initializer) {}

  /** The path type of one element of a list or map, and the {@code ElementPaths} that builds it. */
  record Elements(TypeName pathType, CodeBlock factory) {}
}
