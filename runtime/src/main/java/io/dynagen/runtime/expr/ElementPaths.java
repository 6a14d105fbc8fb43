package io.dynagen.runtime.expr;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How to build the typed path of one value held in a list or a map, so that an element or an
 * entry has the operations of its own type: {@code Order_.lines.get(0).sku.eq("A-1")}, {@code
 * Player_.scores.get("math").gt(3)}. The generated metamodel gives one to each {@link ListPath}
 * and {@link MapPath}: for the types Dynagen maps itself, from the static methods here; for a
 * {@code @Document} class, the {@code ELEMENTS} constant of its generated metamodel.
 *
 * <p>Immutable and thread-safe; each call builds a new path.
 *
 * @param <V> the Java type of the values
 * @param <P> the typed path of one value
 */
public abstract class ElementPaths<V, P extends ValuePath<V>> {
  private final ValueEncoder<V> encoder;

  /**
   * Element paths whose values are stored through {@code encoder}.
   *
   * @param encoder how one value is stored
   */
  protected ElementPaths(ValueEncoder<V> encoder) {
    this.encoder = Objects.requireNonNull(encoder, "encoder");
  }

  /**
   * How one value is stored.
   *
   * @return the paths of such elements
   */
  public final ValueEncoder<V> encoder() {
    return encoder;
  }

  /**
   * The path of the element at {@code index} of the list at {@code list}: {@code list[index]}.
   *
   * @param list the path of the list
   * @param index the position in the list, from 0
   * @return the paths of such elements
   */
  public abstract P element(AttributePath list, int index);

  /**
   * The path of the value under {@code key} of the map at {@code map}: {@code map.key}.
   *
   * @param map the path of the map
   * @param key the map key
   * @return the paths of such elements
   */
  public abstract P entry(AttributePath map, String key);

  /**
   * Values with equality, {@code IN} and setting only, such as {@code @Convert} values.
   *
   * @param <V> the Java type of one value
   * @param encoder how one value is stored
   * @return the paths of such elements
   */
  public static <V> ElementPaths<V, ValuePath<V>> values(ValueEncoder<V> encoder) {
    return new ElementPaths<>(encoder) {
      @Override
      public ValuePath<V> element(AttributePath list, int index) {
        return new ValuePath<>(list, index, encoder());
      }

      @Override
      public ValuePath<V> entry(AttributePath map, String key) {
        return new ValuePath<>(map, key, encoder());
      }
    };
  }

  /**
   * Ordered values that are neither strings nor numbers in Java, such as {@code Duration}.
   *
   * @param <V> the Java type of one value
   * @param encoder how one value is stored
   * @return the paths of such elements
   */
  public static <V> ElementPaths<V, ComparablePath<V>> comparables(ValueEncoder<V> encoder) {
    return new ElementPaths<>(encoder) {
      @Override
      public ComparablePath<V> element(AttributePath list, int index) {
        return new ComparablePath<>(list, index, encoder());
      }

      @Override
      public ComparablePath<V> entry(AttributePath map, String key) {
        return new ComparablePath<>(map, key, encoder());
      }
    };
  }

  /**
   * Values stored as strings (S): {@code tags.get(0).beginsWith("a")}.
   *
   * @param <V> the Java type of one value
   * @param encoder how one value is stored
   * @return the paths of such elements
   */
  public static <V> ElementPaths<V, StringPath<V>> strings(ValueEncoder<V> encoder) {
    return new ElementPaths<>(encoder) {
      @Override
      public StringPath<V> element(AttributePath list, int index) {
        return new StringPath<>(list, index, encoder());
      }

      @Override
      public StringPath<V> entry(AttributePath map, String key) {
        return new StringPath<>(map, key, encoder());
      }
    };
  }

  /**
   * Values stored as strings (S) whose text does not sort as they do, such as enums: no {@code <}.
   *
   * @param <V> the Java type of one value
   * @param encoder how one value is stored
   * @return the paths of such elements
   */
  public static <V> ElementPaths<V, TextPath<V>> texts(ValueEncoder<V> encoder) {
    return new ElementPaths<>(encoder) {
      @Override
      public TextPath<V> element(AttributePath list, int index) {
        return new TextPath<>(list, index, encoder());
      }

      @Override
      public TextPath<V> entry(AttributePath map, String key) {
        return new TextPath<>(map, key, encoder());
      }
    };
  }

  /**
   * Numbers (N): {@code scores.get("math").gt(3)}.
   *
   * @param <N> the number type
   * @param encoder how one value is stored
   * @return the paths of such elements
   */
  public static <N extends Number> ElementPaths<N, NumberPath<N>> numbers(ValueEncoder<N> encoder) {
    return new ElementPaths<>(encoder) {
      @Override
      public NumberPath<N> element(AttributePath list, int index) {
        return new NumberPath<>(list, index, encoder());
      }

      @Override
      public NumberPath<N> entry(AttributePath map, String key) {
        return new NumberPath<>(map, key, encoder());
      }
    };
  }

  /**
   * Binary values (B).
   *
   * @param <V> the Java type of one value
   * @param encoder how one value is stored
   * @return the paths of such elements
   */
  public static <V> ElementPaths<V, BinaryPath<V>> binaries(ValueEncoder<V> encoder) {
    return new ElementPaths<>(encoder) {
      @Override
      public BinaryPath<V> element(AttributePath list, int index) {
        return new BinaryPath<>(list, index, encoder());
      }

      @Override
      public BinaryPath<V> entry(AttributePath map, String key) {
        return new BinaryPath<>(map, key, encoder());
      }
    };
  }

  /**
   * Booleans (BOOL).
   *
   * @return the paths of such elements
   */
  public static ElementPaths<Boolean, BooleanPath> booleans() {
    return BOOLEANS;
  }

  private static final ElementPaths<Boolean, BooleanPath> BOOLEANS =
      new ElementPaths<>(Encoders.BOOLEAN) {
        @Override
        public BooleanPath element(AttributePath list, int index) {
          return new BooleanPath(list, index);
        }

        @Override
        public BooleanPath entry(AttributePath map, String key) {
          return new BooleanPath(map, key);
        }
      };

  /**
   * Lists (L), whose own elements have the paths {@code elements} builds.
   *
   * @param <E> the Java type of one element
   * @param <P> the path type of one element
   * @param elements the paths of the lists' elements
   * @return the paths of such elements
   */
  public static <E, P extends ValuePath<E>> ElementPaths<List<E>, ListPath<E, P>> lists(ElementPaths<E, P> elements) {
    // One list encoder, shared by every path built here.
    ListEncoder<E> listEncoder = new ListEncoder<>(elements.encoder());
    return new ElementPaths<>(listEncoder) {
      @Override
      public ListPath<E, P> element(AttributePath list, int index) {
        return new ListPath<>(list, index, elements, listEncoder);
      }

      @Override
      public ListPath<E, P> entry(AttributePath map, String key) {
        return new ListPath<>(map, key, elements, listEncoder);
      }
    };
  }

  /**
   * Sets (SS, NS or BS) of elements stored through {@code elementEncoder}.
   *
   * @param <E> the Java type of one element
   * @param elementEncoder how one element is stored
   * @return the paths of such elements
   */
  public static <E> ElementPaths<Set<E>, SetPath<E>> sets(ValueEncoder<E> elementEncoder) {
    SetEncoder<E> setEncoder = new SetEncoder<>(elementEncoder);
    return new ElementPaths<>(setEncoder) {
      @Override
      public SetPath<E> element(AttributePath list, int index) {
        return new SetPath<>(list, index, setEncoder);
      }

      @Override
      public SetPath<E> entry(AttributePath map, String key) {
        return new SetPath<>(map, key, setEncoder);
      }
    };
  }

  /**
   * Maps (M) with string keys, whose values have the paths {@code values} builds.
   *
   * @param <V> the Java type of one value
   * @param <P> the path type of one element
   * @param values the paths of the maps' values
   * @return the paths of such elements
   */
  public static <V, P extends ValuePath<V>> ElementPaths<Map<String, V>, MapPath<V, P>> maps(ElementPaths<V, P> values) {
    MapEncoder<V> mapEncoder = new MapEncoder<>(values.encoder());
    return new ElementPaths<>(mapEncoder) {
      @Override
      public MapPath<V, P> element(AttributePath list, int index) {
        return new MapPath<>(list, index, values, mapEncoder);
      }

      @Override
      public MapPath<V, P> entry(AttributePath map, String key) {
        return new MapPath<>(map, key, values, mapEncoder);
      }
    };
  }
}
