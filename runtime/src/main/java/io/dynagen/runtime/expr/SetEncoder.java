package io.dynagen.runtime.expr;

import io.dynagen.runtime.Codecs;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Encodes a set as SS, NS or BS, following what the element encoder produces (S, N or B).
 * DynamoDB cannot store an empty set: a put leaves it out, setting an attribute to one removes the
 * attribute ({@link #storedAsAbsent}), and encoding one anywhere else (a condition, {@code
 * addElements}) is an error that says what to do instead; null elements are errors too.
 *
 * @param <E> the element type
 */
public final class SetEncoder<E> implements ValueEncoder<Set<E>> {
  private final ValueEncoder<E> elementEncoder;

  /**
   * Encodes each element with {@code elementEncoder}, which must produce S, N or B.
   *
   * @param elementEncoder how one element is stored
   */
  public SetEncoder(ValueEncoder<E> elementEncoder) {
    this.elementEncoder = Objects.requireNonNull(elementEncoder, "elementEncoder");
  }

  /** {@return the encoder of one element} */
  public ValueEncoder<E> elementEncoder() {
    return elementEncoder;
  }

  @Override
  public AttributeValue encode(Set<E> value, String attribute) {
    return encodeElements(value, attribute);
  }

  /** An empty set: a put leaves it out of the item, and {@code set(Set.of())} removes it. */
  @Override
  public boolean storedAsAbsent(Set<E> value) {
    return value.isEmpty();
  }

  /**
   * Encodes elements as a set (for adding or deleting some of a set's elements).
   *
   * @param value the elements to add or delete
   * @param attribute the attribute's name, for messages
   * @return the set value
   * @throws IllegalArgumentException if there are none, or one is null
   */
  public AttributeValue encodeElements(Collection<? extends E> value, String attribute) {
    if (value.isEmpty()) {
      throw new IllegalArgumentException(
          "Attribute '" + attribute + "' gets an empty set: DynamoDB cannot store, add or delete"
              + " an empty set; to clear the attribute use remove(), and give addElements or"
              + " removeElements at least one element");
    }
    List<AttributeValue> encoded = new ArrayList<>(value.size());
    for (E element : value) {
      if (element == null) {
        throw Codecs.nullElement(attribute);
      }
      encoded.add(elementEncoder.encode(element, attribute));
    }
    return toSet(encoded, attribute);
  }

  private static AttributeValue toSet(List<AttributeValue> elements, String attribute) {
    AttributeValue.Type type = elements.get(0).type();
    switch (type) {
      case S:
        List<String> strings = new ArrayList<>(elements.size());
        for (AttributeValue element : elements) {
          strings.add(sameType(element, type, attribute).s());
        }
        return AttributeValue.createSs(strings);
      case N:
        List<String> numbers = new ArrayList<>(elements.size());
        for (AttributeValue element : elements) {
          numbers.add(sameType(element, type, attribute).n());
        }
        return AttributeValue.createNs(numbers);
      case B:
        List<SdkBytes> bytes = new ArrayList<>(elements.size());
        for (AttributeValue element : elements) {
          bytes.add(sameType(element, type, attribute).b());
        }
        return AttributeValue.createBs(bytes);
      default:
        throw new IllegalArgumentException(
            "Attribute '" + attribute + "' is a set of " + type + " values: DynamoDB sets hold"
                + " only strings, numbers or binary; store a list instead");
    }
  }

  private static AttributeValue sameType(AttributeValue element, AttributeValue.Type type, String attribute) {
    if (element.type() != type) {
      throw new IllegalArgumentException(
          "Attribute '" + attribute + "' is a set mixing " + type + " and " + element.type()
              + " elements: a DynamoDB set holds one type");
    }
    return element;
  }
}
