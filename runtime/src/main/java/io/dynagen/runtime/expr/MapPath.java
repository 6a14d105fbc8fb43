package io.dynagen.runtime.expr;

import java.util.Map;

/**
 * A path to a {@code Map<String, V>} attribute (M): its entries ({@code scores.alice}, where the
 * key is one placeholder whatever characters it holds) and {@code size}.
 *
 * @param <V> the map's value type
 */
public class MapPath<V> extends ValuePath<Map<String, V>> {
  private final ValueEncoder<V> valueEncoder;

  /**
   * A path to the attribute {@code name}.
   *
   * @param parent the enclosing document or map path, or {@code null} for a top-level attribute
   * @param name the stored attribute name
   * @param valueEncoder how one map value is stored
   */
  public MapPath(AttributePath parent, String name, ValueEncoder<V> valueEncoder) {
    super(parent, name, new MapEncoder<>(valueEncoder));
    this.valueEncoder = valueEncoder;
  }

  /**
   * The entry under {@code key}: to compare for equality, set, test with exists() or remove. For
   * the operations of a more specific kind, build that path with this one as parent: {@code new
   * NumberPath<>(User_.scores, "math", Encoders.INT).gt(3)}.
   */
  public final ValuePath<V> get(String key) {
    return new ValuePath<>(this, key, valueEncoder);
  }

  /** The number of entries, to compare: {@code size(path)}. */
  public final Size size() {
    return new Size(this);
  }
}
