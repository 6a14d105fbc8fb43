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
  // How the set is stored. Int constants rather than an enum: an enum and the switch map javac
  // writes for it would be two more classes to load before an application's first item.
  private static final int SS = 0;
  private static final int NS = 1;
  private static final int BS = 2;

  private final AttributeCodec<E> element;
  private final int stored;
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
    return new SetCodec<>(element, SS, javaType);
  }

  /**
   * {@return a set stored as NS}
   *
   * @param <E> the element type
   * @param element the codec of one element
   * @param javaType the set's Java type as the user wrote it, for messages
   */
  public static <E> SetCodec<E> numbers(AttributeCodec<E> element, String javaType) {
    return new SetCodec<>(element, NS, javaType);
  }

  /**
   * {@return a set stored as BS}
   *
   * @param <E> the element type
   * @param element the codec of one element
   * @param javaType the set's Java type as the user wrote it, for messages
   */
  public static <E> SetCodec<E> binary(AttributeCodec<E> element, String javaType) {
    return new SetCodec<>(element, BS, javaType);
  }

  private SetCodec(AttributeCodec<E> element, int stored, String javaType) {
    this.element = element;
    this.stored = stored;
    this.javaType = javaType;
  }

  @Override
  public AttributeValue write(Set<E> value, String attribute) {
    if (value.isEmpty()) {
      return null;
    }
    if (stored == BS) {
      List<SdkBytes> elements = new ArrayList<>(value.size());
      for (E e : value) {
        elements.add(written(e, attribute).b());
      }
      return AttributeValue.createBs(elements);
    }
    List<String> elements = new ArrayList<>(value.size());
    for (E e : value) {
      AttributeValue written = written(e, attribute);
      elements.add(stored == NS ? written.n() : written.s());
    }
    return stored == NS ? AttributeValue.createNs(elements) : AttributeValue.createSs(elements);
  }

  private AttributeValue written(E e, String attribute) {
    if (e == null) {
      throw Codecs.nullElement(attribute);
    }
    return element.write(e, attribute);
  }

  @Override
  @SuppressWarnings("unchecked") // E is String when the element codec is ScalarCodecs.StringCodec.INSTANCE
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
        boolean plain = element == ScalarCodecs.StringCodec.INSTANCE;
        for (String e : elements) {
          result.add(plain ? (E) e : element.read(AttributeValue.createS(e), attribute));
        }
        return result;
      }
    }
  }
}
