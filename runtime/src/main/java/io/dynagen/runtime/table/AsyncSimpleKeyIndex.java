package io.dynagen.runtime.table;

import io.dynagen.runtime.expr.ValueEncoder;
import io.dynagen.runtime.table.read.AsyncQuery;
import io.dynagen.runtime.table.read.AsyncScan;

/**
 * A generated async index accessor ({@code UserAsyncTable.ByEmailIndex}) of an index with only a
 * partition key: the queries of {@link SimpleKeyIndex}, read as publishers and futures. Immutable
 * and thread-safe.
 *
 * @param <T> the mapped class
 * @param <P> the index partition key's Java type
 */
public abstract class AsyncSimpleKeyIndex<T, P> {
  private final AsyncTypedIndex<T> index;
  private final ValueEncoder<P> partitionKey;

  /**
   * For generated subclasses: the index key's encoder, as the schema stores it.
   *
   * @param index the index underneath
   * @param partitionKey how the partition key's values are stored
   */
  protected AsyncSimpleKeyIndex(AsyncTypedIndex<T> index, ValueEncoder<P> partitionKey) {
    this.index = index;
    this.partitionKey = partitionKey;
  }

  /**
   * The index's name.
   *
   * @return the index's name
   */
  public final String name() {
    return index.name();
  }

  /**
   * The items whose index partition key is this value; nothing is sent until it is read. A global
   * secondary index takes no consistent reads.
   *
   * @param partitionValue the partition key value
   * @return the query
   */
  public final AsyncQuery<T> query(P partitionValue) {
    return index.query(partitionValue, partitionKey);
  }

  /**
   * Every item in the index; nothing is sent until it is read.
   *
   * @return the scan
   */
  public final AsyncScan<T> scan() {
    return index.scan();
  }
}
