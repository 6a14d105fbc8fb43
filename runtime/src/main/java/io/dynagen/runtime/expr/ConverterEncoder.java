package io.dynagen.runtime.expr;

import io.dynagen.runtime.AttributeConverter;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Encodes a {@code @Convert} property's values through its {@link AttributeConverter}, so that
 * conditions and updates store what the schema stores.
 *
 * @param <V> the property's type
 */
public final class ConverterEncoder<V> implements ValueEncoder<V> {
  private final AttributeConverter<V> converter;

  /**
   * Encodes through {@code converter}, which must be thread-safe (as schemas require too).
   *
   * @param converter the property's converter
   */
  public ConverterEncoder(AttributeConverter<V> converter) {
    this.converter = Objects.requireNonNull(converter, "converter");
  }

  @Override
  public AttributeValue encode(V value, String attribute) {
    AttributeValue encoded = converter.toAttributeValue(value);
    if (encoded == null) {
      throw new IllegalArgumentException(
          "Converter " + converter.getClass().getName() + " returned null for attribute '"
              + attribute + "': an AttributeConverter must return a value for every non-null input");
    }
    return encoded;
  }
}
