package io.dynagen.runtime;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A {@code List} stored as L, each element through its own codec; a null element is stored as
 * {@code NULL} and read back as null.
 *
 * @param <E> the element type
 */
public final class ListCodec<E> implements AttributeCodec<List<E>> {
  private final AttributeCodec<E> element;
  private final String javaType;
  /** The element codec when it is a document's: such a list is written by its writeList. */
  private final DocumentSchema<E> documents;

  /**
   * @param element the elements' codec
   * @param javaType the list's type as the user wrote it ({@code List<String>}), for messages
   */
  @SuppressWarnings("unchecked") // a DocumentSchema that is an AttributeCodec<E> is a DocumentSchema<E>
  public ListCodec(AttributeCodec<E> element, String javaType) {
    this.element = element;
    this.javaType = javaType;
    this.documents = element instanceof DocumentSchema ? (DocumentSchema<E>) element : null;
  }

  @Override
  public AttributeValue write(List<E> value, String attribute) {
    if (documents != null) {
      return documents.writeList(value);
    }
    List<AttributeValue> list = new ArrayList<>(value.size());
    for (E e : value) {
      list.add(e == null ? Codecs.NUL : Codecs.orNul(element.write(e, attribute)));
    }
    return AttributeValue.createL(list);
  }

  @Override
  @SuppressWarnings("unchecked") // E is String when the element codec is ScalarCodecs.StringCodec.INSTANCE
  public List<E> read(AttributeValue value, String attribute) {
    List<AttributeValue> list = Codecs.readList(value, attribute, javaType);
    int size = list.size();
    List<E> result = new ArrayList<>(size);
    if (element == ScalarCodecs.StringCodec.INSTANCE) {
      // The most common list, read as directly as by hand: one look at the element's type (the
      // check readString makes); NULL and any other type take the general path and its errors.
      for (int i = 0; i < size; i++) {
        AttributeValue e = list.get(i);
        String s = e == null ? null : e.s();
        result.add(s != null && e.type() == AttributeValue.Type.S ? (E) s : element(e, i, attribute));
      }
      return result;
    }
    for (int i = 0; i < size; i++) {
      result.add(element(list.get(i), i, attribute));
    }
    return result;
  }

  private E element(AttributeValue e, int index, String attribute) {
    try {
      return Codecs.isAbsent(e) ? element.absent() : element.read(e, null);
    } catch (MappingException failure) {
      throw failure.atIndex(index).under(attribute);
    }
  }
}
