package io.dynagen.runtime.table;

import io.dynagen.runtime.expr.Condition;
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
 * The base of a generated async table whose key is a partition key only: the key methods of
 * {@link SimpleKeyTable}, returning futures.
 *
 * @param <T> the mapped class
 * @param <P> the partition key's type
 */
public abstract class AsyncSimpleKeyTable<T, P> extends AsyncTableAccessor<T> {
  private final AsyncTypedTable<T> table;
  private final ValueEncoder<P> partitionKey;

  /**
   * For generated subclasses: the key's encoder, as the schema stores the key.
   *
   * @param table the table
   * @param partitionKey the partition key's encoder
   */
  protected AsyncSimpleKeyTable(AsyncTypedTable<T> table, ValueEncoder<P> partitionKey) {
    super(table);
    this.table = table;
    this.partitionKey = partitionKey;
  }

  /**
   * The item key of this key value.
   *
   * @throws IllegalArgumentException if the value is null or empty
   * @param partitionValue the partition key value
   * @return the item key
   */
  public final Map<String, AttributeValue> key(P partitionValue) {
    return table.key(partitionValue, partitionKey);
  }

  /**
   * The item with this key, if there is one.
   *
   * @param partitionValue the partition key value
   * @return a future of the item, empty if there is none
   */
  public final CompletableFuture<Optional<T>> get(P partitionValue) {
    return get(partitionValue, GetOptions.defaults());
  }

  /**
   * The item with this key, read with options (consistent read, projection).
   *
   * @param partitionValue the partition key value
   * @param options the options
   * @return a future of the item, empty if there is none
   */
  public final CompletableFuture<Optional<T>> get(P partitionValue, GetOptions options) {
    return withKey(() -> key(partitionValue), key -> table.get(key, options));
  }

  /**
   * Applies an update, creating the item if there is none; completes with the item after.
   *
   * @param partitionValue the partition key value
   * @param update the update
   * @return a future of the item after the update
   */
  public final CompletableFuture<T> update(P partitionValue, Update update) {
    return withKey(() -> key(partitionValue), key -> table.update(key, update));
  }

  /**
   * Deletes the item if the condition holds ({@link ConditionFailedException} if not).
   *
   * @param partitionValue the partition key value
   * @param condition the condition, or {@code null} for none
   * @return a future completing once the item is deleted
   */
  public final CompletableFuture<Void> delete(P partitionValue, Condition condition) {
    return withKey(() -> key(partitionValue), key -> table.delete(key, condition));
  }

  /**
   * Deletes the item; completes with it as it was.
   *
   * @param partitionValue the partition key value
   * @return a future of the item deleted, if any
   */
  public final CompletableFuture<Optional<T>> deleteReturningOld(P partitionValue) {
    return withKey(() -> key(partitionValue), table::deleteReturningOld);
  }

  /**
   * Deletes the item if the condition holds; completes with it as it was.
   *
   * @param partitionValue the partition key value
   * @param condition the condition, or {@code null} for none
   * @return a future of the item deleted, if any
   */
  public final CompletableFuture<Optional<T>> deleteReturningOld(P partitionValue, Condition condition) {
    return withKey(() -> key(partitionValue), key -> table.deleteReturningOld(key, condition));
  }

  /**
   * Deletes by key, for the subclass's typed {@code delete(key)}.
   *
   * @param partitionValue the partition key value
   * @return a future completing once the item is deleted
   */
  protected final CompletableFuture<Void> deleteKey(P partitionValue) {
    return withKey(() -> key(partitionValue), table::delete);
  }

  /**
   * Updates by key, for the subclass's typed {@code update(key, action, more...)}.
   *
   * @param partitionValue the partition key value
   * @param action an update action
   * @param more more actions
   * @return a future of the item after the update
   */
  protected final CompletableFuture<T> updateKey(P partitionValue, UpdateAction action, UpdateAction... more) {
    return withKey(() -> key(partitionValue), key -> table.update(key, action, more));
  }

  /**
   * Updates by key if the condition holds, for the subclass's typed {@code update(key, update, condition)}.
   *
   * @param partitionValue the partition key value
   * @param update the update
   * @param condition the condition, or {@code null} for none
   * @return a future of the item after the update
   */
  protected final CompletableFuture<T> updateKey(P partitionValue, Update update, Condition condition) {
    return withKey(() -> key(partitionValue), key -> table.update(key, update, condition));
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
}

