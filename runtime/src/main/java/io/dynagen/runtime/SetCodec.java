package io.dynagen.runtime;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A {@code Set} stored as SS, NS or BS, each element through its own codec. DynamoDB sets hold
 * neither null nor nothing: a null element is refused, an empty set is left out of the item.
 *
 * @param <E> the element type
 */
public final class SetCodec<E> implements AttributeCodec<Set<E>> {
  private enum Stored { SS, NS, BS }

  private final AttributeCodec<E> element;
  private final Stored stored;
  private final String javaType;

  /**
   * {@return a set stored as SS; {@code javaType} as the user wrote it ({@code Set<UUID>}), for
   * messages}
   *
   * @param <E> the element type
   * @param element the codec of one element
   * @param javaType the set's Java type as the user wrote it, for messages
   */
  public static <E> SetCodec<E> strings(AttributeCodec<E> element, String javaType) {
    return new SetCodec<>(element, Stored.SS, javaType);
  }

  /**
   * {@return a set stored as NS}
   *
   * @param <E> the element type
   * @param element the codec of one element
   * @param javaType the set's Java type as the user wrote it, for messages
   */
  public static <E> SetCodec<E> numbers(AttributeCodec<E> element, String javaType) {
    return new SetCodec<>(element, Stored.NS, javaType);
  }

  /**
   * {@return a set stored as BS}
   *
   * @param <E> the element type
   * @param element the codec of one element
   * @param javaType the set's Java type as the user wrote it, for messages
   */
  public static <E> SetCodec<E> binary(AttributeCodec<E> element, String javaType) {
    return new SetCodec<>(element, Stored.BS, javaType);
  }

  private SetCodec(AttributeCodec<E> element, Stored stored, String javaType) {
    this.element = element;
    this.stored = stored;
    this.javaType = javaType;
  }

  @Override
  public AttributeValue write(Set<E> value, String attribute) {
    if (value.isEmpty()) {
      return null;
    }
    if (stored == Stored.BS) {
      List<SdkBytes> elements = new ArrayList<>(value.size());
      for (E e : value) {
        elements.add(written(e, attribute).b());
      }
      return AttributeValue.createBs(elements);
    }
    List<String> elements = new ArrayList<>(value.size());
    for (E e : value) {
      AttributeValue written = written(e, attribute);
      elements.add(stored == Stored.NS ? written.n() : written.s());
    }
    return stored == Stored.NS ? AttributeValue.createNs(elements) : AttributeValue.createSs(elements);
  }

  private AttributeValue written(E e, String attribute) {
    if (e == null) {
      throw Codecs.nullElement(attribute);
    }
    return element.write(e, attribute);
  }

  @Override
  @SuppressWarnings("unchecked") // E is String when the element codec is ScalarCodecs.STRING
  public Set<E> read(AttributeValue value, String attribute) {
    switch (stored) {
      case BS: {
        List<SdkBytes> elements = Codecs.readBinarySet(value, attribute, javaType);
        Set<E> result = new LinkedHashSet<>(Codecs.capacity(elements.size()));
        for (SdkBytes e : elements) {
          result.add(element.read(AttributeValue.createB(e), attribute));
        }
        return result;
      }
      case NS: {
        List<String> elements = Codecs.readNumberSet(value, attribute, javaType);
        Set<E> result = new LinkedHashSet<>(Codecs.capacity(elements.size()));
        for (String e : elements) {
          result.add(element.read(AttributeValue.createN(e), attribute));
        }
        return result;
      }
      default: {
        List<String> elements = Codecs.readStringSet(value, attribute, javaType);
        Set<E> result = new LinkedHashSet<>(Codecs.capacity(elements.size()));
        boolean plain = element == ScalarCodecs.STRING;
        for (String e : elements) {
          result.add(plain ? (E) e : element.read(AttributeValue.createS(e), attribute));
        }
        return result;
      }
    }
  }
}
