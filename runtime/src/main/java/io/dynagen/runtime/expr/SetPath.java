package io.dynagen.runtime.expr;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A path to a set attribute (SS, NS or BS): {@code contains}, {@code size}, and adding or
 * deleting elements without reading the set.
 *
 * @param <E> the element type
 */
public class SetPath<E> extends ValuePath<Set<E>> {
  private final SetEncoder<E> setEncoder;

  /**
   * A path to the attribute {@code name}.
   *
   * @param parent the enclosing document or map path, or {@code null} for a top-level attribute
   * @param name the stored attribute name
   * @param elementEncoder how one element is stored (as S, N or B)
   */
  public SetPath(AttributePath parent, String name, ValueEncoder<E> elementEncoder) {
    this(parent, name, new SetEncoder<>(elementEncoder));
  }

  /** A set under a name, with an encoder shared by the paths of an {@link ElementPaths}. */
  SetPath(AttributePath parent, String name, SetEncoder<E> setEncoder) {
    super(parent, name, setEncoder);
    this.setEncoder = setEncoder;
  }

  /** The set at {@code index} of the list at {@code list}. */
  SetPath(AttributePath list, int index, SetEncoder<E> setEncoder) {
    super(list, index, setEncoder);
    this.setEncoder = setEncoder;
  }

  /**
   * The set holds {@code element}: {@code contains(path, :element)}.
   *
   * @param element the element to look for
   * @return the condition
   */
  public final Condition contains(E element) {
    if (element == null) {
      throw new IllegalArgumentException(
          "Null element for '" + this + "' in contains: DynamoDB sets never hold null");
    }
    return new FunctionCondition("contains", this, setEncoder.elementEncoder().encode(element, toString()));
  }

  /** {@return the number of elements, to compare: {@code size(path)}} */
  public final Size size() {
    return new Size(this);
  }

  /**
   * Adds elements, creating the set if the item has none: {@code ADD path :elements}.
   *
   * @param elements the elements to add
   * @return the action, for an update
   */
  public final UpdateAction addElements(Collection<? extends E> elements) {
    checkValuesGiven(elements, "addElements");
    return UpdateAction.add(this, elements(elements));
  }

  /**
   * Adds elements, creating the set if the item has none: {@code ADD path :elements}.
   *
   * @param elements the elements to add
   * @return the action, for an update
   */
  @SafeVarargs
  public final UpdateAction addElements(E... elements) {
    checkValuesGiven(elements, "addElements");
    List<E> list = new ArrayList<>(elements.length);
    for (E element : elements) {
      list.add(element);
    }
    return addElements(list);
  }

  /**
   * Deletes elements from the set: {@code DELETE path :elements}. DynamoDB removes the attribute
   * when its last element goes.
   *
   * @param elements the elements to delete
   * @return the action, for an update
   */
  public final UpdateAction removeElements(Collection<? extends E> elements) {
    checkValuesGiven(elements, "removeElements");
    return UpdateAction.delete(this, elements(elements));
  }

  /**
   * Deletes elements from the set: {@code DELETE path :elements}.
   *
   * @param elements the elements to delete
   * @return the action, for an update
   */
  @SafeVarargs
  public final UpdateAction removeElements(E... elements) {
    checkValuesGiven(elements, "removeElements");
    List<E> list = new ArrayList<>(elements.length);
    for (E element : elements) {
      list.add(element);
    }
    return removeElements(list);
  }

  private AttributeValue elements(Collection<? extends E> elements) {
    return setEncoder.encodeElements(elements, toString());
  }
}
