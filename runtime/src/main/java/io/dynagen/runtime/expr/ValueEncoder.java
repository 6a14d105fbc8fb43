package io.dynagen.runtime.expr;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Encodes values of one Java type as DynamoDB attribute values, the same way the generated
 * schema stores them, so that a condition or update on a path compares and writes what the
 * item holds.
 *
 * <p>Ready-made, stateless instances are in {@link Encoders}; {@link EnumEncoder}, {@link
 * ConverterEncoder}, {@link DocumentEncoder}, {@link ListEncoder}, {@link MapEncoder} and
 * {@link SetEncoder} are built once per path. Implementations must be thread-safe.
 *
 * @param <V> the Java type
 */
public interface ValueEncoder<V> {

  /**
   * Encodes a value.
   *
   * @param value the value, never {@code null} (paths reject null before calling)
   * @param attribute the attribute path, such as {@code address.zipcode}, for error messages
   * @return the stored form
   * @throws IllegalArgumentException if DynamoDB cannot store the value (NaN, an empty set)
   */
  AttributeValue encode(V value, String attribute);

  /**
   * Encodes a value a condition compares the attribute with ({@code =}, {@code <}, {@code IN},
   * {@code BETWEEN}, ...): as {@link #encode}, unless the stored form loses part of the value, in
   * which case the comparison would answer for another value and this refuses it.
   *
   * @param value the value, not null
   * @param attribute the attribute's name, for messages
   * @return the stored form
   * @throws IllegalArgumentException if the value cannot be compared as given
   */
  default AttributeValue encodeCompared(V value, String attribute) {
    return encode(value, attribute);
  }

  /**
   * {@return true if the schema leaves {@code value} out of the item, as it does an empty set
   * (DynamoDB cannot store one): setting the attribute to it then removes the attribute, so that an
   * update stores what a put of the same value stores}
   *
   * @param value the value, not null
   */
  default boolean storedAsAbsent(V value) {
    return false;
  }
}
