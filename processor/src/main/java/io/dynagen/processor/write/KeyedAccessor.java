package io.dynagen.processor.write;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.dynagen.processor.model.IndexJavaName;
import io.dynagen.processor.model.MappedClass;
import io.dynagen.processor.model.Property;
import io.dynagen.processor.model.SecondaryIndex;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * What the sync {@code XTable} and the async {@code XAsyncTable} are made of alike, each on its
 * {@link AccessorFace}: the runtime superclass typed by the keys, its constructor, the key methods
 * it cannot declare, and one typed accessor per secondary index.
 */
final class KeyedAccessor {

  private final AccessorFace face;
  private final MappedClass model;
  private final ClassName item;
  private final Property partitionKey;
  private final Property sortKey;

  KeyedAccessor(AccessorFace face, MappedClass model) {
    this.face = face;
    this.model = model;
    this.item = model.className();
    this.partitionKey = model.partitionKey().orElseThrow();
    this.sortKey = model.sortKey().orElse(null);
  }

  /** True if the key methods are written out here, with primitive key types; see {@link PrimitiveKeyMethods}. */
  private boolean primitiveKeys() {
    return PrimitiveKeyMethods.anyPrimitive(partitionKey, sortKey);
  }

  /** The class whose key methods the accessor has: the accessor itself, for primitive keys. */
  ClassName keyMethodsClass() {
    if (primitiveKeys()) {
      return face.accessor();
    }
    return sortKey == null ? face.simpleKeyTable() : face.compositeKeyTable();
  }

  /** The key properties for the javadoc: {@code (String id, Instant createdAt)}. */
  String keyList() {
    return keyList(partitionKey, sortKey);
  }

  /**
   * Adds the superclass, the key methods, the index accessors and the constructor to {@code
   * table}; {@code table} has its factories and javadoc already.
   */
  void addTo(TypeSpec.Builder table, ClassName name) {
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addParameter(ParameterizedTypeName.get(face.typedTable(), item), "table");
    if (primitiveKeys()) {
      table.superclass(ParameterizedTypeName.get(face.accessor(), item));
      constructor.addStatement("super(table)");
      new PrimitiveKeyMethods(face, item, partitionKey, sortKey).addTableMethodsTo(table);
    } else {
      table.superclass(keyedBase(face.simpleKeyTable(), face.compositeKeyTable(), partitionKey, sortKey));
      constructor.addStatement("super(table, $L)", encoders(partitionKey, sortKey));
      if (sortKey == null) {
        addSimpleKeyMethods(table);
      }
    }
    // One typed accessor per secondary index, created with the table: they are immutable too.
    for (IndexModel index : IndexModel.of(model)) {
      TypeSpec indexType = indexClass(index);
      table.addType(indexType);
      ClassName indexName = name.nestedClass(indexType.name());
      String accessor = accessorName(index);
      table.addField(indexName, accessor, Modifier.PRIVATE, Modifier.FINAL);
      constructor.addStatement("this.$N = new $T(table.index($S))", accessor, indexName, index.name());
      table.addMethod(MethodSpec.methodBuilder(accessor)
          .addJavadoc("The $L secondary index {@code $L}.\n", index.local() ? "local" : "global", index.name())
          .addModifiers(Modifier.PUBLIC)
          .returns(indexName)
          .addStatement("return $N", accessor)
          .build());
    }
    table.addMethod(constructor.build());
  }

  /**
   * The three methods taking a (reference typed) partition key that {@code SimpleKeyTable} cannot
   * declare with a type parameter for the key: they would have the erasure of {@code delete(item)},
   * {@code update(item, action, more...)} and {@code update(item, update, condition)}.
   */
  private void addSimpleKeyMethods(TypeSpec.Builder table) {
    NameAllocator names = new NameAllocator();
    String key = names.newName(partitionKey.name());
    String action = names.newName("action");
    String more = names.newName("more");
    String update = names.newName("update");
    String condition = names.newName("condition");
    TypeName keyType = TypeName.get(partitionKey.javaType());
    TypeName deleted = face.returns(TypeName.VOID);
    table.addMethod(MethodSpec.methodBuilder("delete")
            .addJavadoc("Deletes the item with this key, if any.\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(deleted)
            .addParameter(keyType, key)
            .addStatement(deleted.equals(TypeName.VOID) ? "deleteKey($N)" : "return deleteKey($N)", key)
            .build())
        .addMethod(MethodSpec.methodBuilder("update")
            .addJavadoc("Applies update actions, creating the item if there is none; $L after.\n",
                face == AccessorFace.SYNC ? "gives the item as it is" : "completes with the item")
            .addModifiers(Modifier.PUBLIC)
            .returns(face.returns(item))
            .addParameter(keyType, key)
            .addParameter(RuntimeNames.UPDATE_ACTION, action)
            .addParameter(ArrayTypeName.of(RuntimeNames.UPDATE_ACTION), more)
            .varargs()
            .addStatement("return updateKey($N, $N, $N)", key, action, more)
            .build())
        .addMethod(MethodSpec.methodBuilder("update")
            .addJavadoc("Applies an update if the condition holds; $L after.\n",
                face == AccessorFace.SYNC ? "gives the item as it is" : "completes with the item")
            .addModifiers(Modifier.PUBLIC)
            .returns(face.returns(item))
            .addParameter(keyType, key)
            .addParameter(RuntimeNames.UPDATE, update)
            .addParameter(RuntimeNames.CONDITION, condition)
            .addStatement("return updateKey($N, $N, $N)", key, update, condition)
            .build());
  }

  private TypeSpec indexClass(IndexModel index) {
    String className = IndexJavaName.of(index.name()) + "Index";
    Property indexPartitionKey = index.partitionKey();
    Property indexSortKey = index.sortKey();
    TypeSpec.Builder type = TypeSpec.classBuilder(className)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .superclass(keyedBase(face.simpleKeyIndex(), face.compositeKeyIndex(), indexPartitionKey, indexSortKey))
        .addJavadoc("Typed queries and scans of the $L secondary index {@code $L},\nkeyed by {@code $L}$L.\n",
            index.local() ? "local" : "global", index.name(), keyList(indexPartitionKey, indexSortKey),
            index.local() ? "" : "; no consistent reads")
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(ParameterizedTypeName.get(face.typedIndex(), item), "index")
            .addStatement("super(index, $L)", encoders(indexPartitionKey, indexSortKey))
            .build());
    new PrimitiveKeyMethods(face, item, indexPartitionKey, indexSortKey).addIndexQueriesTo(type);
    return type.build();
  }

  /** The runtime superclass typed by the keys' (boxed) types: {@code CompositeKeyTable<Order, String, Long>}. */
  private TypeName keyedBase(ClassName simple, ClassName composite, Property partition, Property sort) {
    return sort == null
        ? ParameterizedTypeName.get(simple, item, boxed(partition))
        : ParameterizedTypeName.get(composite, item, boxed(partition), boxed(sort));
  }

  /** The keys' encoders, as the superclass's constructor takes them. */
  private static CodeBlock encoders(Property partition, Property sort) {
    return sort == null
        ? PathCode.encoder(partition.mapped())
        : CodeBlock.of("$L, $L", PathCode.encoder(partition.mapped()), PathCode.encoder(sort.mapped()));
  }

  private static String keyList(Property partition, Property sort) {
    List<String> keys = new ArrayList<>();
    keys.add(simpleType(partition) + " " + partition.name());
    if (sort != null) {
      keys.add(simpleType(sort) + " " + sort.name());
    }
    return "(" + String.join(", ", keys) + ")";
  }

  private static String simpleType(Property property) {
    return ValueCode.describe(TypeName.get(property.javaType()));
  }

  private static TypeName boxed(Property key) {
    return TypeName.get(key.javaType()).box();
  }

  /** The accessor method (and field) of an index: {@code by-status} gives {@code byStatusIndex()}. */
  private static String accessorName(IndexModel index) {
    return new SecondaryIndex(index.name(), index.local(), index.partitionKey(), index.sortKey(), index.projection())
        .accessorName();
  }
}
