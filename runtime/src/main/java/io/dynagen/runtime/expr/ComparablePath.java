package io.dynagen.runtime.expr;

/**
 * A path to an attribute whose values DynamoDB orders (strings, numbers, binary): adds {@code <},
 * {@code <=}, {@code >}, {@code >=} and {@code BETWEEN}. Used as is for ordered types that are
 * neither strings nor numbers in Java, such as {@code Duration}.
 *
 * @param <V> the Java type of the attribute's values
 */
public class ComparablePath<V> extends ValuePath<V> {

  /**
   * A path to the attribute {@code name}.
   *
   * @param parent the enclosing document or map path, or {@code null} for a top-level attribute
   * @param name the stored attribute name
   * @param encoder how the attribute's values are stored
   */
  public ComparablePath(AttributePath parent, String name, ValueEncoder<V> encoder) {
    super(parent, name, encoder);
  }

  /** The element at {@code index} of the list at {@code list}. */
  ComparablePath(AttributePath list, int index, ValueEncoder<V> encoder) {
    super(list, index, encoder);
  }

  /**
   * Attribute less than {@code value}.
   *
   * @param value the value to compare with
   * @return the condition
   */
  public final Condition lt(V value) {
    return compare(Comparison.LT, value);
  }

  /**
   * Attribute less than or equal to {@code value}.
   *
   * @param value the value to compare with
   * @return the condition
   */
  public final Condition le(V value) {
    return compare(Comparison.LE, value);
  }

  /**
   * Attribute greater than {@code value}.
   *
   * @param value the value to compare with
   * @return the condition
   */
  public final Condition gt(V value) {
    return compare(Comparison.GT, value);
  }

  /**
   * Attribute greater than or equal to {@code value}.
   *
   * @param value the value to compare with
   * @return the condition
   */
  public final Condition ge(V value) {
    return compare(Comparison.GE, value);
  }

  /**
   * Attribute between {@code low} and {@code high}, both included.
   *
   * @param low the lowest value included
   * @param high the highest value included
   * @return the condition
   */
  public final Condition between(V low, V high) {
    return new Between(new Operand(this, false), encodeCompared(low, "between"), encodeCompared(high, "between"));
  }
}
