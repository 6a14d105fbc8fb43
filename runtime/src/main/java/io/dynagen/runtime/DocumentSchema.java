package io.dynagen.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The generated codec of a {@code @Document} class: converts it to and from the attribute map
 * stored as a DynamoDB {@code M} value inside an item.
 *
 * @param <T> the document class
 */
public interface DocumentSchema<T> extends AttributeCodec<T> {

  /** {@return the mapped class} */
  Class<T> type();

  /**
   * {@return the attributes Dynagen writes itself on every write of an {@code @Entity} of a single
   * table ({@code @Version}, {@code @AutoTimestamp}, {@code @GeneratedUuid}, {@code
   * @AtomicCounter}), which its table writes as a one-class table does; none for a {@code
   * @Document}, which may not declare them}
   */
  default GeneratedAttributes generatedAttributes() {
    return GeneratedAttributes.NONE;
  }

  /**
   * Converts a document to its attribute map; null properties are left out.
   *
   * @param document the document, not null
   * @return the document's attributes
   */
  Map<String, AttributeValue> toMap(T document);

  /**
   * Reads a document from its attribute map.
   *
   * @param map the stored document's attributes
   * @return the document
   * @throws MappingException if an attribute does not fit its property; its path names the
   *     attribute inside the document
   */
  T fromMap(Map<String, AttributeValue> map);

  /** The document as an M attribute value, as an element of a list or map. */
  @Override
  default AttributeValue write(T document, String attribute) {
    return toAttributeValue(document);
  }

  /** A document as an element of a list or map. */
  @Override
  default T read(AttributeValue value, String attribute) {
    return fromAttributeValue(value, attribute);
  }

  /**
   * {@return a list of documents as an L attribute value, each as an M value and a null element
   * as {@code NULL}: a list property's write ({@link ListCodec})} Generated schemas override it
   * with the loop and the document's code in one method, which C2 compiles as one: a loop calling
   * {@link #toMap}, a method hot on its own, cannot inline it once it is compiled.
   *
   * @param list the documents, not null
   */
  default AttributeValue writeList(List<T> list) {
    List<AttributeValue> elements = new ArrayList<>(list.size());
    for (T document : list) {
      elements.add(document == null ? Codecs.NUL : toAttributeValue(document));
    }
    return AttributeValue.createL(elements);
  }

  /**
   * {@return the document as an M attribute value}
   *
   * @param document the document, not null
   */
  default AttributeValue toAttributeValue(T document) {
    return AttributeValue.createM(toMap(document));
  }

  /**
   * Reads a document stored under {@code attribute}, which must be an M value; a mismatch inside
   * it is reported with the path {@code attribute.inner}.
   *
   * @param value the stored attribute value
   * @param attribute the attribute's name, for messages; {@code null} for a list element or map
   *     value
   * @return the document
   */
  default T fromAttributeValue(AttributeValue value, String attribute) {
    // The class's name is only needed for the message of a value that is not a map; type() is a
    // field compare, where hasM() is an instanceof that fails for every real map.
    Map<String, AttributeValue> map = value.type() == AttributeValue.Type.M
        ? value.m() : Codecs.readMap(value, attribute, type().getSimpleName());
    try {
      return fromMap(map);
    } catch (MappingException e) {
      throw e.under(attribute);
    }
  }
}
