package io.dynagen.runtime.expr;

import io.dynagen.runtime.ValueLimits;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A path to a list attribute (L): its elements, typed as the element type allows ({@code
 * tags.get(0).beginsWith("a")}, {@code lines.get(0).sku} for a list of documents), {@code
 * contains}, {@code size}, and appending or prepending elements.
 *
 * @param <E> the element type
 * @param <P> the typed path of one element
 */
public class ListPath<E, P extends ValuePath<E>> extends ValuePath<List<E>> {
  private final ElementPaths<E, P> elements;
  private final ListEncoder<E> listEncoder;

  /**
   * A path to the attribute {@code name}.
   *
   * @param parent the enclosing document or map path, or {@code null} for a top-level attribute
   * @param name the stored attribute name
   * @param elements how an element is stored and what its path is, such as {@code
   *     ElementPaths.strings(Encoders.STRING)}
   */
  public ListPath(AttributePath parent, String name, ElementPaths<E, P> elements) {
    this(parent, name, elements, new ListEncoder<>(elements.encoder()));
  }

  /** A list under a name, with an encoder shared by the paths of an {@link ElementPaths}. */
  ListPath(AttributePath parent, String name, ElementPaths<E, P> elements, ListEncoder<E> listEncoder) {
    super(parent, name, listEncoder);
    this.elements = elements;
    this.listEncoder = listEncoder;
  }

  /** The list at {@code index} of the list at {@code list}. */
  ListPath(AttributePath list, int index, ElementPaths<E, P> elements, ListEncoder<E> listEncoder) {
    super(list, index, listEncoder);
    this.elements = elements;
    this.listEncoder = listEncoder;
  }

  /**
   * {@return the element at {@code index} (from 0): {@code path[index]}, with the operations of its
   * type, to compare, set or remove}
   *
   * @param index the position, from 0
   */
  public final P get(int index) {
    return elements.element(this, index);
  }

  /**
   * The list holds an element equal to {@code element}: {@code contains(path, :element)}.
   *
   * @param element the element to look for
   * @return the condition
   */
  public final Condition contains(E element) {
    return new FunctionCondition("contains", this, element(element, "contains"));
  }

  /** {@return the number of elements, to compare: {@code size(path)}} */
  public final Size size() {
    return new Size(this);
  }

  /**
   * Appends elements at the end, creating the list if the item has none: {@code SET path =
   * list_append(if_not_exists(path, :empty), :elements)}.
   *
   * @param elements the elements to append
   * @return the action, for an update
   */
  public final UpdateAction append(List<? extends E> elements) {
    checkValuesGiven(elements, "append");
    return UpdateAction.set(this, UpdateAction.SetForm.APPEND, elements(elements, "append"));
  }

  /**
   * Appends elements at the end, creating the list if the item has none.
   *
   * @param elements the elements to append
   * @return the action, for an update
   */
  @SafeVarargs
  public final UpdateAction append(E... elements) {
    checkValuesGiven(elements, "append");
    List<E> list = new ArrayList<>(elements.length);
    for (E element : elements) {
      list.add(element);
    }
    return append(list);
  }

  /**
   * Inserts elements at the start, creating the list if the item has none.
   *
   * @param elements the elements to append
   * @return the action, for an update
   */
  public final UpdateAction prepend(List<? extends E> elements) {
    checkValuesGiven(elements, "prepend");
    return UpdateAction.set(this, UpdateAction.SetForm.PREPEND, elements(elements, "prepend"));
  }

  /**
   * Inserts elements at the start, creating the list if the item has none.
   *
   * @param elements the elements to append
   * @return the action, for an update
   */
  @SafeVarargs
  public final UpdateAction prepend(E... elements) {
    checkValuesGiven(elements, "prepend");
    List<E> list = new ArrayList<>(elements.length);
    for (E element : elements) {
      list.add(element);
    }
    return prepend(list);
  }

  private AttributeValue element(E element, String operation) {
    if (element == null) {
      throw new IllegalArgumentException(
          "Null element for '" + this + "' in " + operation + ": pass a value");
    }
    AttributeValue encoded = listEncoder.elementEncoder().encode(element, toString());
    ValueLimits.checkValue(encoded, toString(), " (an element to " + operation + ")");
    return encoded;
  }

  private AttributeValue elements(List<? extends E> elements, String operation) {
    if (elements.isEmpty()) {
      throw new IllegalArgumentException(
          "No elements to " + operation + " to '" + this + "': pass at least one");
    }
    @SuppressWarnings("unchecked") // read-only view: a List<? extends E> is a valid List<E> to read
    List<E> view = (List<E>) elements;
    AttributeValue encoded = listEncoder.encode(view, toString());
    ValueLimits.checkValue(encoded, toString(), " (the elements to " + operation + ")");
    return encoded;
  }
}
