package io.dynagen.runtime.table.transact;

import io.dynagen.runtime.table.AsyncTableHandle;
import io.dynagen.runtime.table.TableHandle;
import io.dynagen.runtime.table.internal.GeneratedValues.VersionCheck;
import io.dynagen.runtime.table.internal.ItemOperations;
import io.dynagen.runtime.table.internal.Keys;
import io.dynagen.runtime.table.internal.StoredItem;
import io.dynagen.runtime.table.internal.TableInternals;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Why one action of a cancelled transaction failed, as DynamoDB's cancellation reason says: the
 * action (its position, kind, table and key), the reason's code and message, and for a false
 * condition the item as it stood, decoded through the table's schema.
 *
 * <p>Typed by the class of the action's table. A transaction spans tables, so {@link
 * TransactionFailedException#failures()} gives {@code TransactionFailure<?>}; ask it for the
 * failures on one table to have them typed, or narrow one with {@link #on(TableHandle)}:
 *
 * <pre>{@code
 * try {
 *   transaction.execute();
 * } catch (TransactionFailedException e) {
 *   for (TransactionFailure<Account> failure : e.failuresOn(accounts)) {
 *     Optional<Account> stood = failure.item();       // as it stood when the condition failed
 *     boolean alice = failure.key().equals(accounts.key("alice"));
 *   }
 * }
 * }</pre>
 *
 * @param <T> the class of the action's table
 */
public final class TransactionFailure<T> {

  /** What an action of a transaction does to its item. */
  public enum Kind {
    /** A put of a whole item. */
    PUT("put"),
    /** An update of some attributes. */
    UPDATE("update"),
    /** A delete. */
    DELETE("delete"),
    /** A condition checked on an item the transaction leaves unchanged. */
    CONDITION_CHECK("condition check"),
    /** A read of a transactional get. */
    GET("get");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    /** The kind in words, as messages print it: {@code put}, {@code condition check}. */
    @Override
    public String toString() {
      return label;
    }
  }

  private final int index;
  private final Kind kind;
  private final ItemOperations<T> table;
  private final String tableName;
  private final Map<String, AttributeValue> key;
  private final String code;
  private final String message;
  private final Map<String, AttributeValue> storedItem;
  private final T item;
  private final T object;
  /** The {@code @Version} check the stored item failed, or null if the failure was not that. */
  private final VersionCheck staleVersion;

  TransactionFailure(
      int index,
      Kind kind,
      ItemOperations<T> table,
      Map<String, AttributeValue> key,
      String code,
      String message,
      Map<String, AttributeValue> storedItem,
      T item,
      T object,
      VersionCheck staleVersion) {
    this.index = index;
    this.kind = kind;
    this.table = table;
    this.tableName = table.tableName();
    this.key = Collections.unmodifiableMap(key);
    this.code = code;
    this.message = message;
    this.storedItem = storedItem == null ? null : Collections.unmodifiableMap(storedItem);
    this.item = item;
    this.object = object;
    this.staleVersion = staleVersion;
  }

  /**
   * {@return true if the action was on {@code table}: the same table name and mapped class (any
   * {@code XTable} or {@code TypedTable} of it will do)}
   *
   * @param table the table, a {@code TypedTable} or a generated table class
   */
  public boolean isOn(TableHandle<?> table) {
    return isOn(TableInternals.operations(table.typed()));
  }

  /**
   * {@return true if the action was on {@code table}: the same table name and mapped class (any
   * {@code XAsyncTable} or {@code AsyncTypedTable} of it will do)}
   *
   * @param table the async table, an {@code AsyncTypedTable} or a generated async table class
   */
  public boolean isOn(AsyncTableHandle<?> table) {
    return isOn(TableInternals.operations(table.typed()));
  }

  private boolean isOn(ItemOperations<?> other) {
    return other.tableName().equals(tableName) && other.schema().type() == this.table.schema().type();
  }

  /**
   * {@return this failure typed by {@code table}'s class}
   *
   * @param <U> the mapped class of that table
   * @param table the table, a {@code TypedTable} or a generated table class
   * @throws IllegalArgumentException if the action was on another table
   */
  public <U> TransactionFailure<U> on(TableHandle<U> table) {
    return on(TableInternals.operations(table.typed()));
  }

  /**
   * {@return this failure typed by {@code table}'s class}
   *
   * @param <U> the mapped class of that table
   * @param table the async table, an {@code AsyncTypedTable} or a generated async table class
   * @throws IllegalArgumentException if the action was on another table
   */
  public <U> TransactionFailure<U> on(AsyncTableHandle<U> table) {
    return on(TableInternals.operations(table.typed()));
  }

  @SuppressWarnings("unchecked") // the same table name and class: the same T
  private <U> TransactionFailure<U> on(ItemOperations<U> other) {
    if (!isOn(other)) {
      throw new IllegalArgumentException(
          "This failure is of action " + index + " on table '" + tableName + "' ("
              + this.table.schema().type().getSimpleName() + "), not on table '" + other.tableName()
              + "' (" + other.schema().type().getSimpleName() + "): check isOn(table) first");
    }
    return (TransactionFailure<U>) this;
  }

  /**
   * {@return the action's position in the transaction, from 0, in the order the actions were added}
   */
  public int index() {
    return index;
  }

  /** {@return what the action does} */
  public Kind kind() {
    return kind;
  }

  /** {@return the table of the action's item} */
  public String tableName() {
    return tableName;
  }

  /**
   * {@return the key of the action's item, as the table's {@code key(...)} makes it: {@code
   * failure.key().equals(users.key("janedoe", "Doe"))} tells which item it is}
   */
  public Map<String, AttributeValue> key() {
    return key;
  }

  /**
   * {@return the object the action was given instead of a key: the item of a put, or the object of
   * a delete or update of an object; empty for an action given a key}
   */
  public Optional<T> object() {
    return Optional.ofNullable(object);
  }

  /**
   * {@return the item as it stood when the action's condition failed, or empty if there was no item
   * with that key, the action had no condition, or the reason is not a failed condition} An item
   * that could not be read is empty here, with its {@link io.dynagen.runtime.MappingException}
   * among the suppressed exceptions of the {@link TransactionFailedException}; {@link
   * #storedItem()} has its raw attributes.
   */
  public Optional<T> item() {
    return Optional.ofNullable(item);
  }

  /**
   * DynamoDB's reason code: {@code ConditionalCheckFailed} (the action's condition was false),
   * {@code TransactionConflict} (another request was changing the item: retry), {@code
   * ItemCollectionSizeLimitExceeded}, {@code ProvisionedThroughputExceeded}, {@code
   * ThrottlingError}, {@code ValidationError} (such as an update that does not fit the stored
   * item), and others the service may add.
   *
   * @return DynamoDB's reason code
   */
  public String code() {
    return code;
  }

  /**
   * DynamoDB's message for the reason, if it gave one.
   *
   * @return DynamoDB's message, or empty
   */
  public Optional<String> message() {
    return Optional.ofNullable(message);
  }

  /**
   * {@return the item as it stood when the action's condition failed, or empty if there was no item
   * with that key, the action had no condition, or the reason is not a failed condition} An item
   * that could not be read is empty here, with its {@link io.dynagen.runtime.MappingException}
   * among the suppressed exceptions of the {@link TransactionFailedException}; {@link
   * #storedItem()} has its raw attributes. {@link #item()} gives it typed without naming the class.
   *
   * @param <U> the mapped class of that table
   * @param type the table's class, as its schema's {@code type()}
   * @throws IllegalArgumentException if the item is not a {@code type}
   */
  public <U> Optional<U> item(Class<U> type) {
    return StoredItem.as(item, type, tableName);
  }

  /** {@return the raw attributes of the item as it stood when the condition failed, if any} */
  public Optional<Map<String, AttributeValue>> storedItem() {
    return Optional.ofNullable(storedItem);
  }

  /**
   * {@return true if the action was given a {@code @Version}ed object (a put, or an update or
   * delete of an object) and its condition failed because the stored version is not the object's:
   * someone else wrote the item since it was read (or deleted it, or created it first)} Read the
   * item again ({@link #item()} has it as it stood), apply the change to it and run the
   * transaction again. False for any other reason, such as a condition of the caller's that was
   * false while the version matched.
   */
  public boolean isVersionConflict() {
    return staleVersion != null;
  }

  /**
   * {@code action 2 (put on table 'accounts', key {id=S "a"}) failed: ConditionalCheckFailed}; for
   * a {@linkplain #isVersionConflict() version conflict}, the versions and what to do, as a put
   * outside a transaction says: {@code ... failed: ConditionalCheckFailed, a version conflict: the
   * object was read at version 1, but the stored item has version 2; ...}.
   */
  @Override
  public String toString() {
    String action = "action " + index + " (" + kind + " on table '" + tableName + "', key " + Keys.describe(key)
        + ") failed: " + code;
    if (staleVersion != null) {
      return action + ", a version conflict: "
          + VersionCheck.describeConflict(staleVersion.expected(), staleVersion.found(storedItem), storedItem != null)
          + "; nothing of the transaction was written. Read the item again, apply the change and"
          + " run the transaction again";
    }
    return action + (message == null || message.isEmpty() ? "" : " (" + message + ")");
  }
}
