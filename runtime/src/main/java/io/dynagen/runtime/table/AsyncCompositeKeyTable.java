package io.dynagen.runtime.table;

import io.dynagen.runtime.expr.Condition;
import io.dynagen.runtime.expr.SortKeyCondition;
import io.dynagen.runtime.expr.Update;
import io.dynagen.runtime.expr.UpdateAction;
import io.dynagen.runtime.expr.ValueEncoder;
import io.dynagen.runtime.table.read.AsyncQuery;
import io.dynagen.runtime.table.read.GetOptions;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The base of a generated async table whose key is a partition key and a sort key: the key
 * methods of {@link CompositeKeyTable}, returning futures.
 *
 * @param <T> the mapped class
 * @param <P> the partition key's type
 * @param <S> the sort key's type
 */
public abstract class AsyncCompositeKeyTable<T, P, S> extends AsyncTableAccessor<T> {
  private final AsyncTypedTable<T> table;
  private final ValueEncoder<P> partitionKey;
  private final ValueEncoder<S> sortKey;

  /**
   * For generated subclasses: the keys' encoders, as the schema stores the keys.
   *
   * @param table the table
   * @param partitionKey the partition key's encoder
   * @param sortKey the sort key's encoder
   */
  protected AsyncCompositeKeyTable(AsyncTypedTable<T> table, ValueEncoder<P> partitionKey, ValueEncoder<S> sortKey) {
    super(table);
    this.table = table;
    this.partitionKey = partitionKey;
    this.sortKey = sortKey;
  }

  /**
   * The item key of these key values.
   *
   * @throws IllegalArgumentException if a value is null or empty
   * @param partitionValue the partition key value
   * @param sortValue the sort key value
   * @return the item key
   */
  public final Map<String, AttributeValue> key(P partitionValue, S sortValue) {
    return table.key(partitionValue, partitionKey, sortValue, sortKey);
  }

  /**
   * The item with this key, if there is one.
   *
   * @param partitionValue the partition key value
   * @param sortValue the sort key value
   * @return a future of the item, empty if there is none
   */
  public final CompletableFuture<Optional<T>> get(P partitionValue, S sortValue) {
    return get(partitionValue, sortValue, GetOptions.defaults());
  }

  /**
   * The item with this key, read with options (consistent read, projection).
   *
   * @param partitionValue the partition key value
   * @param sortValue the sort key value
   * @param options the options
   * @return a future of the item, empty if there is none
   */
  public final CompletableFuture<Optional<T>> get(P partitionValue, S sortValue, GetOptions options) {
    return withKey(() -> key(partitionValue, sortValue), key -> table.get(key, options));
  }

  /**
   * Applies update actions, creating the item if there is none; completes with the item after.
   *
   * @param partitionValue the partition key value
   * @param sortValue the sort key value
   * @param action an update action
   * @param more more actions
   * @return a future of the item after the update
   */
  public final CompletableFuture<T> update(P partitionValue, S sortValue, UpdateAction action, UpdateAction... more) {
    return withKey(() -> key(partitionValue, sortValue), key -> table.update(key, action, more));
  }

  /**
   * Applies an update, creating the item if there is none; completes with the item after.
   *
   * @param partitionValue the partition key value
   * @param sortValue the sort key value
   * @param update the update
   * @return a future of the item after the update
   */
  public final CompletableFuture<T> update(P partitionValue, S sortValue, Update update) {
    return withKey(() -> key(partitionValue, sortValue), key -> table.update(key, update));
  }

  /**
   * Applies an update if the condition holds ({@link ConditionFailedException} if not).
   *
   * @param partitionValue the partition key value
   * @param sortValue the sort key value
   * @param update the update
   * @param condition the condition, or {@code null} for none
   * @return a future of the item after the update
   */
  public final CompletableFuture<T> update(P partitionValue, S sortValue, Update update, Condition condition) {
    return withKey(() -> key(partitionValue, sortValue), key -> table.update(key, update, condition));
  }

  /**
   * Deletes the item with this key, if any.
   *
   * @param partitionValue the partition key value
   * @param sortValue the sort key value
   * @return a future completing once the item is deleted
   */
  public final CompletableFuture<Void> delete(P partitionValue, S sortValue) {
    return withKey(() -> key(partitionValue, sortValue), table::delete);
  }

  /**
   * Deletes the item if the condition holds ({@link ConditionFailedException} if not).
   *
   * @param partitionValue the partition key value
   * @param sortValue the sort key value
   * @param condition the condition, or {@code null} for none
   * @return a future completing once the item is deleted
   */
  public final CompletableFuture<Void> delete(P partitionValue, S sortValue, Condition condition) {
    return withKey(() -> key(partitionValue, sortValue), key -> table.delete(key, condition));
  }

  /**
   * Deletes the item; completes with it as it was.
   *
   * @param partitionValue the partition key value
   * @param sortValue the sort key value
   * @return a future of the item deleted, if any
   */
  public final CompletableFuture<Optional<T>> deleteReturningOld(P partitionValue, S sortValue) {
    return withKey(() -> key(partitionValue, sortValue), table::deleteReturningOld);
  }

  /**
   * Deletes the item if the condition holds; completes with it as it was.
   *
   * @param partitionValue the partition key value
   * @param sortValue the sort key value
   * @param condition the condition, or {@code null} for none
   * @return a future of the item deleted, if any
   */
  public final CompletableFuture<Optional<T>> deleteReturningOld(P partitionValue, S sortValue, Condition condition) {
    return withKey(() -> key(partitionValue, sortValue), key -> table.deleteReturningOld(key, condition));
  }

  /**
   * The items with this partition key; nothing is sent until it is read.
   *
   * @param partitionValue the partition key value
   * @return the query; nothing is sent until it is read
   */
  public final AsyncQuery<T> query(P partitionValue) {
    return table.query(partitionValue, partitionKey);
  }

  /**
   * The items with this partition key whose sort key meets the condition; nothing is sent until read.
   *
   * @param partitionValue the partition key value
   * @param sortKeyCondition the sort key condition
   * @return the query; nothing is sent until it is read
   */
  public final AsyncQuery<T> query(P partitionValue, SortKeyCondition<S> sortKeyCondition) {
    return table.query(partitionValue, partitionKey).sortKey(sortKeyCondition, sortKey);
  }

}
