package io.dynagen.runtime.streams;

import io.dynagen.runtime.ItemSchema;
import io.dynagen.runtime.MappingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.StreamRecord;

/**
 * Reads DynamoDB Streams records of one table as {@link ItemChange}s of its mapped class: {@code
 * ItemChanges.of(UserSchema.INSTANCE).read(record)}. Immutable and thread-safe.
 *
 * @param <T> the mapped class
 */
public final class ItemChanges<T> {
  private final ImageReader<T> images;

  private ItemChanges(ImageReader<T> images) {
    this.images = images;
  }

  /**
   * Reads records with a generated schema.
   *
   * @param <T> the mapped class
   * @param schema the generated {@code XSchema}
   * @return a reader of the table's records
   */
  public static <T> ItemChanges<T> of(ItemSchema<T> schema) {
    return new ItemChanges<>(ImageReader.of(Objects.requireNonNull(schema, "schema")));
  }

  /**
   * Reads records' images with {@code images}: the schema of a sealed root, say.
   *
   * @param <T> what images are read as
   * @param images the reader of images
   * @return a reader of the table's records
   */
  public static <T> ItemChanges<T> reading(ImageReader<T> images) {
    return new ItemChanges<>(Objects.requireNonNull(images, "images"));
  }

  /**
   * Reads one record.
   *
   * @param record a record of the table's stream
   * @return the change it says
   *
   * @throws IllegalArgumentException if it is not a DynamoDB stream record (no change, no keys)
   * @throws MappingException if an image does not fit the class (naming the item's key and the
   *     attribute)
   */
  public ItemChange<T> read(Record record) {
    Objects.requireNonNull(record, "record");
    StreamRecord change = record.dynamodb();
    if (change == null || !change.hasKeys()) {
      throw new IllegalArgumentException("Stream record " + record.eventID() + " has no "
          + (change == null ? "change (dynamodb)" : "keys") + "; is this a DynamoDB stream record?");
    }
    ChangeType type = ChangeType.of(record.eventNameAsString());
    try {
      T oldImage = change.hasOldImage() ? images.read(change.oldImage()) : null;
      T newImage = change.hasNewImage() ? images.read(change.newImage()) : null;
      return new ItemChange<>(type, change.keys(), oldImage, newImage, record);
    } catch (MappingException e) {
      // A reader that does not know the key (not a generated table schema) still gets it named.
      throw e.inItem(null, change.keys());
    }
  }

  /**
   * Reads records in their order.
   *
   * @param records records of the table's stream
   * @return their changes, in the same order
   */
  public List<ItemChange<T>> readAll(List<Record> records) {
    List<ItemChange<T>> changes = new ArrayList<>(records.size());
    for (Record record : records) {
      changes.add(read(record));
    }
    return changes;
  }
}
