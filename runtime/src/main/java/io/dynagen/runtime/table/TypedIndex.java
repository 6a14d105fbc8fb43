package io.dynagen.runtime.table;

import io.dynagen.runtime.SecondaryIndex;
import io.dynagen.runtime.expr.ValueEncoder;
import io.dynagen.runtime.table.internal.KeyShape;
import io.dynagen.runtime.table.internal.TableInternals;
import io.dynagen.runtime.table.read.Query;
import io.dynagen.runtime.table.read.Scan;

/**
 * A secondary index of a typed table, to query and scan; items come back as the table's class
 * (indexes are created projecting all attributes). Immutable and thread-safe.
 *
 * @param <T> the item class
 */
public final class TypedIndex<T> {
  private final TypedTable<T> table;
  private final SecondaryIndex index;
  private final KeyShape keys;

  TypedIndex(TypedTable<T> table, SecondaryIndex index, KeyShape keys) {
    this.table = table;
    this.index = index;
    this.keys = keys;
  }

  /** {@return the index's name} */
  public String name() {
    return index.name();
  }

  /** {@return the index as the schema declares it} */
  public SecondaryIndex index() {
    return index;
  }

  /**
   * {@return a query of the items whose index partition key is {@code partitionValue}}
   *
   * @param <P> the partition key's Java type
   * @param partitionValue the partition key value
   * @param encoder the index partition key's encoder, as the schema stores it
   * @throws IllegalArgumentException if the value is null or empty
   */
  public <P> Query<T> query(P partitionValue, ValueEncoder<P> encoder) {
    return new Query<>(table, keys, TableInternals.operations(table).keyValue(keys.partitionKey(), partitionValue, encoder));
  }

  /** {@return a scan of every item in the index} */
  public Scan<T> scan() {
    return new Scan<>(table, keys);
  }
}
