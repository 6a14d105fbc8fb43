package io.dynagen.runtime;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Converts one Java type to and from a DynamoDB attribute value, for types Dynagen does not map
 * itself. Name the implementation in {@code @Convert(MyConverter.class)} on a property; the
 * generated schema creates one instance (through its public no-arg constructor) and calls it
 * from every thread, so an implementation must be stateless or thread-safe.
 *
 * @param <T> the property's type
 */
public interface AttributeConverter<T> {

  /**
   * Converts a value to its stored form. Never called with {@code null}: null properties are
   * left out of the item.
   *
   * @param value the property value, not null
   * @return the stored form
   */
  AttributeValue toAttributeValue(T value);

  /**
   * Converts a stored value back. Never called with {@code null} or a {@code NULL} attribute
   * value. Throw {@link MappingException} (or any runtime exception, which Dynagen wraps into
   * one naming the attribute) when the value does not fit.
   *
   * @param value the stored attribute value
   * @return the property value
   */
  T fromAttributeValue(AttributeValue value);
}
