package io.dynagen.runtime.expr;

/**
 * A path to a binary attribute (B): {@code byte[]}, {@code SdkBytes}, {@code ByteBuffer}. Adds
 * {@code begins_with}, {@code contains} and {@code size}.
 *
 * @param <V> the Java type of the attribute's values
 */
public class BinaryPath<V> extends ComparablePath<V> {

  /**
   * A path to the attribute {@code name}.
   *
   * @param parent the enclosing document or map path, or {@code null} for a top-level attribute
   * @param name the stored attribute name
   * @param encoder how the attribute's values are stored (as B), such as {@link Encoders#BYTES}
   */
  public BinaryPath(AttributePath parent, String name, ValueEncoder<V> encoder) {
    super(parent, name, encoder);
  }

  /** The element at {@code index} of the list at {@code list}. */
  BinaryPath(AttributePath list, int index, ValueEncoder<V> encoder) {
    super(list, index, encoder);
  }

  /**
   * The stored bytes start with {@code prefix}.
   *
   * @param prefix the first bytes wanted
   * @return the condition
   */
  public final Condition beginsWith(V prefix) {
    return new FunctionCondition("begins_with", this, encode(prefix, "beginsWith"));
  }

  /**
   * The stored bytes contain {@code part}.
   *
   * @param part the bytes to find
   * @return the condition
   */
  public final Condition contains(V part) {
    return new FunctionCondition("contains", this, encode(part, "contains"));
  }

  /** {@return the number of stored bytes, to compare: {@code size(path)}} */
  public final Size size() {
    return new Size(this);
  }
}
