package io.dynagen.runtime.expr;

import io.dynagen.runtime.Codecs;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Encodes a list as L, each element through the element encoder; null elements become {@code
 * NULL}, as in stored items.
 *
 * @param <E> the element type
 */
public final class ListEncoder<E> implements ValueEncoder<List<E>> {
  private final ValueEncoder<E> elementEncoder;

  /**
   * Encodes each element with {@code elementEncoder}.
   *
   * @param elementEncoder how one element is stored
   */
  public ListEncoder(ValueEncoder<E> elementEncoder) {
    this.elementEncoder = Objects.requireNonNull(elementEncoder, "elementEncoder");
  }

  /** {@return the encoder of one element} */
  public ValueEncoder<E> elementEncoder() {
    return elementEncoder;
  }

  @Override
  public AttributeValue encode(List<E> value, String attribute) {
    List<AttributeValue> elements = new ArrayList<>(value.size());
    for (int i = 0; i < value.size(); i++) {
      E element = value.get(i);
      elements.add(element == null ? Codecs.NUL : elementEncoder.encode(element, attribute + "[" + i + "]"));
    }
    return AttributeValue.createL(elements);
  }
}
