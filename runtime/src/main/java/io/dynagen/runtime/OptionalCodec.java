package io.dynagen.runtime;

import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An {@code Optional} stored as its value; an empty Optional is left out and an absent attribute
 * reads as {@code Optional.empty()}, never null.
 *
 * @param <T> the value type
 */
public final class OptionalCodec<T> implements AttributeCodec<Optional<T>> {
  private final AttributeCodec<T> element;

  /**
   * A codec of {@code Optional}s of what {@code element} encodes; empty is absent.
   *
   * @param element the codec of the present value
   */
  public OptionalCodec(AttributeCodec<T> element) {
    this.element = element;
  }

  @Override
  public AttributeValue write(Optional<T> value, String attribute) {
    return value.isPresent() ? element.write(value.get(), attribute) : null;
  }

  @Override
  public Optional<T> read(AttributeValue value, String attribute) {
    return Optional.of(element.read(value, attribute));
  }

  @Override
  public Optional<T> absent() {
    return Optional.empty();
  }
}
