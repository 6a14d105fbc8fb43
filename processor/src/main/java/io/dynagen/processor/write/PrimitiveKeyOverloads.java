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
 * For a key of a primitive type ({@code long orderNumber}), the key methods again with the
 * primitive parameter, each boxing it and calling the runtime's method typed with the boxed type:
 * so {@code get("alice", 5)} compiles as it would against {@code get(String, long)} (an int does
 * not box to a Long). Nothing is written for keys of reference types.
 */
final class PrimitiveKeyOverloads {
  private static final ClassName GET_OPTIONS = ClassName.get(RuntimeNames.TABLE_READ, "GetOptions");
  private static final ClassName QUERY = ClassName.get(RuntimeNames.TABLE_READ, "Query");
  private static final ClassName CONDITION = ClassName.get(RuntimeNames.EXPR, "Condition");
  private static final ClassName UPDATE = ClassName.get(RuntimeNames.EXPR, "Update");
  private static final ClassName UPDATE_ACTION = ClassName.get(RuntimeNames.EXPR, "UpdateAction");
  private static final ClassName SORT_KEY_CONDITION = ClassName.get(RuntimeNames.EXPR, "SortKeyCondition");

  private final ClassName item;
  private final Property partitionKey;
  private final Property sortKey;
  private final NameAllocator names = new NameAllocator();

  PrimitiveKeyOverloads(ClassName item, Property partitionKey, Property sortKey) {
    this.item = item;
    this.partitionKey = partitionKey;
    this.sortKey = sortKey;
    names.newName(partitionKey.name(), partitionKey);
    if (sortKey != null) {
      names.newName(sortKey.name(), sortKey);
    }
    for (String parameter : List.of("options", "action", "more", "update", "condition", "sortKeyCondition")) {
      names.newName(parameter, parameter);
    }
  }

  private boolean anyPrimitive() {
    return primitive(partitionKey) || sortKey != null && primitive(sortKey);
  }

  private static boolean primitive(Property key) {
    return TypeName.get(key.javaType()).isPrimitive();
  }

  /** The overloads of a table accessor's key methods. */
  void addTo(TypeSpec.Builder table) {
    if (!anyPrimitive()) {
      return;
    }
    TypeName optionalItem = ParameterizedTypeName.get(ClassName.get(Optional.class), item);
    TypeName keyMap = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class),
        RuntimeNames.ATTRIBUTE_VALUE);
    table.addMethod(keyed("key", keyMap));
    table.addMethod(keyed("get", optionalItem));
    table.addMethod(keyed("get", optionalItem, ParameterSpec.builder(GET_OPTIONS, names.get("options")).build()));
    table.addMethod(keyed("deleteReturningOld", optionalItem));
    table.addMethod(keyed("deleteReturningOld", optionalItem, ParameterSpec.builder(CONDITION, names.get("condition")).build()));
    table.addMethod(keyed("delete", TypeName.VOID, ParameterSpec.builder(CONDITION, names.get("condition")).build()));
    if (sortKey != null) {
      // Without a sort key these three are generated with the key's own type already.
      table.addMethod(keyed("delete", TypeName.VOID));
      table.addMethod(keyed("update", item, ParameterSpec.builder(UPDATE_ACTION, names.get("action")).build(),
          ParameterSpec.builder(ArrayTypeName.of(UPDATE_ACTION), names.get("more")).build()));
      table.addMethod(keyed("update", item, ParameterSpec.builder(UPDATE, names.get("update")).build(),
          ParameterSpec.builder(CONDITION, names.get("condition")).build()));
    }
    table.addMethod(keyed("update", item, ParameterSpec.builder(UPDATE, names.get("update")).build()));
    addQueries(table);
  }

  /** The overloads of an index accessor's queries. */
  void addIndexQueriesTo(TypeSpec.Builder index) {
    if (anyPrimitive()) {
      addQueries(index);
    }
  }

  private void addQueries(TypeSpec.Builder type) {
    // query(P, SortKeyCondition<S>) takes no sort key value: it needs no overload of its own.
    if (!primitive(partitionKey)) {
      return;
    }
    TypeName query = ParameterizedTypeName.get(QUERY, item);
    type.addMethod(method("query", query, List.of(partitionKey), List.of()));
    if (sortKey != null) {
      type.addMethod(method("query", query, List.of(partitionKey), List.of(ParameterSpec.builder(
          ParameterizedTypeName.get(SORT_KEY_CONDITION, TypeName.get(sortKey.javaType()).box()),
          names.get("sortKeyCondition")).build())));
    }
  }

  private MethodSpec keyed(String name, TypeName returns, ParameterSpec... more) {
    List<Property> keys = new ArrayList<>();
    keys.add(partitionKey);
    if (sortKey != null) {
      keys.add(sortKey);
    }
    return method(name, returns, keys, List.of(more));
  }

  private MethodSpec method(String name, TypeName returns, List<Property> keys, List<ParameterSpec> more) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC).returns(returns);
    List<CodeBlock> arguments = new ArrayList<>();
    for (Property key : keys) {
      TypeName type = TypeName.get(key.javaType());
      String parameter = names.get(key);
      method.addParameter(type, parameter);
      arguments.add(type.isPrimitive()
          ? CodeBlock.of("$T.valueOf($N)", type.box(), parameter)
          : CodeBlock.of("$N", parameter));
    }
    for (ParameterSpec parameter : more) {
      method.addParameter(parameter);
      arguments.add(CodeBlock.of("$N", parameter.name()));
    }
    if (!more.isEmpty() && more.get(more.size() - 1).type() instanceof ArrayTypeName) {
      method.varargs();
    }
    CodeBlock call = CodeBlock.of("$N($L)", name, CodeBlock.join(arguments, ", "));
    return (returns.equals(TypeName.VOID) ? method.addStatement("$L", call) : method.addStatement("return $L", call))
        .build();
  }
}
