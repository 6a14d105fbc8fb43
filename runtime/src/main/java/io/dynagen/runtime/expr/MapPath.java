package io.dynagen.runtime.expr;

import java.util.Map;

/**
 * A path to a {@code Map<String, V>} attribute (M): its entries, typed as the value type allows
 * ({@code scores.get("math").gt(3)}, where the key is one placeholder whatever characters it
 * holds), and {@code size}.
 *
 * @param <V> the map's value type
 * @param <P> the typed path of one value
 */
public class MapPath<V, P extends ValuePath<V>> extends ValuePath<Map<String, V>> {
  private final ElementPaths<V, P> values;

  /**
   * A path to the attribute {@code name}.
   *
   * @param parent the enclosing document or map path, or {@code null} for a top-level attribute
   * @param name the stored attribute name
   * @param values how one map value is stored and what its path is, such as {@code
   *     ElementPaths.numbers(Encoders.INT)}
   */
  public MapPath(AttributePath parent, String name, ElementPaths<V, P> values) {
    this(parent, name, values, new MapEncoder<>(values.encoder()));
  }

  /** A map under a name, with an encoder shared by the paths of an {@link ElementPaths}. */
  MapPath(AttributePath parent, String name, ElementPaths<V, P> values, MapEncoder<V> mapEncoder) {
    super(parent, name, mapEncoder);
    this.values = values;
  }

  /** The map at {@code index} of the list at {@code list}. */
  MapPath(AttributePath list, int index, ElementPaths<V, P> values, MapEncoder<V> mapEncoder) {
    super(list, index, mapEncoder);
    this.values = values;
  }

  /**
   * {@return the entry under {@code key}, with the operations of the value's type: to compare, set,
   * test with exists() or remove}
   *
   * @param key the map key
   */
  public final P get(String key) {
    if (key == null) {
      throw new IllegalArgumentException("Null key for an entry of map '" + this + "': pass the entry's key;"
          + " to test the whole map use " + this + ".exists() or " + this + ".size()");
    }
    return values.entry(this, key);
  }

  /** {@return the number of entries, to compare: {@code size(path)}} */
  public final Size size() {
    return new Size(this);
  }
}
