package io.dynagen.runtime.streams;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Record;

/**
 * One DynamoDB Streams record, read: what changed ({@link #type}), the item's key, the item as it
 * was and as it is now, where the record stands in its shard, and roughly when it happened.
 * Immutable.
 *
 * @param <T> the mapped class
 */
public final class ItemChange<T> {
  private final ChangeType type;
  private final Map<String, AttributeValue> keys;
  private final T oldImage;
  private final T newImage;
  private final Record record;

  ItemChange(ChangeType type, Map<String, AttributeValue> keys, T oldImage, T newImage, Record record) {
    this.type = type;
    this.keys = keys;
    this.oldImage = oldImage;
    this.newImage = newImage;
    this.record = record;
  }

  /** {@return INSERT, MODIFY or REMOVE} */
  public ChangeType type() {
    return type;
  }

  /** {@return the item's primary key attributes} Every record has them. */
  public Map<String, AttributeValue> keys() {
    return keys;
  }

  /**
   * {@return the item before the change} Present for MODIFY and REMOVE on a stream whose view type keeps
   * old images ({@code OLD_IMAGE}, {@code NEW_AND_OLD_IMAGES}).
   */
  public Optional<T> oldImage() {
    return Optional.ofNullable(oldImage);
  }

  /**
   * {@return the item after the change} Present for INSERT and MODIFY on a stream whose view type keeps
   * new images ({@code NEW_IMAGE}, {@code NEW_AND_OLD_IMAGES}).
   */
  public Optional<T> newImage() {
    return Optional.ofNullable(newImage);
  }

  /** {@return the record's sequence number in its shard} A checkpoint to resume after. */
  public String sequenceNumber() {
    return record.dynamodb().sequenceNumber();
  }

  /**
   * {@return when the change was made} To the second as DynamoDB gives it; null if the record has
   * no time.
   */
  public Instant approximateCreationTime() {
    return record.dynamodb().approximateCreationDateTime();
  }

  /** {@return the record's unique id} */
  public String eventId() {
    return record.eventID();
  }

  /** {@return the record as the SDK gave it} For anything else it carries (user identity, size, ...). */
  public Record record() {
    return record;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ItemChange<?> that && type == that.type && keys.equals(that.keys)
        && Objects.equals(oldImage, that.oldImage) && Objects.equals(newImage, that.newImage)
        && record.equals(that.record);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, keys, oldImage, newImage);
  }

  @Override
  public String toString() {
    return "ItemChange[" + type + " " + keys + " at " + sequenceNumber() + ", old=" + oldImage + ", new="
        + newImage + "]";
  }
}
