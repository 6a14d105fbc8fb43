package io.dynagen.runtime.table;

import io.dynagen.runtime.expr.Condition;
import io.dynagen.runtime.expr.Update;
import io.dynagen.runtime.expr.UpdateAction;
import io.dynagen.runtime.expr.ValueEncoder;
import io.dynagen.runtime.table.read.GetOptions;
import io.dynagen.runtime.table.read.Query;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The generated {@code XTable} of a table with only a partition key: the methods taking the key,
 * typed from the key property ({@code get(String username)}), written once here. A null or empty
 * key value fails with an {@code IllegalArgumentException} naming the attribute and the table,
 * before any request.
 *
 * <p>{@code delete(key)}, {@code update(key, action, more...)} and {@code update(key, update,
 * condition)} are generated in the subclass: with a type parameter for the key they would clash
 * with {@code delete(item)} and the other methods taking a whole object.
 *
 * @param <T> the mapped class
 * @param <P> the partition key's Java type
 */
public abstract class SimpleKeyTable<T, P> extends TableAccessor<T> {
  private final TypedTable<T> table;
  private final ValueEncoder<P> partitionKey;

  /**
   * For generated subclasses: the key's encoder, as the schema stores the key.
   *
   * @param table the typed table underneath
   * @param partitionKey how the partition key's values are stored
   */
  protected SimpleKeyTable(TypedTable<T> table, ValueEncoder<P> partitionKey) {
    super(table);
    this.table = table;
    this.partitionKey = partitionKey;
  }

  /**
   * {@return the item key of this key value}
   *
   * @param partitionValue the partition key value
   */
  public final Map<String, AttributeValue> key(P partitionValue) {
    return table.key(partitionValue, partitionKey);
  }

  /**
   * {@return the item with this key, if there is one}
   *
   * @param partitionValue the partition key value
   */
  public final Optional<T> get(P partitionValue) {
    return table.get(key(partitionValue));
  }

  /**
   * {@return the item with this key, read with options (consistent read, projection)}
   *
   * @param partitionValue the partition key value
   * @param options consistent read, projection
   */
  public final Optional<T> get(P partitionValue, GetOptions options) {
    return table.get(key(partitionValue), options);
  }

  /**
   * Applies an update, creating the item if there is none; gives the item as it is after.
   *
   * @param partitionValue the partition key value
   * @param update the update to apply
   * @return the item as it is after the update
   */
  public final T update(P partitionValue, Update update) {
    return table.update(key(partitionValue), update);
  }

  /**
   * Deletes the item if the condition holds.
   *
   * @param partitionValue the partition key value
   * @param condition the condition the stored item must meet
   * @throws ConditionFailedException if the condition is false, carrying the stored item; nothing
   *     is written
   */
  public final void delete(P partitionValue, Condition condition) {
    table.delete(key(partitionValue), condition);
  }

  /**
   * Deletes the item; gives it as it was.
   *
   * @param partitionValue the partition key value
   * @return the item as it was, or empty if there was none
   */
  public final Optional<T> deleteReturningOld(P partitionValue) {
    return table.deleteReturningOld(key(partitionValue));
  }

  /**
   * Deletes the item if the condition holds; gives it as it was.
   *
   * @param partitionValue the partition key value
   * @param condition the condition the stored item must meet
   * @return the item as it was, or empty if there was none
   * @throws ConditionFailedException if the condition is false, carrying the stored item; nothing
   *     is written
   */
  public final Optional<T> deleteReturningOld(P partitionValue, Condition condition) {
    return table.deleteReturningOld(key(partitionValue), condition);
  }

  /**
   * Deletes by key, for the subclass's typed {@code delete(key)}.
   *
   * @param partitionValue the partition key value
   */
  protected final void deleteKey(P partitionValue) {
    table.delete(key(partitionValue));
  }

  /**
   * Updates by key, for the subclass's typed {@code update(key, action, more...)}.
   *
   * @param partitionValue the partition key value
   * @param action the first update action
   * @param more further update actions
   * @return the item as it is after the update
   */
  protected final T updateKey(P partitionValue, UpdateAction action, UpdateAction... more) {
    return table.update(key(partitionValue), action, more);
  }

  /**
   * Updates by key if the condition holds, for the subclass's typed {@code update(key, update, condition)}.
   *
   * @param partitionValue the partition key value
   * @param update the update to apply
   * @param condition the condition the stored item must meet
   * @return the item as it is after the update
   */
  protected final T updateKey(P partitionValue, Update update, Condition condition) {
    return table.update(key(partitionValue), update, condition);
  }

  /**
   * {@return the items with this partition key; lazy}
   *
   * @param partitionValue the partition key value
   */
  public final Query<T> query(P partitionValue) {
    return table.query(partitionValue, partitionKey);
  }
}
