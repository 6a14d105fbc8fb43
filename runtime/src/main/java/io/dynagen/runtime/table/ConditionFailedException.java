package io.dynagen.runtime.table;

import io.dynagen.runtime.table.internal.Keys;
import io.dynagen.runtime.table.internal.StoredItem;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * The condition of a conditional put, update or delete was false, so nothing was written. Carries
 * the item as it stood when the condition was checked (DynamoDB returns it because Dynagen sets
 * {@code ReturnValuesOnConditionCheckFailure = ALL_OLD}), decoded through the table's schema:
 * {@code e.item(User.class)}. The AWS {@link ConditionalCheckFailedException} is the cause.
 */
public sealed class ConditionFailedException extends RuntimeException permits VersionConflictException {
  private static final long serialVersionUID = 1L;

  /** The table written to. */
  private final String tableName;
  private final transient Map<String, AttributeValue> key;
  private final transient Map<String, AttributeValue> storedItem;
  private final transient Object item;

  /**
   * For the operations of the internal package, which build it from a failed condition.
   *
   * @param tableName the table's name
   * @param key the item's key
   * @param storedItem the item as it stood, as stored, or {@code null}
   * @param item the stored item decoded, or {@code null}
   * @param cause the service's exception
   */
  public ConditionFailedException(
      String tableName,
      Map<String, AttributeValue> key,
      Map<String, AttributeValue> storedItem,
      Object item,
      ConditionalCheckFailedException cause) {
    this(message(tableName, key, storedItem, item), tableName, key, storedItem, item, cause);
  }

  ConditionFailedException(
      String message,
      String tableName,
      Map<String, AttributeValue> key,
      Map<String, AttributeValue> storedItem,
      Object item,
      ConditionalCheckFailedException cause) {
    super(message, cause);
    this.tableName = tableName;
    this.key = Collections.unmodifiableMap(key);
    this.storedItem = storedItem == null ? null : Collections.unmodifiableMap(storedItem);
    this.item = item;
  }

  private static String message(
      String tableName, Map<String, AttributeValue> key, Map<String, AttributeValue> storedItem, Object item) {
    return "Condition failed for item " + Keys.describe(key) + " in table '" + tableName + "': "
        + (storedItem == null
            ? "the item does not exist; nothing was written"
            : "nothing was written; the item as it stands is in " + whereToRead(item));
  }

  /** Names the call that gives the stored item, with the class it takes, so it can be written as read. */
  private static String whereToRead(Object item) {
    return item == null
        ? "storedItem() (it could not be read as its class)"
        : "item(" + item.getClass().getSimpleName() + ".class)";
  }

  /** {@return the table written to} */
  public String tableName() {
    return tableName;
  }

  /** {@return the key of the item written to} */
  public Map<String, AttributeValue> key() {
    return key;
  }

  /**
   * {@return the item as it stood when the condition failed, or empty if there was no item with
   * that key (or it could not be read: then the {@link io.dynagen.runtime.MappingException} is a
   * suppressed exception of this one, and {@link #storedItem()} has the raw attributes)}
   *
   * @param <T> the mapped class
   * @param type the table's class, as its schema's {@code type()}
   * @throws IllegalArgumentException if the item is not a {@code type}
   */
  public <T> Optional<T> item(Class<T> type) {
    return StoredItem.as(item, type, tableName);
  }

  /** {@return the raw attributes of the item as it stood, or empty if there was no item} */
  public Optional<Map<String, AttributeValue>> storedItem() {
    return Optional.ofNullable(storedItem);
  }
}
