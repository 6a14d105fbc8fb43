package io.dynagen.runtime;

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
