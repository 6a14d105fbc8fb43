package io.dynagen.processor.write;

import static io.dynagen.processor.write.RuntimeNames.ATTRIBUTE_VALUE;
import static io.dynagen.processor.write.RuntimeNames.CODECS;
import static io.dynagen.processor.write.RuntimeNames.MAPPING_EXCEPTION;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.dynagen.processor.model.MappedType;
import io.dynagen.processor.model.ScalarKind;
import io.dynagen.processor.model.StoredAs;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Code that converts one value: an expression for each scalar, and a private static helper
 * method for each enum, converter and collection type, written once per generated class (a loop
 * per collection, as a careful person would write by hand: no lambdas, no reflection).
 */
final class ValueCode {
  private static final ClassName LIST = ClassName.get(List.class);
  private static final ClassName ARRAY_LIST = ClassName.get(ArrayList.class);
  private static final ClassName MAP = ClassName.get(Map.class);
  private static final ClassName LINKED_HASH_MAP = ClassName.get(LinkedHashMap.class);
  private static final ClassName LINKED_HASH_SET = ClassName.get("java.util", "LinkedHashSet");
  private static final ClassName SET = ClassName.get("java.util", "Set");
  private static final ClassName OPTIONAL = ClassName.get(Optional.class);
  private static final TypeName ATTRIBUTE_MAP =
      ParameterizedTypeName.get(MAP, ClassName.get(String.class), ATTRIBUTE_VALUE);
  private static final TypeName ATTRIBUTE_LIST = ParameterizedTypeName.get(LIST, ATTRIBUTE_VALUE);

  private final Map<String, MethodSpec> helpers = new LinkedHashMap<>();
  private final Map<String, FieldSpec> converters = new LinkedHashMap<>();

  /** The helper methods written so far, to add to the generated class. */
  List<MethodSpec> helperMethods() {
    return new ArrayList<>(helpers.values());
  }

  /** One {@code private static final} instance per converter class used. */
  List<FieldSpec> converterFields() {
    return new ArrayList<>(converters.values());
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
    if (type instanceof MappedType.Converted) {
      return CodeBlock.of("$N.toAttributeValue($L)", converterField((MappedType.Converted) type), value);
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
    return CodeBlock.of("$N($L, $L)", writeHelper(type), value, attribute);
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

  private String writeHelper(MappedType type) {
    String name = "write" + slug(type);
    if (helpers.containsKey(name)) {
      return name;
    }
    helpers.put(name, null); // reserve first: helpers of element types are added while building
    MethodSpec.Builder method = MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(ATTRIBUTE_VALUE)
        .addParameter(TypeName.get(type.type()), "value")
        .addParameter(String.class, "attribute");
    if (type instanceof MappedType.OptionalOf) {
      MappedType element = ((MappedType.OptionalOf) type).element();
      method.addStatement("return value.isPresent() ? $L : null",
          write(element, CodeBlock.of("value.get()"), CodeBlock.of("attribute")));
    } else if (type instanceof MappedType.ListOf) {
      MappedType element = ((MappedType.ListOf) type).element();
      TypeName elementType = TypeName.get(element.type());
      method.addStatement("$T list = new $T<>(value.size())", ATTRIBUTE_LIST, ARRAY_LIST)
          .beginControlFlow("for ($T element : value)", elementType)
          .addStatement("list.add(element == null ? $T.NUL : $L)", CODECS,
              orNul(element, write(element, CodeBlock.of("element"), CodeBlock.of("attribute"))))
          .endControlFlow()
          .addStatement("return $T.createL(list)", ATTRIBUTE_VALUE);
    } else if (type instanceof MappedType.SetOf) {
      writeSetBody(method, (MappedType.SetOf) type);
    } else if (type instanceof MappedType.MapOf) {
      MappedType.MapOf map = (MappedType.MapOf) type;
      TypeName keyType = TypeName.get(map.key().type());
      TypeName valueType = TypeName.get(map.value().type());
      CodeBlock key = map.key() instanceof MappedType.EnumType
          ? CodeBlock.of("entry.getKey().name()") : CodeBlock.of("entry.getKey()");
      method.addStatement("$T map = new $T<>($T.capacity(value.size()))", ATTRIBUTE_MAP, LINKED_HASH_MAP, CODECS)
          .beginControlFlow("for ($T.Entry<$T, $T> entry : value.entrySet())", MAP, keyType, valueType)
          .beginControlFlow("if (entry.getKey() == null)")
          .addStatement("throw $T.nullMapKey(attribute)", CODECS)
          .endControlFlow()
          .addStatement("$T element = entry.getValue()", valueType)
          .addStatement("map.put($L, element == null ? $T.NUL : $L)", key, CODECS,
              orNul(map.value(), write(map.value(), CodeBlock.of("element"), CodeBlock.of("attribute"))))
          .endControlFlow()
          .addStatement("return $T.createM(map)", ATTRIBUTE_VALUE);
    } else {
      throw new IllegalStateException("no write helper for " + type);
    }
    helpers.put(name, method.build());
    return name;
  }

  /** A set stored as SS, NS or BS: each element converted, nulls rejected, an empty set left out. */
  private void writeSetBody(MethodSpec.Builder method, MappedType.SetOf set) {
    MappedType element = set.element();
    StoredAs stored = element.storedAs();
    TypeName elementType = TypeName.get(element.type());
    TypeName storedType = stored == StoredAs.B ? RuntimeNames.SDK_BYTES : ClassName.get(String.class);
    String factory = stored == StoredAs.B ? "createBs" : stored == StoredAs.N ? "createNs" : "createSs";
    method.beginControlFlow("if (value.isEmpty())")
        .addStatement("return null")
        .endControlFlow()
        .addStatement("$T elements = new $T<>(value.size())",
            ParameterizedTypeName.get(LIST, storedType), ARRAY_LIST)
        .beginControlFlow("for ($T element : value)", elementType)
        .beginControlFlow("if (element == null)")
        .addStatement("throw $T.nullElement(attribute)", CODECS)
        .endControlFlow()
        .addStatement("elements.add($L)", storedElement(element, CodeBlock.of("element")))
        .endControlFlow()
        .addStatement("return $T.$L(elements)", ATTRIBUTE_VALUE, factory);
  }

  /**
   * A set element as the string (SS, NS) or bytes (BS) it is stored as. Number sets of the
   * {@link Number} types go through {@code Codecs.fromNumberSet} instead.
   */
  private CodeBlock storedElement(MappedType element, CodeBlock value) {
    if (element instanceof MappedType.EnumType) {
      return CodeBlock.of("$L.name()", value);
    }
    switch (((MappedType.Scalar) element).kind()) {
      case STRING:
        return value;
      case CHAR:
        return CodeBlock.of("$T.valueOf($L)", String.class, value);
      case DURATION:
        return CodeBlock.of("$T.fromDuration($L).n()", CODECS, value);
      case BYTES:
        return CodeBlock.of("$T.fromByteArray($L)", RuntimeNames.SDK_BYTES, value);
      case SDK_BYTES:
        return value;
      case BYTE_BUFFER:
        return CodeBlock.of("$T.fromByteBuffer($L)", RuntimeNames.SDK_BYTES, value);
      case INSTANT:
      case LOCAL_DATE:
      case LOCAL_DATE_TIME:
      case LOCAL_TIME:
        // The same text as a single value, so that contains() on the set finds it.
        return CodeBlock.of("$L.s()", writeScalar(((MappedType.Scalar) element).kind(), value, CodeBlock.of("attribute")));
      default:
        // UUID and the java.time types stored as strings.
        return CodeBlock.of("$L.toString()", value);
    }
  }

  private CodeBlock orNul(MappedType element, CodeBlock written) {
    return mayWriteNull(element) ? CodeBlock.of("$T.orNul($L)", CODECS, written) : written;
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
    return CodeBlock.of("$N($L, $L)", readHelper(type), value, attribute);
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

  private String readHelper(MappedType type) {
    String name = "read" + slug(type);
    if (helpers.containsKey(name)) {
      return name;
    }
    helpers.put(name, null);
    TypeName javaType = TypeName.get(type.type());
    String described = describe(javaType);
    MethodSpec.Builder method = MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(javaType)
        .addParameter(ATTRIBUTE_VALUE, "value")
        .addParameter(String.class, "attribute");
    if (type instanceof MappedType.EnumType) {
      method.addStatement("$T name = $T.readEnumName(value, attribute, $S)", String.class, CODECS, described)
          .beginControlFlow("try")
          .addStatement("return $T.valueOf(name)", javaType)
          .nextControlFlow("catch ($T e)", IllegalArgumentException.class)
          .addStatement("throw $T.unknownEnumConstant(attribute, $S, name, $T.values(), e)", CODECS, described, javaType)
          .endControlFlow();
    } else if (type instanceof MappedType.Converted) {
      MappedType.Converted converted = (MappedType.Converted) type;
      method.beginControlFlow("try")
          .addStatement("return $N.fromAttributeValue(value)", converterField(converted))
          .nextControlFlow("catch ($T e)", RuntimeException.class)
          .addStatement("throw $T.converterFailed(attribute, $S, value, e)", CODECS,
              converted.converter().asElement().getSimpleName().toString())
          .endControlFlow();
    } else if (type instanceof MappedType.ListOf) {
      MappedType element = ((MappedType.ListOf) type).element();
      method.addStatement("$T list = $T.readList(value, attribute, $S)", ATTRIBUTE_LIST, CODECS, described)
          .addStatement("$T result = new $T<>(list.size())", javaType, ARRAY_LIST)
          .beginControlFlow("for (int i = 0; i < list.size(); i++)")
          .addStatement("$T element = list.get(i)", ATTRIBUTE_VALUE)
          .beginControlFlow("try")
          .addStatement("result.add($T.isAbsent(element) ? $L : $L)", CODECS, absent(element),
              read(element, CodeBlock.of("element"), CodeBlock.of("null")))
          .nextControlFlow("catch ($T e)", MAPPING_EXCEPTION)
          .addStatement("throw e.atIndex(i).under(attribute)")
          .endControlFlow()
          .endControlFlow()
          .addStatement("return result");
    } else if (type instanceof MappedType.SetOf) {
      readSetBody(method, (MappedType.SetOf) type, javaType, described);
    } else if (type instanceof MappedType.MapOf) {
      MappedType.MapOf map = (MappedType.MapOf) type;
      CodeBlock key = map.key() instanceof MappedType.EnumType
          ? read(map.key(), CodeBlock.of("$T.createS(entry.getKey())", ATTRIBUTE_VALUE), CodeBlock.of("null"))
          : CodeBlock.of("entry.getKey()");
      method.addStatement("$T map = $T.readMap(value, attribute, $S)", ATTRIBUTE_MAP, CODECS, described)
          .addStatement("$T result = new $T<>($T.capacity(map.size()))", javaType, LINKED_HASH_MAP, CODECS)
          .beginControlFlow("for ($T.Entry<$T, $T> entry : map.entrySet())", MAP, String.class, ATTRIBUTE_VALUE)
          .addStatement("$T element = entry.getValue()", ATTRIBUTE_VALUE)
          .beginControlFlow("try")
          .addStatement("result.put($L, $T.isAbsent(element) ? $L : $L)", key, CODECS, absent(map.value()),
              read(map.value(), CodeBlock.of("element"), CodeBlock.of("null")))
          .nextControlFlow("catch ($T e)", MAPPING_EXCEPTION)
          .addStatement("throw e.under(entry.getKey()).under(attribute)")
          .endControlFlow()
          .endControlFlow()
          .addStatement("return result");
    } else {
      throw new IllegalStateException("no read helper for " + type);
    }
    helpers.put(name, method.build());
    return name;
  }

  private void readSetBody(MethodSpec.Builder method, MappedType.SetOf set, TypeName javaType, String described) {
    MappedType element = set.element();
    StoredAs stored = element.storedAs();
    TypeName storedType = stored == StoredAs.B ? RuntimeNames.SDK_BYTES : ClassName.get(String.class);
    String reader = stored == StoredAs.B ? "readBinarySet" : stored == StoredAs.N ? "readNumberSet" : "readStringSet";
    String factory = stored == StoredAs.B ? "createB" : stored == StoredAs.N ? "createN" : "createS";
    CodeBlock convert = isKind(element, ScalarKind.STRING)
        ? CodeBlock.of("element")
        : read(element, CodeBlock.of("$T.$L(element)", ATTRIBUTE_VALUE, factory), CodeBlock.of("attribute"));
    method.addStatement("$T elements = $T.$L(value, attribute, $S)",
            ParameterizedTypeName.get(LIST, storedType), CODECS, reader, described)
        .addStatement("$T result = new $T<>($T.capacity(elements.size()))", javaType, LINKED_HASH_SET, CODECS)
        .beginControlFlow("for ($T element : elements)", storedType)
        .addStatement("result.add($L)", convert)
        .endControlFlow()
        .addStatement("return result");
  }

  // ================================================================== shared

  private FieldSpec converterField(MappedType.Converted converted) {
    TypeName converterType = TypeName.get(converted.converter());
    String key = converterType.toString();
    FieldSpec field = converters.get(key);
    if (field == null) {
      String simple = converted.converter().asElement().getSimpleName().toString();
      String name = upperSnake(simple) + (converters.size() > 0 ? "_" + converters.size() : "");
      field = FieldSpec.builder(converterType, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .initializer("new $T()", converterType)
          .build();
      converters.put(key, field);
    }
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
