package io.dynagen.runtime.expr;

import java.util.Objects;

/**
 * The path of an attribute in an item: a top-level attribute ({@code age}), a document's
 * attribute ({@code address.state}), a list element ({@code tags[0]}) or a map entry ({@code
 * scores.alice}). Each segment is rendered as its own placeholder, so a name holding a dot is one
 * attribute, never a nested path.
 *
 * <p>Paths are immutable and thread-safe; the generated metamodel holds them in {@code public
 * static final} fields. The typed subclasses add the conditions and updates their type allows.
 */
public abstract class AttributePath {
  private final AttributePath parent;
  private final String name;
  private final int index;

  /**
   * A named attribute.
   *
   * @param parent the enclosing document or map path, or {@code null} for a top-level attribute
   * @param name the stored attribute name (or map key)
   */
  protected AttributePath(AttributePath parent, String name) {
    Objects.requireNonNull(name, "name");
    if (name.isEmpty()) {
      throw new IllegalArgumentException(
          "An attribute name is empty" + (parent == null ? "" : " under '" + parent + "'")
              + ": DynamoDB attribute names have at least one character");
    }
    this.parent = parent;
    this.name = name;
    this.index = -1;
  }

  /** The element at {@code index} of the list at {@code parent}. */
  AttributePath(AttributePath parent, int index) {
    Objects.requireNonNull(parent, "parent");
    if (index < 0) {
      throw new IllegalArgumentException(
          "List index " + index + " of '" + parent + "' is negative: list indexes start at 0");
    }
    this.parent = parent;
    this.name = null;
    this.index = index;
  }

  /**
   * {@return the lists and maps this path goes into: 0 for a top-level attribute, 1 for {@code
   * address.state}}
   */
  public final int containersAbove() {
    int containers = 0;
    for (AttributePath up = parent; up != null; up = up.parent) {
      containers++;
    }
    return containers;
  }

  /** {@return the enclosing path, or {@code null} for a top-level attribute} */
  public final AttributePath parent() {
    return parent;
  }

  /**
   * {@return the name of the item's own attribute this path is in: {@code address} for {@code
   * address.state}}
   */
  public final String topLevelName() {
    AttributePath top = this;
    while (top.parent != null) {
      top = top.parent;
    }
    return top.name;
  }

  /**
   * True if the attribute exists in the item: {@code attribute_exists(path)}.
   *
   * @return the condition
   */
  public final Condition exists() {
    return new FunctionCondition("attribute_exists", this, null);
  }

  /**
   * True if the attribute is absent from the item: {@code attribute_not_exists(path)}.
   *
   * @return the condition
   */
  public final Condition notExists() {
    return new FunctionCondition("attribute_not_exists", this, null);
  }

  /**
   * True if the attribute is stored with this DynamoDB type: {@code attribute_type(path, :t)}.
   *
   * @param type the DynamoDB type
   * @return the condition
   */
  public final Condition hasType(DynamoType type) {
    Objects.requireNonNull(type, () -> "The type to " + this + ".hasType() is null: pass a DynamoType; to test for a missing attribute use " + this + ".notExists()");
    return new FunctionCondition("attribute_type", this, type.asValue());
  }

  /**
   * Removes the attribute (or list element) from the item: {@code REMOVE path}.
   *
   * @return the action, for an update
   */
  public final UpdateAction remove() {
    return UpdateAction.remove(this);
  }

  /**
   * Appends this path to an expression, each name as a placeholder: {@code #n0.#n1[2]}.
   *
   * @param out where the text goes
   * @param placeholders the names of the expression being built
   */
  public final void appendTo(StringBuilder out, Placeholders placeholders) {
    if (parent != null) {
      parent.appendTo(out, placeholders);
    }
    if (name == null) {
      out.append('[').append(index).append(']');
    } else {
      if (parent != null) {
        out.append('.');
      }
      out.append(placeholders.name(name));
    }
  }

  /** The readable path, such as {@code address.state} or {@code tags[0]}, for messages. */
  @Override
  public final String toString() {
    StringBuilder out = new StringBuilder();
    if (parent != null) {
      out.append(parent);
    }
    if (name == null) {
      out.append('[').append(index).append(']');
    } else {
      if (parent != null) {
        out.append('.');
      }
      out.append(name);
    }
    return out.toString();
  }

  /** Paths are equal if they name the same attribute, whatever their Java type. */
  @Override
  public final boolean equals(Object other) {
    if (!(other instanceof AttributePath)) {
      return false;
    }
    AttributePath that = (AttributePath) other;
    return index == that.index && Objects.equals(name, that.name) && Objects.equals(parent, that.parent);
  }

  @Override
  public final int hashCode() {
    return Objects.hash(parent, name, index);
  }
}
