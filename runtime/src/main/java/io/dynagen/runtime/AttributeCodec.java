package io.dynagen.runtime;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Converts values of one Java type to and from DynamoDB attribute values, for generated schemas:
 * the ready-made scalar codecs in {@link ScalarCodecs}, and {@link ListCodec}, {@link SetCodec},
 * {@link MapCodec}, {@link EnumCodec}, {@link ConverterCodec}, {@link OptionalCodec} and every
 * {@link DocumentSchema}, built once per generated class. Implementations are immutable and
 * thread-safe.
 *
 * @param <T> the Java type
 */
public interface AttributeCodec<T> {

  /**
   * {@return the attribute value of a non-null value, or {@code null} when DynamoDB cannot store it
   * and it is left out (an empty set, an empty Optional, a converter that gives null)}
   *
   * @param value the value to store, not null
   * @param attribute the attribute, for error messages
   */
  AttributeValue write(T value, String attribute);

  /**
   * Puts a property's value into an item as {@link #write} writes it, unless the value is null or
   * is written as null: one statement per property in a generated {@code toItem}.
   *
   * @param item the item being written
   * @param attribute the attribute's name
   * @param value the property's value, or {@code null} to leave the attribute out
   */
  default void put(Map<String, AttributeValue> item, String attribute, T value) {
    if (value != null) {
      AttributeValue written = write(value, attribute);
      if (written != null) {
        item.put(attribute, written);
      }
    }
  }

  /**
   * Reads a present, non-{@code NULL} attribute value.
   *
   * @param value the stored attribute value
   * @param attribute the attribute, for error messages; {@code null} for a list element or map
   *     value, whose caller adds the index or key to the path of the exception
   * @return the Java value
   * @throws MappingException if the value does not fit the type
   */
  T read(AttributeValue value, String attribute);

  /**
   * {@return the value of an absent attribute or a {@code NULL} element: null, or an empty
   * Optional}
   */
  default T absent() {
    return null;
  }
}
