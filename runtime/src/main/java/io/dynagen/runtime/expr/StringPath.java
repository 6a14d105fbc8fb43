package io.dynagen.runtime.expr;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A path to an attribute stored as a string (S): {@code String}, {@code char}, enums, {@code
 * UUID}, {@code Instant} and the other {@code java.time} types stored as text. Adds {@code
 * begins_with}, {@code contains} and {@code size}, which take plain text: {@code
 * Order_.placedAt.beginsWith("2024-05")}.
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

  /** The stored text starts with {@code prefix}: {@code begins_with(path, :prefix)}. */
  public final Condition beginsWith(String prefix) {
    return new FunctionCondition("begins_with", this, text(prefix, "beginsWith"));
  }

  /** The stored text contains {@code substring}: {@code contains(path, :substring)}. */
  public final Condition contains(String substring) {
    return new FunctionCondition("contains", this, text(substring, "contains"));
  }

  /** The stored text's length in UTF-8 bytes, to compare: {@code size(path)}. */
  public final Size size() {
    return new Size(this);
  }

  private AttributeValue text(String text, String operation) {
    if (text == null) {
      throw new IllegalArgumentException(
          "Null text for '" + this + "' in " + operation + ": pass a string");
    }
    return AttributeValue.createS(text);
  }
}
