package io.dynagen.runtime.table;

import io.dynagen.runtime.expr.SortKeyCondition;
import io.dynagen.runtime.expr.ValueEncoder;
import io.dynagen.runtime.table.read.AsyncQuery;

/**
 * A generated async index accessor ({@code OrderAsyncTable.ByDateIndex}) of an index with a
 * partition key and a sort key: the queries of {@link CompositeKeyIndex}, read as publishers and
 * futures.
 *
 * @param <T> the mapped class
 * @param <P> the index partition key's Java type
 * @param <S> the index sort key's Java type
 */
public abstract class AsyncCompositeKeyIndex<T, P, S> extends AsyncSimpleKeyIndex<T, P> {
  private final AsyncTypedIndex<T> index;
  private final ValueEncoder<P> partitionKey;
  private final ValueEncoder<S> sortKey;

  /**
   * For generated subclasses: the index keys' encoders, as the schema stores them.
   *
   * @param index the index underneath
   * @param partitionKey how the partition key's values are stored
   * @param sortKey how the sort key's values are stored
   */
  protected AsyncCompositeKeyIndex(AsyncTypedIndex<T> index, ValueEncoder<P> partitionKey, ValueEncoder<S> sortKey) {
    super(index, partitionKey);
    this.index = index;
    this.partitionKey = partitionKey;
    this.sortKey = sortKey;
  }

  /**
   * The items whose index partition key is this value and whose sort key meets the condition;
   * nothing is sent until it is read.
   *
   * @param partitionValue the partition key value
   * @param sortKeyCondition the condition on the sort key
   * @return the query
   */
  public final AsyncQuery<T> query(P partitionValue, SortKeyCondition<S> sortKeyCondition) {
    return index.query(partitionValue, partitionKey).sortKey(sortKeyCondition, sortKey);
  }
}
