package io.dynagen.processor.write;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.dynagen.processor.model.Property;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * The key methods of a table accessor whose key has a primitive type ({@code long orderNumber}),
 * written out with the keys' own types, and the index queries' primitive overloads.
 *
 * <p>A table does not take its key methods from the runtime's {@code CompositeKeyTable<T, P, S>}
 * when a key is primitive: beside the runtime's {@code update(String, Long, action, more...)} an
 * overload {@code update(String, long, action, more...)} makes {@code update("ann", 5L, action)}
 * ambiguous (variable arity: neither {@code long} nor {@code Long} is the more specific), and with
 * two primitive keys so is {@code get(5, boxedInt)}. So such a table extends {@code TableAccessor}
 * and has each key method once, typed as the keys are declared: {@code get("ann", 5)} compiles as
 * against {@code get(String, long)}, and a {@code Long} unboxes. An index's queries take one key
 * value, so its overloads beside the runtime's cannot be ambiguous.
 */
final class PrimitiveKeyMethods {
  private static final ClassName GET_OPTIONS = ClassName.get(RuntimeNames.TABLE_READ, "GetOptions");
  private static final ClassName SORT_KEY_CONDITION = ClassName.get(RuntimeNames.EXPR, "SortKeyCondition");

  private final AccessorFace face;
  private final ClassName item;
  private final Property partitionKey;
  private final Property sortKey;
  private final NameAllocator names = new NameAllocator();

  PrimitiveKeyMethods(AccessorFace face, ClassName item, Property partitionKey, Property sortKey) {
    this.face = face;
    this.item = item;
    this.partitionKey = partitionKey;
    this.sortKey = sortKey;
    names.newName(partitionKey.name(), partitionKey);
    if (sortKey != null) {
      names.newName(sortKey.name(), sortKey);
    }
    for (String parameter : List.of("options", "action", "more", "update", "condition", "sortKeyCondition", "key")) {
      names.newName(parameter, parameter);
    }
  }

  /** True if the partition key or the sort key has a primitive type. */
  static boolean anyPrimitive(Property partitionKey, Property sortKey) {
    return primitive(partitionKey) || sortKey != null && primitive(sortKey);
  }

  private static boolean primitive(Property key) {
    return TypeName.get(key.javaType()).isPrimitive();
  }

  /** Every key method of a table accessor, typed as the keys are declared. */
  void addTableMethodsTo(TypeSpec.Builder table) {
    TypeName optionalItem = ParameterizedTypeName.get(ClassName.get(Optional.class), item);
    TypeName keyMap = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class),
        RuntimeNames.ATTRIBUTE_VALUE);
    ParameterSpec options = parameter(GET_OPTIONS, "options");
    ParameterSpec action = parameter(RuntimeNames.UPDATE_ACTION, "action");
    ParameterSpec more = parameter(ArrayTypeName.of(RuntimeNames.UPDATE_ACTION), "more");
    ParameterSpec update = parameter(RuntimeNames.UPDATE, "update");
    ParameterSpec condition = parameter(RuntimeNames.CONDITION, "condition");
    List<CodeBlock> keyArguments = new ArrayList<>();
    for (Property key : keys()) {
      keyArguments.add(CodeBlock.of("$N, $L", names.get(key), PathCode.encoder(key.mapped())));
    }
    table.addMethod(keyed("key", keyMap)
        .addStatement("return typed().key($L)", CodeBlock.join(keyArguments, ", "))
        .build());
    table.addMethod(operation("get", optionalItem));
    table.addMethod(operation("get", optionalItem, options));
    table.addMethod(operation("update", item, action, more));
    table.addMethod(operation("update", item, update));
    table.addMethod(operation("update", item, update, condition));
    table.addMethod(operation("delete", TypeName.VOID));
    table.addMethod(operation("delete", TypeName.VOID, condition));
    table.addMethod(operation("deleteReturningOld", optionalItem));
    table.addMethod(operation("deleteReturningOld", optionalItem, condition));
    String partition = names.get(partitionKey);
    CodeBlock query = CodeBlock.of("typed().query($N, $L)", partition, PathCode.encoder(partitionKey.mapped()));
    table.addMethod(method("query", face.query(item), List.of(partitionKey))
        .addStatement("return $L", query)
        .build());
    if (sortKey != null) {
      ParameterSpec sortKeyCondition = sortKeyCondition();
      table.addMethod(method("query", face.query(item), List.of(partitionKey))
          .addParameter(sortKeyCondition)
          .addStatement("return $L.sortKey($N, $L)", query, sortKeyCondition, PathCode.encoder(sortKey.mapped()))
          .build());
    }
  }

  /** The overloads of an index accessor's queries with a primitive partition key. */
  void addIndexQueriesTo(TypeSpec.Builder index) {
    // query(P, SortKeyCondition<S>) takes no sort key value: a primitive sort key needs no overload.
    if (!primitive(partitionKey)) {
      return;
    }
    String partition = names.get(partitionKey);
    TypeName boxed = TypeName.get(partitionKey.javaType()).box();
    index.addMethod(method("query", face.query(item), List.of(partitionKey))
        .addStatement("return query($T.valueOf($N))", boxed, partition)
        .build());
    if (sortKey != null) {
      ParameterSpec sortKeyCondition = sortKeyCondition();
      index.addMethod(method("query", face.query(item), List.of(partitionKey))
          .addParameter(sortKeyCondition)
          .addStatement("return query($T.valueOf($N), $N)", boxed, partition, sortKeyCondition)
          .build());
    }
  }

  private ParameterSpec sortKeyCondition() {
    return parameter(ParameterizedTypeName.get(SORT_KEY_CONDITION, TypeName.get(sortKey.javaType()).box()),
        "sortKeyCondition");
  }

  private ParameterSpec parameter(TypeName type, String name) {
    return ParameterSpec.builder(type, names.get(name)).build();
  }

  private List<Property> keys() {
    return sortKey == null ? List.of(partitionKey) : List.of(partitionKey, sortKey);
  }

  /**
   * {@code name(keys..., more...)}, calling the typed table's method of that name with the item key
   * and {@code more}: directly, or, async, through {@code withKey} so that a bad key value fails
   * the future rather than throwing.
   */
  private MethodSpec operation(String name, TypeName result, ParameterSpec... more) {
    MethodSpec.Builder method = keyed(name, face.returns(result));
    List<CodeBlock> keyValues = new ArrayList<>();
    for (Property key : keys()) {
      keyValues.add(CodeBlock.of("$N", names.get(key)));
    }
    CodeBlock key = CodeBlock.of("key($L)", CodeBlock.join(keyValues, ", "));
    String lambda = names.get("key");
    List<CodeBlock> arguments = new ArrayList<>();
    arguments.add(face == AccessorFace.SYNC ? key : CodeBlock.of("$N", lambda));
    for (ParameterSpec parameter : more) {
      method.addParameter(parameter);
      arguments.add(CodeBlock.of("$N", parameter));
    }
    if (more.length > 0 && more[more.length - 1].type() instanceof ArrayTypeName) {
      method.varargs();
    }
    CodeBlock call = CodeBlock.of("typed().$N($L)", name, CodeBlock.join(arguments, ", "));
    if (face == AccessorFace.ASYNC) {
      return method.addStatement("return withKey(() -> $L, $N -> $L)", key, lambda, call).build();
    }
    return (result.equals(TypeName.VOID) ? method.addStatement("$L", call) : method.addStatement("return $L", call))
        .build();
  }

  private MethodSpec.Builder keyed(String name, TypeName returns) {
    return method(name, returns, keys());
  }

  private MethodSpec.Builder method(String name, TypeName returns, List<Property> keys) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC).returns(returns);
    for (Property key : keys) {
      method.addParameter(TypeName.get(key.javaType()), names.get(key));
    }
    return method;
  }
}
