package io.dynagen.processor.write;

import static io.dynagen.processor.write.RuntimeNames.ATTRIBUTE_VALUE;
import static io.dynagen.processor.write.RuntimeNames.CODECS;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.dynagen.processor.model.MappedType;
import io.dynagen.processor.model.ScalarKind;
import io.dynagen.processor.model.StoredAs;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Code that converts one value: an expression for each scalar, enum and document, and for each
 * collection, enum, converter and Optional a {@code private static final} codec from the runtime
 * ({@code ListCodec}, {@code EnumCodec}, ...), built once per generated class and called directly:
 * the loops live once in the runtime, not in every generated class.
 */
final class ValueCode {
  private static final ClassName OPTIONAL = ClassName.get(Optional.class);
  private static final ClassName SCALAR_CODECS = ClassName.get(RuntimeNames.RUNTIME, "ScalarCodecs");
  private static final ClassName LIST_CODEC = ClassName.get(RuntimeNames.RUNTIME, "ListCodec");
  private static final ClassName SET_CODEC = ClassName.get(RuntimeNames.RUNTIME, "SetCodec");
  private static final ClassName MAP_CODEC = ClassName.get(RuntimeNames.RUNTIME, "MapCodec");
  private static final ClassName ENUM_CODEC = ClassName.get(RuntimeNames.RUNTIME, "EnumCodec");
  private static final ClassName CONVERTER_CODEC = ClassName.get(RuntimeNames.RUNTIME, "ConverterCodec");
  private static final ClassName OPTIONAL_CODEC = ClassName.get(RuntimeNames.RUNTIME, "OptionalCodec");
  /** Names the generated classes use for their own constants. */
  private static final Set<String> RESERVED = Set.of("INSTANCE", "TABLE_NAME", "GENERATED_ATTRIBUTES");

  /** Codec fields by the type they convert, in an order where each follows those it uses. */
  private final Map<String, FieldSpec> codecs = new LinkedHashMap<>();
  private final Set<String> codecNames = new HashSet<>();

  /** One {@code private static final} codec per enum, converter, collection and Optional type used. */
  List<FieldSpec> codecFields() {
    return new ArrayList<>(codecs.values());
  }

  // ================================================================== writing

  /**
   * An expression giving the AttributeValue of a non-null {@code value}; null where {@link
   * #mayWriteNull} (an empty set, which DynamoDB cannot store).
   */
  CodeBlock write(MappedType type, CodeBlock value, CodeBlock attribute) {
    if (type instanceof MappedType.Scalar) {
      return writeScalar(((MappedType.Scalar) type).kind(), value, attribute);
    }
    if (type instanceof MappedType.EnumType) {
      return CodeBlock.of("$T.createS($L.name())", ATTRIBUTE_VALUE, value);
    }
    if (type instanceof MappedType.DocumentRef) {
      ClassName schema = GeneratedNames.schema(((MappedType.DocumentRef) type).element());
      return CodeBlock.of("$T.createM($T.INSTANCE.toMap($L))", ATTRIBUTE_VALUE, schema, value);
    }
    if (type instanceof MappedType.SetOf) {
      MappedType element = ((MappedType.SetOf) type).element();
      if (isKind(element, ScalarKind.STRING)) {
        return CodeBlock.of("$T.fromStringSet($L, $L)", CODECS, value, attribute);
      }
      if (isNumber(element)) {
        return CodeBlock.of("$T.fromNumberSet($L, $L)", CODECS, value, attribute);
      }
    }
    return CodeBlock.of("$L.write($L, $L)", codec(type), value, attribute);
  }

  /**
   * One statement putting a nullable {@code value} into {@code item} unless it is null ({@code
   * Codecs.putString(item, "name", object.getName())}, {@code LIST_CODEC.put(item, "tags",
   * object.getTags())}); null for documents and the scalars without a helper, which the caller
   * writes with its own null test.
   */
  CodeBlock putUnlessNull(MappedType type, CodeBlock item, CodeBlock value, CodeBlock attribute) {
    if (type instanceof MappedType.EnumType) {
      return CodeBlock.of("$T.putEnum($L, $L, $L)", CODECS, item, attribute, value);
    }
    if (type instanceof MappedType.DocumentRef) {
      return null; // written inline: toMap is called directly, as in a list of documents
    }
    if (type instanceof MappedType.SetOf) {
      MappedType element = ((MappedType.SetOf) type).element();
      if (isKind(element, ScalarKind.STRING)) {
        return CodeBlock.of("$T.putStringSet($L, $L, $L)", CODECS, item, attribute, value);
      }
      if (isNumber(element)) {
        return CodeBlock.of("$T.putNumberSet($L, $L, $L)", CODECS, item, attribute, value);
      }
    }
    if (!(type instanceof MappedType.Scalar)) {
      // AttributeCodec.put: leaves out a null value and one written as null.
      return CodeBlock.of("$L.put($L, $L, $L)", codec(type), item, attribute, value);
    }
    String helper;
    switch (((MappedType.Scalar) type).kind()) {
      case STRING:
        helper = "putString";
        break;
      case BOOLEAN:
        helper = "putBoolean";
        break;
      case BYTE:
      case SHORT:
      case INT:
      case LONG:
      case BIG_INTEGER:
      case BIG_DECIMAL:
        helper = "putNumber";
        break;
      case INSTANT:
        helper = "putInstant";
        break;
      case LOCAL_DATE:
        helper = "putLocalDate";
        break;
      default:
        return null;
    }
    return CodeBlock.of("$T.$L($L, $L, $L)", CODECS, helper, item, attribute, value);
  }

  /** Whether {@link #write} can give null: sets (empty ones are left out), converters, optionals. */
  boolean mayWriteNull(MappedType type) {
    return type instanceof MappedType.SetOf
        || type instanceof MappedType.Converted
        || type instanceof MappedType.OptionalOf;
  }

  private CodeBlock writeScalar(ScalarKind kind, CodeBlock value, CodeBlock attribute) {
    switch (kind) {
      case STRING:
        return CodeBlock.of("$T.createS($L)", ATTRIBUTE_VALUE, value);
      case CHAR:
        return CodeBlock.of("$T.fromChar($L)", CODECS, value);
      case BOOLEAN:
        return CodeBlock.of("$T.createBool($L)", ATTRIBUTE_VALUE, value);
      case BYTE:
        return CodeBlock.of("$T.createN($T.toString($L))", ATTRIBUTE_VALUE, Byte.class, value);
      case SHORT:
        return CodeBlock.of("$T.createN($T.toString($L))", ATTRIBUTE_VALUE, Short.class, value);
      case INT:
        return CodeBlock.of("$T.createN($T.toString($L))", ATTRIBUTE_VALUE, Integer.class, value);
      case LONG:
        return CodeBlock.of("$T.createN($T.toString($L))", ATTRIBUTE_VALUE, Long.class, value);
      case FLOAT:
        return CodeBlock.of("$T.fromFloat($L, $L)", CODECS, value, attribute);
      case DOUBLE:
        return CodeBlock.of("$T.fromDouble($L, $L)", CODECS, value, attribute);
      case BIG_INTEGER:
      case BIG_DECIMAL:
        return CodeBlock.of("$T.createN($L.toString())", ATTRIBUTE_VALUE, value);
      case BYTES:
        return CodeBlock.of("$T.fromBytes($L)", CODECS, value);
      case SDK_BYTES:
        return CodeBlock.of("$T.createB($L)", ATTRIBUTE_VALUE, value);
      case BYTE_BUFFER:
        return CodeBlock.of("$T.fromByteBuffer($L)", CODECS, value);
      case DURATION:
        return CodeBlock.of("$T.fromDuration($L)", CODECS, value);
      case EPOCH_SECONDS:
        return CodeBlock.of("$T.fromEpochSeconds($L)", CODECS, value);
      case INSTANT:
        return CodeBlock.of("$T.fromInstant($L, $L)", CODECS, value, attribute);
      case LOCAL_DATE:
        return CodeBlock.of("$T.fromLocalDate($L, $L)", CODECS, value, attribute);
      case LOCAL_DATE_TIME:
        return CodeBlock.of("$T.fromLocalDateTime($L, $L)", CODECS, value, attribute);
      case LOCAL_TIME:
        return CodeBlock.of("$T.fromLocalTime($L)", CODECS, value);
      default:
        // UUID and the java.time types without an order to keep are stored as their toString().
        return CodeBlock.of("$T.createS($L.toString())", ATTRIBUTE_VALUE, value);
    }
  }

  // ================================================================== reading

  /**
   * An expression reading a value from a present, non-NULL AttributeValue {@code value};
   * {@code attribute} names it in errors ({@code null} for a list element or map value).
   */
  CodeBlock read(MappedType type, CodeBlock value, CodeBlock attribute) {
    if (type instanceof MappedType.Scalar) {
      return CodeBlock.of("$T.$L($L, $L)", CODECS, readMethod(((MappedType.Scalar) type).kind()), value, attribute);
    }
    if (type instanceof MappedType.DocumentRef) {
      ClassName schema = GeneratedNames.schema(((MappedType.DocumentRef) type).element());
      return CodeBlock.of("$T.INSTANCE.fromAttributeValue($L, $L)", schema, value, attribute);
    }
    if (type instanceof MappedType.OptionalOf) {
      return CodeBlock.of("$T.of($L)", OPTIONAL, read(((MappedType.OptionalOf) type).element(), value, attribute));
    }
    return CodeBlock.of("$L.read($L, $L)", codec(type), value, attribute);
  }

  /** The value of a property whose attribute is absent: its Java default. */
  CodeBlock absent(MappedType type) {
    if (type instanceof MappedType.OptionalOf) {
      return CodeBlock.of("$T.empty()", OPTIONAL);
    }
    if (type instanceof MappedType.Scalar && ((MappedType.Scalar) type).primitive()) {
      ScalarKind kind = ((MappedType.Scalar) type).kind();
      switch (kind) {
        case BOOLEAN:
          return CodeBlock.of("false");
        case CHAR:
          return CodeBlock.of("'\\0'");
        case LONG:
          return CodeBlock.of("0L");
        case FLOAT:
          return CodeBlock.of("0.0f");
        case DOUBLE:
          return CodeBlock.of("0.0d");
        case BYTE:
          return CodeBlock.of("(byte) 0");
        case SHORT:
          return CodeBlock.of("(short) 0");
        default:
          return CodeBlock.of("0");
      }
    }
    return CodeBlock.of("null");
  }

  private static String readMethod(ScalarKind kind) {
    switch (kind) {
      case STRING: return "readString";
      case CHAR: return "readChar";
      case BOOLEAN: return "readBoolean";
      case BYTE: return "readByte";
      case SHORT: return "readShort";
      case INT: return "readInt";
      case LONG: return "readLong";
      case FLOAT: return "readFloat";
      case DOUBLE: return "readDouble";
      case BIG_INTEGER: return "readBigInteger";
      case BIG_DECIMAL: return "readBigDecimal";
      case BYTES: return "readBytes";
      case SDK_BYTES: return "readSdkBytes";
      case BYTE_BUFFER: return "readByteBuffer";
      case UUID: return "readUuid";
      case INSTANT: return "readInstant";
      case LOCAL_DATE: return "readLocalDate";
      case LOCAL_DATE_TIME: return "readLocalDateTime";
      case LOCAL_TIME: return "readLocalTime";
      case OFFSET_DATE_TIME: return "readOffsetDateTime";
      case ZONED_DATE_TIME: return "readZonedDateTime";
      case DURATION: return "readDuration";
      case EPOCH_SECONDS: return "readEpochSeconds";
      case PERIOD: return "readPeriod";
      case ZONE_ID: return "readZoneId";
      case MONTH_DAY: return "readMonthDay";
      default: throw new IllegalStateException("no reader for " + kind);
    }
  }

  // ================================================================== codecs

  /** The codec of a type, as an expression: a runtime constant, a document schema, or a field. */
  private CodeBlock codec(MappedType type) {
    if (type instanceof MappedType.Scalar) {
      return CodeBlock.of("$T.INSTANCE", scalarCodec(((MappedType.Scalar) type).kind()));
    }
    if (type instanceof MappedType.DocumentRef) {
      return CodeBlock.of("$T.INSTANCE", GeneratedNames.schema(((MappedType.DocumentRef) type).element()));
    }
    CodeBlock ready = readyMade(type);
    if (ready != null) {
      return ready;
    }
    return CodeBlock.of("$N", codecField(type));
  }

  /**
   * The runtime's ready-made codec of a list, set or map (with String keys) of a scalar type,
   * such as {@code ScalarCodecs.StringCodec.LIST}, or null for any other type.
   */
  private static CodeBlock readyMade(MappedType type) {
    MappedType element;
    String container;
    if (type instanceof MappedType.ListOf) {
      element = ((MappedType.ListOf) type).element();
      container = "LIST";
    } else if (type instanceof MappedType.SetOf) {
      element = ((MappedType.SetOf) type).element();
      container = "SET";
    } else if (type instanceof MappedType.MapOf && !(((MappedType.MapOf) type).key() instanceof MappedType.EnumType)) {
      element = ((MappedType.MapOf) type).value();
      container = "MAP";
    } else {
      return null;
    }
    if (!(element instanceof MappedType.Scalar)) {
      return null;
    }
    ScalarKind kind = ((MappedType.Scalar) element).kind();
    boolean noSet = container.equals("SET") && kind.storedAs() == StoredAs.BOOL;
    return kind == ScalarKind.EPOCH_SECONDS || noSet ? null : CodeBlock.of("$T.$L", scalarCodec(kind), container);
  }

  /**
   * The runtime's codec class of a scalar kind, nested in {@code ScalarCodecs} ({@code STRING}:
   * {@code ScalarCodecs.StringCodec}); one class per kind, so that a first item loads only its own.
   */
  private static ClassName scalarCodec(ScalarKind kind) {
    StringBuilder name = new StringBuilder();
    for (String word : kind.name().split("_")) {
      name.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
    }
    return SCALAR_CODECS.nestedClass(name.append("Codec").toString());
  }

  /** The codec field of an enum, converter, collection or Optional type, declared on first use. */
  private FieldSpec codecField(MappedType type) {
    TypeName javaType = TypeName.get(type.type()).box();
    String key = type instanceof MappedType.Converted
        ? javaType + " via " + ((MappedType.Converted) type).converter()
        : javaType.toString();
    FieldSpec field = codecs.get(key);
    if (field != null) {
      return field;
    }
    String described = describe(javaType);
    TypeName fieldType;
    CodeBlock initializer;
    if (type instanceof MappedType.EnumType) {
      fieldType = ParameterizedTypeName.get(ENUM_CODEC, javaType);
      initializer = CodeBlock.of("new $T($S, $T.values())", fieldType, described, javaType);
    } else if (type instanceof MappedType.Converted) {
      MappedType.Converted converted = (MappedType.Converted) type;
      fieldType = ParameterizedTypeName.get(CONVERTER_CODEC, javaType);
      initializer = CodeBlock.of("new $T(new $T(), $S)", fieldType, TypeName.get(converted.converter()),
          converted.converter().asElement().getSimpleName().toString());
    } else if (type instanceof MappedType.OptionalOf) {
      MappedType element = ((MappedType.OptionalOf) type).element();
      fieldType = ParameterizedTypeName.get(OPTIONAL_CODEC, TypeName.get(element.type()).box());
      initializer = CodeBlock.of("new $T($L)", fieldType, codec(element));
    } else if (type instanceof MappedType.ListOf) {
      MappedType element = ((MappedType.ListOf) type).element();
      fieldType = ParameterizedTypeName.get(LIST_CODEC, TypeName.get(element.type()).box());
      initializer = CodeBlock.of("new $T($L, $S)", fieldType, codec(element), described);
    } else if (type instanceof MappedType.SetOf) {
      MappedType element = ((MappedType.SetOf) type).element();
      StoredAs stored = element.storedAs();
      fieldType = ParameterizedTypeName.get(SET_CODEC, TypeName.get(element.type()).box());
      initializer = CodeBlock.of("$T.$L($L, $S)", SET_CODEC,
          stored == StoredAs.B ? "binary" : stored == StoredAs.N ? "numbers" : "strings", codec(element), described);
    } else if (type instanceof MappedType.MapOf) {
      MappedType.MapOf map = (MappedType.MapOf) type;
      TypeName keyType = TypeName.get(map.key().type()).box();
      fieldType = ParameterizedTypeName.get(MAP_CODEC, keyType, TypeName.get(map.value().type()).box());
      initializer = map.key() instanceof MappedType.EnumType
          ? CodeBlock.of("$T.of($L, $L, $S)", MAP_CODEC, codec(map.key()), codec(map.value()), described)
          : CodeBlock.of("$T.of($L, $S)", MAP_CODEC, codec(map.value()), described);
    } else {
      throw new IllegalStateException("no codec for " + type);
    }
    String name = upperSnake(slug(type));
    while (RESERVED.contains(name) || codecNames.contains(name)) {
      name = name + "_" + codecs.size();
    }
    codecNames.add(name);
    field = FieldSpec.builder(fieldType, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer(initializer)
        .build();
    codecs.put(key, field);
    return field;
  }

  private static String upperSnake(String name) {
    return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
  }

  private static boolean isKind(MappedType type, ScalarKind kind) {
    return type instanceof MappedType.Scalar && ((MappedType.Scalar) type).kind() == kind;
  }

  /** Element types {@link io.dynagen.runtime}'s fromNumberSet writes by their toString(). */
  private static boolean isNumber(MappedType type) {
    if (!(type instanceof MappedType.Scalar)) {
      return false;
    }
    switch (((MappedType.Scalar) type).kind()) {
      case BYTE:
      case SHORT:
      case INT:
      case LONG:
      case FLOAT:
      case DOUBLE:
      case BIG_INTEGER:
      case BIG_DECIMAL:
        return true;
      default:
        return false;
    }
  }

  /** A method-name part for a type: {@code List<Map<String, Address>>} gives {@code ListOfMapOfAddress}. */
  private static String slug(MappedType type) {
    if (type instanceof MappedType.OptionalOf) {
      return "OptionalOf" + slug(((MappedType.OptionalOf) type).element());
    }
    if (type instanceof MappedType.ListOf) {
      return "ListOf" + slug(((MappedType.ListOf) type).element());
    }
    if (type instanceof MappedType.SetOf) {
      return "SetOf" + slug(((MappedType.SetOf) type).element());
    }
    if (type instanceof MappedType.MapOf) {
      MappedType.MapOf map = (MappedType.MapOf) type;
      String key = map.key() instanceof MappedType.EnumType ? slug(map.key()) + "To" : "";
      return "MapOf" + key + slug(map.value());
    }
    if (type instanceof MappedType.Converted) {
      return "Via" + ((MappedType.Converted) type).converter().asElement().getSimpleName();
    }
    TypeName name = TypeName.get(type.type());
    if (name instanceof ClassName) {
      return String.join("", ((ClassName) name).simpleNames());
    }
    return describe(name).replaceAll("[^A-Za-z0-9]", "");
  }

  /** A type as a reader would write it: {@code List<Map<String, Address>>}. */
  static String describe(TypeName type) {
    return type.toString().replaceAll("\\b[a-z][a-z0-9_]*\\.", "");
  }
}
