package io.dynagen.runtime.expr;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A path to a list attribute (L): its elements ({@code tags[0]}), {@code contains}, {@code size},
 * and appending or prepending elements.
 *
 * @param <E> the element type
 */
public class ListPath<E> extends ValuePath<List<E>> {
  private final ListEncoder<E> listEncoder;

  /**
   * A path to the attribute {@code name}.
   *
   * @param parent the enclosing document or map path, or {@code null} for a top-level attribute
   * @param name the stored attribute name
   * @param elementEncoder how one element is stored
   */
  public ListPath(AttributePath parent, String name, ValueEncoder<E> elementEncoder) {
    this(parent, name, new ListEncoder<>(elementEncoder));
  }

  private ListPath(AttributePath parent, String name, ListEncoder<E> listEncoder) {
    super(parent, name, listEncoder);
    this.listEncoder = listEncoder;
  }

  /** The element at {@code index} (from 0): {@code path[index]}, to compare, set or remove. */
  public final ValuePath<E> get(int index) {
    return new ValuePath<>(this, index, listEncoder.elementEncoder());
  }

  /** The list holds an element equal to {@code element}: {@code contains(path, :element)}. */
  public final Condition contains(E element) {
    return new FunctionCondition("contains", this, element(element, "contains"));
  }

  /** The number of elements, to compare: {@code size(path)}. */
  public final Size size() {
    return new Size(this);
  }

  /**
   * Appends elements at the end, creating the list if the item has none: {@code SET path =
   * list_append(if_not_exists(path, :empty), :elements)}.
   */
  public final UpdateAction append(List<? extends E> elements) {
    return UpdateAction.set(this, UpdateAction.SetForm.APPEND, elements(elements, "append"));
  }

  /** Appends elements at the end, creating the list if the item has none. */
  @SafeVarargs
  public final UpdateAction append(E... elements) {
    List<E> list = new ArrayList<>(elements.length);
    for (E element : elements) {
      list.add(element);
    }
    return append(list);
  }

  /** Inserts elements at the start, creating the list if the item has none. */
  public final UpdateAction prepend(List<? extends E> elements) {
    return UpdateAction.set(this, UpdateAction.SetForm.PREPEND, elements(elements, "prepend"));
  }

  /** Inserts elements at the start, creating the list if the item has none. */
  @SafeVarargs
  public final UpdateAction prepend(E... elements) {
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
    return listEncoder.elementEncoder().encode(element, toString());
  }

  private AttributeValue elements(List<? extends E> elements, String operation) {
    if (elements.isEmpty()) {
      throw new IllegalArgumentException(
          "No elements to " + operation + " to '" + this + "': pass at least one");
    }
    @SuppressWarnings("unchecked") // read-only view: a List<? extends E> is a valid List<E> to read
    List<E> view = (List<E>) elements;
    return listEncoder.encode(view, toString());
  }
}
