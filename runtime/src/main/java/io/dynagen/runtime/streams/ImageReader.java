package io.dynagen.runtime.streams;

import io.dynagen.runtime.ItemSchema;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Reads a stream record's image (the item before or after the change) as an object. A generated
 * {@code XSchema} is one ({@link #of}); anything else that reads items can be, for instance the
 * schema of a single-table design's sealed root, which reads each image as the subtype its type
 * attribute names.
 *
 * @param <T> what images are read as
 */
public interface ImageReader<T> {
  /**
   * Reads one image.
   *
   * @param image the item before or after the change, as the record holds it
   * @return the object it is
   *
   * @throws io.dynagen.runtime.MappingException if it does not fit
   */
  T read(Map<String, AttributeValue> image);

  /**
   * Reads images with a generated schema's {@code fromItem}.
   *
   * @param <T> the mapped class
   * @param schema the generated schema
   * @return a reader of its images
   */
  static <T> ImageReader<T> of(ItemSchema<T> schema) {
    return new ImageReader<T>() {
      @Override
      public T read(Map<String, AttributeValue> image) {
        return schema.fromItem(image);
      }
    };
  }
}
