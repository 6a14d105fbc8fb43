package io.dynagen.runtime.expr;

/**
 * A path to a number attribute (N), typed by its Java type, so that {@code
 * User_.age.lt("27")} does not compile. Adds arithmetic updates.
 *
 * @param <N> the Java number type
 */
public class NumberPath<N extends Number> extends ComparablePath<N> {

  /**
   * A path to the attribute {@code name}.
   *
   * @param parent the enclosing document or map path, or {@code null} for a top-level attribute
   * @param name the stored attribute name
   * @param encoder how the attribute's values are stored (as N), such as {@link Encoders#INT}
   */
  public NumberPath(AttributePath parent, String name, ValueEncoder<N> encoder) {
    super(parent, name, encoder);
  }

  /** The element at {@code index} of the list at {@code list}. */
  NumberPath(AttributePath list, int index, ValueEncoder<N> encoder) {
    super(list, index, encoder);
  }

  /**
   * Adds {@code delta} to the attribute, starting from 0 if the item does not have it: {@code ADD
   * path :delta}. The usual way to count; top-level attributes only (a DynamoDB rule).
   */
  public final UpdateAction add(N delta) {
    return UpdateAction.add(this, encode(delta, "add"));
  }

  /**
   * Adds {@code delta} to the attribute, which must exist: {@code SET path = path + :delta}.
   * Works on nested attributes too.
   */
  public final UpdateAction plus(N delta) {
    return UpdateAction.set(this, UpdateAction.SetForm.PLUS, encode(delta, "plus"));
  }

  /** Subtracts {@code delta} from the attribute, which must exist: {@code SET path = path - :delta}. */
  public final UpdateAction minus(N delta) {
    return UpdateAction.set(this, UpdateAction.SetForm.MINUS, encode(delta, "minus"));
  }
}
