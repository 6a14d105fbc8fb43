package io.dynagen.processor.write;

import static io.dynagen.processor.write.RuntimeNames.ENCODERS;
import static io.dynagen.processor.write.RuntimeNames.EXPR;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.dynagen.processor.model.MappedType;
import io.dynagen.processor.model.ScalarKind;

/**
 * The runtime expression types for a mapped type: the encoder that turns a Java value into the
 * AttributeValue a condition compares with, and the typed path of the metamodel. Both encode
 * exactly as the schema does, so {@code User_.age.lt(27)} compares with what {@code UserSchema}
 * stores.
 */
final class PathCode {
  private static final ClassName STRING_PATH = ClassName.get(EXPR, "StringPath");
  private static final ClassName NUMBER_PATH = ClassName.get(EXPR, "NumberPath");
  private static final ClassName COMPARABLE_PATH = ClassName.get(EXPR, "ComparablePath");
  private static final ClassName BINARY_PATH = ClassName.get(EXPR, "BinaryPath");
  private static final ClassName BOOLEAN_PATH = ClassName.get(EXPR, "BooleanPath");
  private static final ClassName VALUE_PATH = ClassName.get(EXPR, "ValuePath");
  private static final ClassName LIST_PATH = ClassName.get(EXPR, "ListPath");
  private static final ClassName SET_PATH = ClassName.get(EXPR, "SetPath");
  private static final ClassName MAP_PATH = ClassName.get(EXPR, "MapPath");

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
      return CodeBlock.of("new $T<>($T.INSTANCE)", ClassName.get(EXPR, "DocumentEncoder"),
          GeneratedNames.schema(((MappedType.DocumentRef) type).element()));
    }
    if (type instanceof MappedType.Converted) {
      return CodeBlock.of("new $T<>(new $T())", ClassName.get(EXPR, "ConverterEncoder"),
          TypeName.get(((MappedType.Converted) type).converter()));
    }
    if (type instanceof MappedType.ListOf) {
      CodeBlock element = encoder(((MappedType.ListOf) type).element());
      return element == null ? null : CodeBlock.of("new $T<>($L)", ClassName.get(EXPR, "ListEncoder"), element);
    }
    if (type instanceof MappedType.SetOf) {
      CodeBlock element = encoder(((MappedType.SetOf) type).element());
      return CodeBlock.of("new $T<>($L)", ClassName.get(EXPR, "SetEncoder"), element);
    }
    if (type instanceof MappedType.MapOf) {
      MappedType.MapOf map = (MappedType.MapOf) type;
      CodeBlock value = encoder(map.value());
      boolean stringKeys = !(map.key() instanceof MappedType.EnumType);
      return value == null || !stringKeys ? null : CodeBlock.of("new $T<>($L)", ClassName.get(EXPR, "MapEncoder"), value);
    }
    return null;
  }

  /** The Java type conditions on this attribute compare with (the element of an Optional). */
  static MappedType compared(MappedType type) {
    return type instanceof MappedType.OptionalOf ? ((MappedType.OptionalOf) type).element() : type;
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
    if (type instanceof MappedType.Scalar && ((MappedType.Scalar) type).kind() == ScalarKind.BOOLEAN) {
      ClassName path = ClassName.get(EXPR, "BooleanPath");
      return new Path(BOOLEAN_PATH, CodeBlock.of("new $T($L, $S)", path, parent, attributeName));
    }
    ClassName raw;
    TypeName argument;
    CodeBlock encoder;
    if (type instanceof MappedType.ListOf || type instanceof MappedType.SetOf) {
      MappedType element = type instanceof MappedType.ListOf
          ? ((MappedType.ListOf) type).element() : ((MappedType.SetOf) type).element();
      raw = type instanceof MappedType.ListOf ? LIST_PATH : SET_PATH;
      argument = TypeName.get(element.type()).box();
      encoder = encoder(element);
    } else if (type instanceof MappedType.MapOf) {
      MappedType value = ((MappedType.MapOf) type).value();
      raw = MAP_PATH;
      argument = TypeName.get(value.type()).box();
      encoder = encoder(value);
    } else {
      raw = scalarPath(type);
      argument = TypeName.get(type.type()).box();
      encoder = encoder(type);
    }
    if (encoder == null) {
      return null;
    }
    return new Path(ParameterizedTypeName.get(raw, argument),
        CodeBlock.of("new $T<>($L, $S, $L)", raw, parent, attributeName, encoder));
  }

  private static ClassName scalarPath(MappedType type) {
    if (type instanceof MappedType.EnumType) {
      return STRING_PATH;
    }
    if (!(type instanceof MappedType.Scalar)) {
      return VALUE_PATH;
    }
    ScalarKind kind = ((MappedType.Scalar) type).kind();
    switch (kind.storedAs()) {
      case S:
        return STRING_PATH;
      case B:
        return BINARY_PATH;
      case N:
        // Durations and @Ttl Instants are stored as numbers but are not java.lang.Numbers.
        return kind == ScalarKind.DURATION || kind == ScalarKind.EPOCH_SECONDS ? COMPARABLE_PATH : NUMBER_PATH;
      default:
        return VALUE_PATH;
    }
  }

  /** A path's declared type and the expression creating it. */
  record Path(TypeName type, CodeBlock initializer) {}
}
