package io.dynagen.runtime.expr;

/**
 * A path to an attribute stored as a string (S) whose text does not sort as its Java values do:
 * enums (stored by name, ordered by declaration), {@code UUID} (text order is unsigned, {@code
 * UUID.compareTo} is signed), {@code OffsetDateTime} and {@code ZonedDateTime} (the text carries
 * the offset), {@code Period} and {@code ZoneId} (no order at all). Equality, {@code IN}, {@code
 * begins_with}, {@code contains} and {@code size}, but no {@code <}, {@code >} or {@code
 * BETWEEN}: DynamoDB would compare the text, and answer for another order than Java's.
 *
 * @param <V> the Java type of the attribute's values
 */
public class TextPath<V> extends ValuePath<V> {

  /**
   * A path to the attribute {@code name}.
   *
   * @param parent the enclosing document or map path, or {@code null} for a top-level attribute
   * @param name the stored attribute name
   * @param encoder how the attribute's values are stored (as S)
   */
  public TextPath(AttributePath parent, String name, ValueEncoder<V> encoder) {
    super(parent, name, encoder);
  }

  /** The element at {@code index} of the list at {@code list}. */
  TextPath(AttributePath list, int index, ValueEncoder<V> encoder) {
    super(list, index, encoder);
  }

  /**
   * The stored text starts with {@code prefix}: {@code begins_with(path, :prefix)}.
   *
   * @param prefix the start of the text wanted
   * @return the condition
   */
  public final Condition beginsWith(String prefix) {
    return TextFunctions.beginsWith(this, prefix);
  }

  /**
   * The stored text contains {@code substring}: {@code contains(path, :substring)}.
   *
   * @param substring the text to find
   * @return the condition
   */
  public final Condition contains(String substring) {
    return TextFunctions.contains(this, substring);
  }

  /** {@return the stored text's length in UTF-8 bytes, to compare: {@code size(path)}} */
  public final Size size() {
    return new Size(this);
  }
}
