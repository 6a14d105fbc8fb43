package io.dynagen.runtime.table;

import io.dynagen.runtime.expr.SortKeyCondition;
import io.dynagen.runtime.expr.ValueEncoder;
import io.dynagen.runtime.table.read.Query;

/**
 * A generated index accessor ({@code OrderTable.ByDateIndex}) of an index with a partition key and
 * a sort key: its queries typed from the key properties, written once here.
 *
 * @param <T> the mapped class
 * @param <P> the index partition key's Java type
 * @param <S> the index sort key's Java type
 */
public abstract class CompositeKeyIndex<T, P, S> extends SimpleKeyIndex<T, P> {
  private final TypedIndex<T> index;
  private final ValueEncoder<P> partitionKey;
  private final ValueEncoder<S> sortKey;

  /**
   * For generated subclasses: the index keys' encoders, as the schema stores them.
   *
   * @param index the index underneath
   * @param partitionKey how the partition key's values are stored
   * @param sortKey how the sort key's values are stored
   */
  protected CompositeKeyIndex(TypedIndex<T> index, ValueEncoder<P> partitionKey, ValueEncoder<S> sortKey) {
    super(index, partitionKey);
    this.index = index;
    this.partitionKey = partitionKey;
    this.sortKey = sortKey;
  }

  /**
   * {@return the items whose index partition key is this value and whose sort key meets the
   * condition; lazy}
   *
   * @param partitionValue the partition key value
   * @param sortKeyCondition the condition on the sort key
   */
  public final Query<T> query(P partitionValue, SortKeyCondition<S> sortKeyCondition) {
    return index.query(partitionValue, partitionKey).sortKey(sortKeyCondition, sortKey);
  }
}
