package io.dynagen.runtime.table;

import io.dynagen.runtime.table.internal.GeneratedValues.VersionCheck;
import io.dynagen.runtime.table.internal.Keys;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * A write of a {@code @Version}ed object found another version stored than the one the object was
 * read with: someone else wrote the item in between (or deleted it, or created it first), so
 * nothing was written. Read the item again ({@link #item(Class)} has it as it stands), apply the
 * change to it and retry.
 */
public final class VersionConflictException extends ConditionFailedException {
  private static final long serialVersionUID = 1L;

  /** The version the write expected, or null for an object never written. */
  private final Long expectedVersion;
  /** The version stored, or null if there is no item. */
  private final Long foundVersion;

  /**
   * For the operations of the internal package, which build it from a failed condition.
   *
   * @param tableName the table's name
   * @param key the item's key
   * @param expectedVersion the version the write expected
   * @param foundVersion the version stored, or {@code null}
   * @param storedItem the item as it stood, as stored, or {@code null}
   * @param item the stored item decoded, or {@code null}
   * @param cause the service's exception
   */
  public VersionConflictException(
      String tableName,
      Map<String, AttributeValue> key,
      Long expectedVersion,
      Long foundVersion,
      Map<String, AttributeValue> storedItem,
      Object item,
      ConditionalCheckFailedException cause) {
    super(message(tableName, key, expectedVersion, foundVersion, storedItem), tableName, key,
        storedItem, item, cause);
    this.expectedVersion = expectedVersion;
    this.foundVersion = foundVersion;
  }

  private static String message(
      String tableName,
      Map<String, AttributeValue> key,
      Long expected,
      Long found,
      Map<String, AttributeValue> storedItem) {
    return "Version conflict on item " + Keys.describe(key) + " in table '" + tableName + "': "
        + VersionCheck.describeConflict(expected, found, storedItem != null)
        + "; nothing was written. Read the item again, apply the change and retry";
  }

  /** {@return the version the object carried ({@code null} for a new object)} */
  public Long expectedVersion() {
    return expectedVersion;
  }

  /** {@return the version stored ({@code null} if there was no item, or it had no version)} */
  public Long foundVersion() {
    return foundVersion;
  }
}
