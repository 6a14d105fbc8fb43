package io.dynagen.runtime.expr;

/** A path to a boolean attribute (BOOL). */
public class BooleanPath extends ValuePath<Boolean> {

  /**
   * A path to the attribute {@code name}.
   *
   * @param parent the enclosing document or map path, or {@code null} for a top-level attribute
   * @param name the stored attribute name
   */
  public BooleanPath(AttributePath parent, String name) {
    super(parent, name, Encoders.BOOLEAN);
  }

  /** The element at {@code index} of the list at {@code list}. */
  BooleanPath(AttributePath list, int index) {
    super(list, index, Encoders.BOOLEAN);
  }

  /**
   * Attribute is {@code true}.
   *
   * @return the condition
   */
  public final Condition isTrue() {
    return eq(Boolean.TRUE);
  }

  /**
   * Attribute is {@code false}.
   *
   * @return the condition
   */
  public final Condition isFalse() {
    return eq(Boolean.FALSE);
  }
}
