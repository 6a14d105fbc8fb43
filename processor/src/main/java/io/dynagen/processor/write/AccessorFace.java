package io.dynagen.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;

/**
 * The sync or the async face of a generated table accessor: the runtime classes each extends and
 * returns, so that one writer of key methods and index accessors serves both.
 */
enum AccessorFace {
  SYNC("", "", "DynamoDbClient"),
  ASYNC("Async", "Async", "DynamoDbAsyncClient");

  private static final ClassName FUTURE = ClassName.get("java.util.concurrent", "CompletableFuture");

  private final String prefix;
  private final String readPrefix;
  private final String client;

  AccessorFace(String prefix, String readPrefix, String client) {
    this.prefix = prefix;
    this.readPrefix = readPrefix;
    this.client = client;
  }

  private ClassName table(String name) {
    return ClassName.get(RuntimeNames.TABLE, prefix + name);
  }

  ClassName typedTable() {
    return table("TypedTable");
  }

  ClassName accessor() {
    return table("TableAccessor");
  }

  ClassName simpleKeyTable() {
    return table("SimpleKeyTable");
  }

  ClassName compositeKeyTable() {
    return table("CompositeKeyTable");
  }

  ClassName typedIndex() {
    return table("TypedIndex");
  }

  ClassName simpleKeyIndex() {
    return table("SimpleKeyIndex");
  }

  ClassName compositeKeyIndex() {
    return table("CompositeKeyIndex");
  }

  ClassName client() {
    return ClassName.get("software.amazon.awssdk.services.dynamodb", client);
  }

  /** {@code Query<T>} or {@code AsyncQuery<T>}. */
  TypeName query(ClassName item) {
    return ParameterizedTypeName.get(ClassName.get(RuntimeNames.TABLE_READ, readPrefix + "Query"), item);
  }

  /** What an operation giving {@code result} returns on this face: itself, or a future of it ({@code void}: of Void). */
  TypeName returns(TypeName result) {
    if (this == SYNC) {
      return result;
    }
    return ParameterizedTypeName.get(FUTURE, result.equals(TypeName.VOID) ? ClassName.get(Void.class) : result.box());
  }
}
