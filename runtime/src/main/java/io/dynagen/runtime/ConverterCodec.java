package io.dynagen.runtime;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A {@code @Convert} property through its user converter; what the converter throws while reading
 * becomes a {@link MappingException} naming the attribute and the converter.
 *
 * @param <T> the converted type
 */
public final class ConverterCodec<T> implements AttributeCodec<T> {
  private final AttributeConverter<T> converter;
  private final String converterName;

  /**
   * @param converter the user's converter, one instance per generated class
   * @param converterName its simple name, for messages
   */
  public ConverterCodec(AttributeConverter<T> converter, String converterName) {
    this.converter = converter;
    this.converterName = converterName;
  }

  @Override
  public AttributeValue write(T value, String attribute) {
    return converter.toAttributeValue(value);
  }

  @Override
  public T read(AttributeValue value, String attribute) {
    try {
      return converter.fromAttributeValue(value);
    } catch (RuntimeException e) {
      throw Codecs.converterFailed(attribute, converterName, value, e);
    }
  }
}
