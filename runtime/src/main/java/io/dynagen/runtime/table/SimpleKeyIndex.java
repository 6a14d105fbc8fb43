package io.dynagen.runtime.table;

import io.dynagen.runtime.expr.ValueEncoder;
import io.dynagen.runtime.table.read.Query;
import io.dynagen.runtime.table.read.Scan;

/**
 * A generated index accessor ({@code UserTable.ByEmailIndex}) of an index with only a partition
 * key: its queries typed from the key property, written once here. Immutable and thread-safe.
 *
 * @param <T> the mapped class
 * @param <P> the index partition key's Java type
 */
public abstract class SimpleKeyIndex<T, P> {
  private final TypedIndex<T> index;
  private final ValueEncoder<P> partitionKey;

  /**
   * For generated subclasses: the index key's encoder, as the schema stores it.
   *
   * @param index the index underneath
   * @param partitionKey how the partition key's values are stored
   */
  protected SimpleKeyIndex(TypedIndex<T> index, ValueEncoder<P> partitionKey) {
    this.index = index;
    this.partitionKey = partitionKey;
  }

  /** {@return the index's name} */
  public final String name() {
    return index.name();
  }

  /**
   * {@return the items whose index partition key is this value; lazy} A global secondary index
   * takes no consistent reads.
   *
   * @param partitionValue the partition key value
   */
  public final Query<T> query(P partitionValue) {
    return index.query(partitionValue, partitionKey);
  }

  /** {@return every item in the index; lazy} */
  public final Scan<T> scan() {
    return index.scan();
  }
}
