package io.dynagen.runtime.table;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Why one action of a cancelled transaction failed, as DynamoDB's cancellation reason says: the
 * action (its position, kind, table and key), the reason's code and message, and for a false
 * condition the item as it stood, decoded through the table's schema.
 */
public final class TransactionFailure {

  /** What an action of a transaction does to its item. */
  public enum Kind {
    PUT("put"),
    UPDATE("update"),
    DELETE("delete"),
    CONDITION_CHECK("condition check"),
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
  private final String tableName;
  private final Map<String, AttributeValue> key;
  private final String code;
  private final String message;
  private final Map<String, AttributeValue> storedItem;
  private final Object item;

  TransactionFailure(
      int index,
      Kind kind,
      String tableName,
      Map<String, AttributeValue> key,
      String code,
      String message,
      Map<String, AttributeValue> storedItem,
      Object item) {
    this.index = index;
    this.kind = kind;
    this.tableName = tableName;
    this.key = Collections.unmodifiableMap(key);
    this.code = code;
    this.message = message;
    this.storedItem = storedItem == null ? null : Collections.unmodifiableMap(storedItem);
    this.item = item;
  }

  /** The action's position in the transaction, from 0, in the order the actions were added. */
  public int index() {
    return index;
  }

  /** What the action does. */
  public Kind kind() {
    return kind;
  }

  /** The table of the action's item. */
  public String tableName() {
    return tableName;
  }

  /** The key of the action's item. */
  public Map<String, AttributeValue> key() {
    return key;
  }

  /**
   * DynamoDB's reason code: {@code ConditionalCheckFailed} (the action's condition was false),
   * {@code TransactionConflict} (another request was changing the item: retry), {@code
   * ItemCollectionSizeLimitExceeded}, {@code ProvisionedThroughputExceeded}, {@code
   * ThrottlingError}, {@code ValidationError} (such as an update that does not fit the stored
   * item), and others the service may add.
   */
  public String code() {
    return code;
  }

  /** DynamoDB's message for the reason, if it gave one. */
  public Optional<String> message() {
    return Optional.ofNullable(message);
  }

  /**
   * The item as it stood when the action's condition failed, or empty if there was no item with
   * that key, the action had no condition, or the reason is not a failed condition. An item that
   * could not be read is empty here, with its {@link io.dynagen.runtime.MappingException} among
   * the suppressed exceptions of the {@link TransactionFailedException}; {@link #storedItem()}
   * has its raw attributes.
   *
   * @param type the table's class, as its schema's {@code type()}
   * @throws IllegalArgumentException if the item is not a {@code type}
   */
  public <T> Optional<T> item(Class<T> type) {
    return StoredItem.as(item, type, tableName);
  }

  /** The raw attributes of the item as it stood when the condition failed, if any. */
  public Optional<Map<String, AttributeValue>> storedItem() {
    return Optional.ofNullable(storedItem);
  }

  /** {@code action 2 (put on table 'accounts', key {id=S "a"}) failed: ConditionalCheckFailed}. */
  @Override
  public String toString() {
    return "action " + index + " (" + kind + " on table '" + tableName + "', key " + Keys.describe(key)
        + ") failed: " + code + (message == null || message.isEmpty() ? "" : " (" + message + ")");
  }
}
