package io.dynagen.runtime.table;

import io.dynagen.runtime.expr.Condition;
import io.dynagen.runtime.expr.SortKeyCondition;
import io.dynagen.runtime.expr.Update;
import io.dynagen.runtime.expr.UpdateAction;
import io.dynagen.runtime.expr.ValueEncoder;
import io.dynagen.runtime.table.read.GetOptions;
import io.dynagen.runtime.table.read.Query;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The generated {@code XTable} of a table with a partition key and a sort key: every method taking
 * the key, typed from the key properties ({@code get(String username, Instant createdAt)}), written
 * once here. A null or empty key value fails with an {@code IllegalArgumentException} naming the
 * attribute and the table, before any request.
 *
 * @param <T> the mapped class
 * @param <P> the partition key's Java type
 * @param <S> the sort key's Java type
 */
public abstract class CompositeKeyTable<T, P, S> extends TableAccessor<T> {
  private final TypedTable<T> table;
  private final ValueEncoder<P> partitionKey;
  private final ValueEncoder<S> sortKey;

  /**
   * For generated subclasses: the keys' encoders, as the schema stores the keys.
   *
   * @param table the typed table underneath
   * @param partitionKey how the partition key's values are stored
   * @param sortKey how the sort key's values are stored
   */
  protected CompositeKeyTable(TypedTable<T> table, ValueEncoder<P> partitionKey, ValueEncoder<S> sortKey) {
    super(table);
    this.table = table;
    this.partitionKey = partitionKey;
    this.sortKey = sortKey;
  }

  /**
   * {@return the item key of these key values}
   *
   * @param partitionValue the partition key value
   * @param sortValue the sort key value
   */
  public final Map<String, AttributeValue> key(P partitionValue, S sortValue) {
    return table.key(partitionValue, partitionKey, sortValue, sortKey);
  }

  /**
   * {@return the item with this key, if there is one}
   *
   * @param partitionValue the partition key value
   * @param sortValue the sort key value
   */
  public final Optional<T> get(P partitionValue, S sortValue) {
    return table.get(key(partitionValue, sortValue));
  }

  /**
   * {@return the item with this key, read with options (consistent read, projection)}
   *
   * @param partitionValue the partition key value
   * @param sortValue the sort key value
   * @param options consistent read, projection
   */
  public final Optional<T> get(P partitionValue, S sortValue, GetOptions options) {
    return table.get(key(partitionValue, sortValue), options);
  }

  /**
   * Applies update actions ({@code User_.age.set(26)}), creating the item if there is none; gives
   * the item as it is after.
   *
   * @param partitionValue the partition key value
   * @param sortValue the sort key value
   * @param action the first update action
   * @param more further update actions
   * @return the item as it is after the update
   */
  public final T update(P partitionValue, S sortValue, UpdateAction action, UpdateAction... more) {
    return table.update(key(partitionValue, sortValue), action, more);
  }

  /**
   * Applies an update, creating the item if there is none; gives the item as it is after.
   *
   * @param partitionValue the partition key value
   * @param sortValue the sort key value
   * @param update the update to apply
   * @return the item as it is after the update
   */
  public final T update(P partitionValue, S sortValue, Update update) {
    return table.update(key(partitionValue, sortValue), update);
  }

  /**
   * Applies an update if the condition holds; gives the item as it is after.
   *
   * @param partitionValue the partition key value
   * @param sortValue the sort key value
   * @param update the update to apply
   * @param condition the condition the stored item must meet
   * @return the item as it is after the update
   * @throws ConditionFailedException if the condition is false, carrying the stored item; nothing
   *     is written
   */
  public final T update(P partitionValue, S sortValue, Update update, Condition condition) {
    return table.update(key(partitionValue, sortValue), update, condition);
  }

  /**
   * Deletes the item with this key, if any.
   *
   * @param partitionValue the partition key value
   * @param sortValue the sort key value
   */
  public final void delete(P partitionValue, S sortValue) {
    table.delete(key(partitionValue, sortValue));
  }

  /**
   * Deletes the item if the condition holds.
   *
   * @param partitionValue the partition key value
   * @param sortValue the sort key value
   * @param condition the condition the stored item must meet
   * @throws ConditionFailedException if the condition is false, carrying the stored item; nothing
   *     is written
   */
  public final void delete(P partitionValue, S sortValue, Condition condition) {
    table.delete(key(partitionValue, sortValue), condition);
  }

  /**
   * Deletes the item; gives it as it was.
   *
   * @param partitionValue the partition key value
   * @param sortValue the sort key value
   * @return the item as it was, or empty if there was none
   */
  public final Optional<T> deleteReturningOld(P partitionValue, S sortValue) {
    return table.deleteReturningOld(key(partitionValue, sortValue));
  }

  /**
   * Deletes the item if the condition holds; gives it as it was.
   *
   * @param partitionValue the partition key value
   * @param sortValue the sort key value
   * @param condition the condition the stored item must meet
   * @return the item as it was, or empty if there was none
   * @throws ConditionFailedException if the condition is false, carrying the stored item; nothing
   *     is written
   */
  public final Optional<T> deleteReturningOld(P partitionValue, S sortValue, Condition condition) {
    return table.deleteReturningOld(key(partitionValue, sortValue), condition);
  }

  /**
   * {@return the items with this partition key, in sort key order; lazy}
   *
   * @param partitionValue the partition key value
   */
  public final Query<T> query(P partitionValue) {
    return table.query(partitionValue, partitionKey);
  }

  /**
   * {@return the items with this partition key whose sort key meets the condition ({@code
   * SortKeyCondition.beginsWith(prefix)}, {@code between(low, high)}); lazy}
   *
   * @param partitionValue the partition key value
   * @param sortKeyCondition the condition on the sort key
   */
  public final Query<T> query(P partitionValue, SortKeyCondition<S> sortKeyCondition) {
    return table.query(partitionValue, partitionKey).sortKey(sortKeyCondition, sortKey);
  }
}
