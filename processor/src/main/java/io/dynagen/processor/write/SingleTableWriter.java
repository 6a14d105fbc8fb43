package io.dynagen.processor.write;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.dynagen.processor.model.EntityModel;
import io.dynagen.processor.model.KeyTemplateModel;
import io.dynagen.processor.model.Property;
import io.dynagen.processor.model.ReadAccess;
import io.dynagen.processor.model.SingleTableModel;
import io.dynagen.processor.model.SingleTableModelBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code XTable} for a sealed root {@code X}: the entity types as data (names, templates,
 * the property each placeholder reads), one accessor per entity type with key methods typed from
 * its template properties, one query per item collection, one accessor per shared index. All
 * behaviour is the runtime's ({@code io.dynagen.runtime.single}); only what depends on the classes
 * is written here.
 */
public final class SingleTableWriter {
  private static final String SINGLE = RuntimeNames.RUNTIME + ".single";
  private static final ClassName SINGLE_TABLE = ClassName.get(SINGLE, "SingleTable");
  private static final ClassName SINGLE_TABLE_SCHEMA = ClassName.get(SINGLE, "SingleTableSchema");
  private static final ClassName LAYOUT = ClassName.get(SINGLE, "SingleTableLayout");
  private static final ClassName ENTITY_TYPE = ClassName.get(SINGLE, "EntityType");
  private static final ClassName KEY_TEMPLATE = ClassName.get(SINGLE, "KeyTemplate");
  private static final ClassName ENTITY_ACCESSOR = ClassName.get(SINGLE, "EntityAccessor");
  private static final ClassName SHARED_INDEX_ACCESSOR = ClassName.get(SINGLE, "SharedIndexAccessor");
  private static final ClassName TYPED_TABLE = ClassName.get(RuntimeNames.TABLE, "TypedTable");
  private static final ClassName TABLE_NAMES = ClassName.get(RuntimeNames.TABLE_ADMIN, "TableNames");
  private static final ClassName TABLES = ClassName.get(RuntimeNames.TABLE, "Tables");
  private static final ClassName QUERY = ClassName.get(RuntimeNames.TABLE_READ, "Query");
  private static final ClassName GET_OPTIONS = ClassName.get(RuntimeNames.TABLE_READ, "GetOptions");
  private static final ClassName CONDITION = ClassName.get(RuntimeNames.EXPR, "Condition");
  private static final ClassName UPDATE = ClassName.get(RuntimeNames.EXPR, "Update");
  private static final ClassName SORT_KEY_CONDITION = ClassName.get(RuntimeNames.EXPR, "SortKeyCondition");
  private static final ClassName UPDATE_ACTION = ClassName.get(RuntimeNames.EXPR, "UpdateAction");
  private static final ClassName CLIENT = ClassName.get("software.amazon.awssdk.services.dynamodb", "DynamoDbClient");
  private static final TypeName KEY_MAP = ParameterizedTypeName.get(ClassName.get(Map.class),
      ClassName.get(String.class), RuntimeNames.ATTRIBUTE_VALUE);

  /**
   * The schema's {@code TypeDispatch}: a switch on the stored type name calling each entity's
   * schema directly, where the runtime would call it through an interface every entity shares.
   */
  private static MethodSpec typeDispatch(SingleTableModel model, ClassName root) {
    CodeBlock.Builder cases = CodeBlock.builder().beginControlFlow("switch (type)");
    for (EntityModel entity : model.entities()) {
      cases.addStatement("case $S: return $T.INSTANCE.fromMap(item)", entity.typeName(),
          GeneratedNames.schema(entity.element()));
    }
    cases.addStatement("default: return null").endControlFlow();
    return MethodSpec.methodBuilder("read")
        .addJavadoc("Reads an item by its entity type name; null for a name of no entity type.\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(root)
        .addParameter(String.class, "type")
        .addParameter(KEY_MAP, "item")
        .addCode(cases.build())
        .build();
  }

  public TypeSpec write(SingleTableModel model) {
    ClassName name = GeneratedNames.table(model.root());
    ClassName root = model.className();
    TypeSpec.Builder table = TypeSpec.classBuilder(name)
        .addOriginatingElement(model.root())
        .addAnnotation(SchemaWriter.generated())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(ParameterizedTypeName.get(SINGLE_TABLE, root))
        .addJavadoc("The single table of {@link $T} (default name {@code $L}): one accessor per entity type,\n"
            + "one query per item collection, one accessor per shared index; the rest is in {@link $T}.\n"
            + "Immutable and thread-safe: create one and share it. Generated by Dynagen: do not edit.\n",
            root, model.tableName(), SINGLE_TABLE)
        .addField(FieldSpec.builder(String.class, "TABLE_NAME", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .initializer("$S", model.tableName())
            .build())
        .addField(FieldSpec.builder(LAYOUT, "LAYOUT", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer(layout(model))
            .build());
    List<CodeBlock> entityConstants = new ArrayList<>();
    for (EntityModel entity : model.entities()) {
      table.addField(entityType(entity));
      entityConstants.add(CodeBlock.of("$N", constant(entity)));
    }
    TypeName entityTypeOfRoot = ParameterizedTypeName.get(ENTITY_TYPE, WildcardTypeName.subtypeOf(root));
    // Public, as a one-class table's XSchema.INSTANCE is: what takes a schema without a client
    // (dynagen-test's DynamoDbLocal.withTables) reaches the single table's through it.
    table.addField(FieldSpec.builder(ParameterizedTypeName.get(SINGLE_TABLE_SCHEMA, root), "SCHEMA",
            Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The schema of the table: its layout and entity types, for what takes a schema, such as\n"
            + "dynagen-test's {@code DynamoDbLocal.withTables(...)}.\n")
        .initializer("$T.of($T.class, LAYOUT, $T.<$T>of($L), $T::read)", SINGLE_TABLE_SCHEMA, root, List.class,
            entityTypeOfRoot, CodeBlock.join(entityConstants, ", "), name)
        .build());
    table.addMethod(typeDispatch(model, root));

    MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addParameter(ParameterizedTypeName.get(TYPED_TABLE, root), "table")
        .addStatement("super(table)");
    for (EntityModel entity : model.entities()) {
      ClassName accessor = name.nestedClass(accessorType(entity));
      String field = accessorName(entity);
      table.addField(accessor, field, Modifier.PRIVATE, Modifier.FINAL);
      constructor.addStatement("this.$N = new $T(this)", field, accessor);
      table.addMethod(MethodSpec.methodBuilder(field)
          .addJavadoc("The items of type {@link $T}: get, put, update, delete, query.\n", entity.mapped().className())
          .addModifiers(Modifier.PUBLIC)
          .returns(accessor)
          .addStatement("return $N", field)
          .build());
      table.addType(entityAccessor(entity, accessor));
    }
    for (SingleTableModel.SharedIndex index : model.indexes()) {
      ClassName accessor = name.nestedClass(indexType(index));
      String field = indexName(index);
      table.addField(accessor, field, Modifier.PRIVATE, Modifier.FINAL);
      constructor.addStatement("this.$N = new $T(this)", field, accessor);
      table.addMethod(MethodSpec.methodBuilder(field)
          .addJavadoc("The shared index {@code $L}, with its item collections.\n", index.name())
          .addModifiers(Modifier.PUBLIC)
          .returns(accessor)
          .addStatement("return $N", field)
          .build());
      table.addType(indexAccessor(model, index, accessor, root));
    }
    table.addMethod(constructor.build());
    addFactories(table, name, model.tableName());
    table.addMethod(MethodSpec.methodBuilder("skipUnknownTypes")
        .addJavadoc("This table, but its reads of many items leave out items of types this code does not\n"
            + "know (written by a newer version of the application) instead of failing on them.\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(name)
        .addStatement("return new $T(skippingUnknownTypes())", name)
        .build());
    for (Map.Entry<String, Collection> collection : collections(model.entities(), null).entrySet()) {
      table.addField(collectionTemplate(collection.getKey(), collection.getValue()));
      table.addMethod(collectionMethod(collection.getKey(), collection.getValue(), root));
    }
    for (SingleTableModel.SharedIndex index : model.indexes()) {
      for (Map.Entry<String, Collection> collection : collections(model.entities(), index.name()).entrySet()) {
        table.addField(collectionTemplate(collection.getKey(), collection.getValue()));
      }
    }
    return table.build();
  }

  private static CodeBlock layout(SingleTableModel model) {
    List<CodeBlock> indexes = new ArrayList<>();
    for (SingleTableModel.SharedIndex index : model.indexes()) {
      indexes.add(CodeBlock.of("new $T.Index($S, $S, $L)", LAYOUT, index.name(), index.partitionKey(),
          index.hasSortKey() ? CodeBlock.of("$S", index.sortKey()) : CodeBlock.of("null")));
    }
    return CodeBlock.of("new $T(TABLE_NAME, $S, $S, $L, $T.of($L))", LAYOUT, model.partitionKey(), model.sortKey(),
        model.keyPrefix() ? CodeBlock.of("null") : CodeBlock.of("$S", model.typeAttribute()), List.class,
        CodeBlock.join(indexes, ", "));
  }

  /** {@code ORDER}: the entity type, with the one method that reads the template properties. */
  private static FieldSpec entityType(EntityModel entity) {
    ClassName type = entity.mapped().className();
    List<CodeBlock> indexes = new ArrayList<>();
    for (EntityModel.Index index : entity.indexes()) {
      indexes.add(CodeBlock.of("new $T.IndexKeys($S, $L, $L)", ENTITY_TYPE, index.index(),
          parse(index.partitionKey()), index.sortKey() == null ? CodeBlock.of("null") : parse(index.sortKey())));
    }
    MethodSpec.Builder property = MethodSpec.methodBuilder("property")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED)
        .returns(Object.class)
        .addParameter(type, "entity")
        .addParameter(String.class, "property");
    Set<String> names = templateProperties(entity);
    if (!names.isEmpty()) {
      property.beginControlFlow("switch (property)");
      for (String name : names) {
        Property mapped = entity.property(name).orElseThrow();
        property.addStatement("case $S: return $L", name, read(mapped.read()));
      }
      property.addStatement("default: break").endControlFlow();
    }
    property.addStatement("throw new $T($S + property)", IllegalArgumentException.class,
        "No key template of " + entity.simpleName() + " names ");
    TypeSpec anonymous = TypeSpec.anonymousClassBuilder("$S, $T.class, $T.INSTANCE, $L, $L, $T.of($L)",
            entity.typeName(), type, GeneratedNames.schema(entity.element()), parse(entity.partitionKey()),
            parse(entity.sortKey()), List.class, CodeBlock.join(indexes, ", "))
        .superclass(ParameterizedTypeName.get(ENTITY_TYPE, type))
        .addMethod(property.build())
        .build();
    return FieldSpec.builder(ParameterizedTypeName.get(ENTITY_TYPE, type), constant(entity),
            Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("$L", anonymous)
        .build();
  }

  private static CodeBlock read(ReadAccess read) {
    return read.kind() == ReadAccess.Kind.METHOD
        ? CodeBlock.of("entity.$N()", read.name())
        : CodeBlock.of("entity.$N", read.name());
  }

  private static CodeBlock parse(KeyTemplateModel template) {
    return CodeBlock.of("$T.parse($S)", KEY_TEMPLATE, template.text());
  }

  private static Set<String> templateProperties(EntityModel entity) {
    Set<String> names = new LinkedHashSet<>(entity.partitionKey().properties());
    names.addAll(entity.sortKey().properties());
    for (EntityModel.Index index : entity.indexes()) {
      names.addAll(index.partitionKey().properties());
      if (index.sortKey() != null) {
        names.addAll(index.sortKey().properties());
      }
    }
    return names;
  }

  private static void addFactories(TypeSpec.Builder table, ClassName name, String tableName) {
    table.addMethod(MethodSpec.methodBuilder("create")
            .addJavadoc("The table named {@code $L}.\n", tableName)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(name)
            .addParameter(CLIENT, "client")
            .addStatement("return new $T($T.of(client, SCHEMA))", name, TYPED_TABLE)
            .build())
        .addMethod(MethodSpec.methodBuilder("create")
            .addJavadoc("The table named {@code tableName} (per environment, say).\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(name)
            .addParameter(CLIENT, "client")
            .addParameter(String.class, "tableName")
            .addStatement("return new $T($T.of(client, SCHEMA, tableName))", name, TYPED_TABLE)
            .build())
        .addMethod(MethodSpec.methodBuilder("create")
            .addJavadoc("The table {@code names} make of {@code $L} ({@code prod-$L}, say).\n", tableName, tableName)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(name)
            .addParameter(CLIENT, "client")
            .addParameter(TABLE_NAMES, "names")
            .addStatement("return new $T($T.of(client, SCHEMA, names))", name, TYPED_TABLE)
            .build())
        .addMethod(MethodSpec.methodBuilder("create")
            .addJavadoc("This table among {@code tables}, under the name they give it.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(name)
            .addParameter(TABLES, "tables")
            .addStatement("return new $T(tables.table(SCHEMA))", name)
            .build());
  }

  // ------------------------------------------------------------------ per entity

  /** {@code ShopItemTable.Orders}: the key methods typed from the template properties. */
  private static TypeSpec entityAccessor(EntityModel entity, ClassName accessor) {
    ClassName type = entity.mapped().className();
    ClassName outer = accessor.enclosingClassName();
    NameAllocator names = new NameAllocator();
    for (String reserved : List.of("options", "condition", "action", "more", "update")) {
      names.newName(reserved, reserved);
    }
    // One parameter per property, partition template's first; a property in both templates once.
    List<ParameterSpec> keyParameters = new ArrayList<>();
    Map<String, String> parameterOf = new LinkedHashMap<>();
    for (String property : concat(entity.partitionKey().properties(), entity.sortKey().properties())) {
      if (!parameterOf.containsKey(property)) {
        String parameter = names.newName(property);
        parameterOf.put(property, parameter);
        keyParameters.add(ParameterSpec.builder(TypeName.get(entity.property(property).orElseThrow().javaType()),
            parameter).build());
      }
    }
    CodeBlock keyValues = arguments(concat(entity.partitionKey().properties(), entity.sortKey().properties()),
        parameterOf);
    CodeBlock keyCall = CodeBlock.of("key($L)", arguments(new ArrayList<>(parameterOf.keySet()), parameterOf));
    String keyDoc = String.join(", ", parameterOf.values());

    TypeSpec.Builder builder = TypeSpec.classBuilder(accessor)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .superclass(ParameterizedTypeName.get(ENTITY_ACCESSOR, type))
        .addJavadoc("The items of type {@link $T}, keyed {@code $L} / {@code $L}; the rest is in {@link $T}.\n",
            type, entity.partitionKey().text(), entity.sortKey().text(), ENTITY_ACCESSOR)
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(outer, "table")
            .addStatement("super(table, $N)", constant(entity))
            .build());
    builder.addMethod(keyed("key", keyParameters, KEY_MAP)
        .addJavadoc("The item key of ($L), assembled from the key templates.\n", keyDoc)
        .addStatement("return keyOf($L)", keyValues)
        .build());
    TypeName optional = ParameterizedTypeName.get(ClassName.get(Optional.class), type);
    builder.addMethod(keyed("get", keyParameters, optional)
        .addJavadoc("The item with this key, if there is one.\n")
        .addStatement("return typed().get($L)", keyCall)
        .build());
    builder.addMethod(keyed("get", keyParameters, optional)
        .addJavadoc("The item with this key, read with options.\n")
        .addParameter(GET_OPTIONS, "options")
        .addStatement("return typed().get($L, options)", keyCall)
        .build());
    builder.addMethod(keyed("delete", keyParameters, TypeName.VOID)
        .addJavadoc("Deletes the item with this key, if there is one.\n")
        .addStatement("typed().delete($L)", keyCall)
        .build());
    builder.addMethod(keyed("delete", keyParameters, TypeName.VOID)
        .addJavadoc("Deletes the item with this key if the condition holds.\n")
        .addParameter(CONDITION, "condition")
        .addStatement("typed().delete($L, condition)", keyCall)
        .build());
    builder.addMethod(keyed("update", keyParameters, type)
        .addJavadoc("Applies update actions to the existing item with this key; gives it as it is after.\n")
        .addParameter(UPDATE_ACTION, "action")
        .addParameter(ArrayTypeName.of(UPDATE_ACTION), "more")
        .varargs(true)
        .addStatement("return update($L, $T.of(action, more), null)", keyCall, UPDATE)
        .build());
    builder.addMethod(keyed("update", keyParameters, type)
        .addJavadoc("Applies an update to the existing item with this key if the condition holds.\n")
        .addParameter(UPDATE, "update")
        .addParameter(CONDITION, "condition")
        .addStatement("return update($L, update, condition)", keyCall)
        .build());
    List<ParameterSpec> partitionParameters = new ArrayList<>();
    for (String property : new LinkedHashSet<>(entity.partitionKey().properties())) {
      partitionParameters.add(keyParameters.get(new ArrayList<>(parameterOf.keySet()).indexOf(property)));
    }
    builder.addMethod(keyed("query", partitionParameters, ParameterizedTypeName.get(QUERY, type))
        .addJavadoc("The $L items of one partition, in sort key order ($L).\n", entity.typeName(),
            entity.sortKey().isLiteral() ? "sort key " + entity.sortKey().text()
                : "sort key beginning " + entity.sortKey().prefix())
        .addStatement("return queryPartition($L)", arguments(entity.partitionKey().properties(), parameterOf))
        .build());
    if (!entity.sortKey().isLiteral()) {
      String first = entity.sortKey().properties().get(0);
      TypeName boxed = TypeName.get(entity.property(first).orElseThrow().javaType()).box();
      String range = names.newName("range");
      builder.addMethod(keyed("query", partitionParameters, ParameterizedTypeName.get(QUERY, type))
          .addJavadoc("The $L items of one partition whose {@code $L} meets the condition, by one key condition.\n",
              entity.typeName(), first)
          .addParameter(ParameterizedTypeName.get(SORT_KEY_CONDITION, boxed), range)
          .addStatement("return queryRange($N, $T.class, $L)", range, boxed,
              arguments(entity.partitionKey().properties(), parameterOf))
          .build());
    }
    for (EntityModel.Index index : entity.indexes()) {
      addIndexQueries(builder, entity, index, type);
    }
    return builder.build();
  }

  /**
   * {@code queryGsi1(orderId)}: the entity's items of one partition of a shared index, and, when
   * its index sort template has a placeholder, the overload taking a condition on the first one.
   */
  private static void addIndexQueries(TypeSpec.Builder builder, EntityModel entity, EntityModel.Index index,
      ClassName type) {
    NameAllocator names = new NameAllocator();
    List<ParameterSpec> parameters = new ArrayList<>();
    Map<String, String> parameterOf = new LinkedHashMap<>();
    for (String property : index.partitionKey().properties()) {
      if (!parameterOf.containsKey(property)) {
        String parameter = names.newName(property);
        parameterOf.put(property, parameter);
        parameters.add(ParameterSpec.builder(TypeName.get(entity.property(property).orElseThrow().javaType()),
            parameter).build());
      }
    }
    String method = indexQueryName(index.index());
    CodeBlock values = arguments(index.partitionKey().properties(), parameterOf);
    KeyTemplateModel sortKey = index.sortKey();
    builder.addMethod(keyed(method, parameters, ParameterizedTypeName.get(QUERY, type))
        .addJavadoc("The $L items of one partition of index $L ({@code $L}), in index sort key order$L.\n",
            entity.typeName(), index.index(), index.partitionKey().text(),
            sortKey == null ? "" : " (" + (sortKey.isLiteral() ? "sort key " : "sort key beginning ")
                + (sortKey.isLiteral() ? sortKey.text() : sortKey.prefix()) + ")")
        .addStatement("return queryIndex($S, $L)", index.index(), values)
        .build());
    if (sortKey != null && !sortKey.isLiteral()) {
      String first = sortKey.properties().get(0);
      TypeName boxed = TypeName.get(entity.property(first).orElseThrow().javaType()).box();
      String range = names.newName("range");
      builder.addMethod(keyed(method, parameters, ParameterizedTypeName.get(QUERY, type))
          .addJavadoc("The $L items of one partition of index $L whose {@code $L} meets the condition, by one key"
              + " condition.\n", entity.typeName(), index.index(), first)
          .addParameter(ParameterizedTypeName.get(SORT_KEY_CONDITION, boxed), range)
          .addStatement("return queryIndexRange($S, $N, $T.class, $L)", index.index(), range, boxed, values)
          .build());
    }
  }

  private static MethodSpec.Builder keyed(String name, List<ParameterSpec> parameters, TypeName returns) {
    return MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC).returns(returns).addParameters(parameters);
  }

  private static CodeBlock arguments(List<String> properties, Map<String, String> parameterOf) {
    List<CodeBlock> arguments = new ArrayList<>();
    for (String property : properties) {
      arguments.add(CodeBlock.of("$N", parameterOf.get(property)));
    }
    return CodeBlock.join(arguments, ", ");
  }

  private static List<String> concat(List<String> first, List<String> second) {
    List<String> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }

  // ------------------------------------------------------------------ collections

  /** The entities sharing one partition template, by collection name, with the template. */
  private record Collection(KeyTemplateModel template, EntityModel first, String index, List<String> types) {}

  /** The table's collections ({@code index} null) or one shared index's. */
  private static Map<String, Collection> collections(List<EntityModel> entities, String index) {
    Map<String, Collection> collections = new LinkedHashMap<>();
    for (EntityModel entity : entities) {
      if (index == null) {
        add(collections, SingleTableModelBuilder.collectionName(entity.partitionKey(), entity.collection()),
            entity.partitionKey(), entity, null);
        continue;
      }
      for (EntityModel.Index used : entity.indexes()) {
        if (used.index().equals(index)) {
          add(collections, SingleTableModelBuilder.collectionName(used.partitionKey(), used.collection()),
              used.partitionKey(), entity, index);
        }
      }
    }
    return collections;
  }

  private static void add(Map<String, Collection> collections, String name, KeyTemplateModel template,
      EntityModel entity, String index) {
    collections.computeIfAbsent(name, key -> new Collection(template, entity, index, new ArrayList<>()))
        .types().add(entity.typeName());
  }

  private static MethodSpec collectionMethod(String name, Collection collection, ClassName root) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(name + "Collection")
        .addJavadoc("The item collection {@code $L} of the $L: every item of one partition, of types $L,\n"
            + "in sort key order.\n", collection.template().text(),
            collection.index() == null ? "table" : "index " + collection.index(), String.join(", ", collection.types()))
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(QUERY, root));
    Map<String, String> parameterOf = new LinkedHashMap<>();
    NameAllocator names = new NameAllocator();
    for (String property : collection.template().properties()) {
      if (!parameterOf.containsKey(property)) {
        String parameter = names.newName(property);
        parameterOf.put(property, parameter);
        method.addParameter(TypeName.get(collection.first().property(property).orElseThrow().javaType()), parameter);
      }
    }
    CodeBlock values = arguments(collection.template().properties(), parameterOf);
    return method.addStatement("return collection($N, $L)", collectionConstant(name, collection), values).build();
  }

  /** The partition template of a collection, parsed once: {@code CUSTOMER_COLLECTION}, {@code GSI1_ORDER_COLLECTION}. */
  private static FieldSpec collectionTemplate(String name, Collection collection) {
    return FieldSpec.builder(KEY_TEMPLATE, collectionConstant(name, collection),
            Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer(parse(collection.template()))
        .build();
  }

  private static String collectionConstant(String name, Collection collection) {
    String constant = upperSnake(name) + "_COLLECTION";
    return collection.index() == null ? constant : upperSnake(indexName(collection.index())) + "_" + constant;
  }

  private static String upperSnake(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
  }

  /** {@code ShopItemTable.Gsi1}: the index's collections. */
  private static TypeSpec indexAccessor(SingleTableModel model, SingleTableModel.SharedIndex index,
      ClassName accessor, ClassName root) {
    TypeSpec.Builder builder = TypeSpec.classBuilder(accessor)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .superclass(ParameterizedTypeName.get(SHARED_INDEX_ACCESSOR, root))
        .addJavadoc("The shared index {@code $L}, keyed {@code $L}$L.\n", index.name(), index.partitionKey(),
            index.hasSortKey() ? " / {@code " + index.sortKey() + "}" : "")
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(accessor.enclosingClassName(), "table")
            .addStatement("super(table, $S)", index.name())
            .build());
    for (Map.Entry<String, Collection> collection : collections(model.entities(), index.name()).entrySet()) {
      builder.addMethod(collectionMethod(collection.getKey(), collection.getValue(), root));
    }
    return builder.build();
  }

  // ------------------------------------------------------------------ names

  /** {@code ORDER_LINE}. */
  private static String constant(EntityModel entity) {
    return upperSnake(entity.simpleName());
  }

  /** {@code orderLines}: the plural of the lower-camel simple name. */
  static String accessorName(EntityModel entity) {
    String type = accessorType(entity);
    return Character.toLowerCase(type.charAt(0)) + type.substring(1);
  }

  /** {@code OrderLines}. */
  static String accessorType(EntityModel entity) {
    String name = entity.simpleName();
    if (name.matches(".*(s|x|z|ch|sh)")) {
      return name + "es";
    }
    if (name.matches(".*[^aeiouAEIOU]y")) {
      return name.substring(0, name.length() - 1) + "ies";
    }
    return name + "s";
  }

  /** {@code gsi1} for {@code GSI1}, {@code byEmail} for {@code by-email}. */
  static String indexName(SingleTableModel.SharedIndex index) {
    return indexName(index.name());
  }

  static String indexName(String index) {
    String name = SingleTableModelBuilder.lowerCamel(index);
    return name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0)) ? "index" + name : name;
  }

  static String indexType(SingleTableModel.SharedIndex index) {
    return indexType(index.name());
  }

  /** {@code Gsi1} for {@code GSI1}. */
  static String indexType(String index) {
    String name = indexName(index);
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /** {@code queryGsi1}: the entity accessor's query of a shared index. */
  static String indexQueryName(String index) {
    return "query" + indexType(index);
  }

}
