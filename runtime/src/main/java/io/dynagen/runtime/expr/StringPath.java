package io.dynagen.runtime.expr;

/**
 * A path to an attribute stored as a string (S) whose text sorts as its Java values do: {@code
 * String} and {@code char} (by UTF-8 bytes, see docs/encoding.md), {@code Instant}, {@code
 * LocalDate}, {@code LocalDateTime}, {@code LocalTime} and {@code MonthDay}, stored at a fixed
 * width. Adds {@code begins_with}, {@code contains} and {@code size}, which take plain text:
 * {@code Order_.placedAt.beginsWith("2024-05")}. Types whose text does not sort so get a {@link
 * TextPath}.
 *
 * @param <V> the Java type of the attribute's values
 */
public class StringPath<V> extends ComparablePath<V> {

  /**
   * A path to the attribute {@code name}.
   *
   * @param parent the enclosing document or map path, or {@code null} for a top-level attribute
   * @param name the stored attribute name
   * @param encoder how the attribute's values are stored (as S)
   */
  public StringPath(AttributePath parent, String name, ValueEncoder<V> encoder) {
    super(parent, name, encoder);
  }

  /** The element at {@code index} of the list at {@code list}. */
  StringPath(AttributePath list, int index, ValueEncoder<V> encoder) {
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
