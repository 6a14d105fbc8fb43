package io.dynagen.runtime.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A generator of random values for property tests: everything it draws comes from the {@link
 * Random} it is handed, so a seed replays a case exactly (see {@link RandomCases}).
 *
 * <p>A generator made with {@link #withEdges} knows the values most likely to break code (empty,
 * minimum, maximum, zero, supplementary characters...). {@link RandomCases} runs every one of
 * them before the random cases, and random draws return one of them now and then.
 */
@FunctionalInterface
public interface Gen<T> {
  /** How often (one in this many) a random draw returns an edge value instead. */
  int EDGE_ONE_IN = 20;

  T next(Random random);

  /** This generator, returning these values in the edge cases and now and then at random. */
  @SafeVarargs
  static <T> Gen<T> withEdges(Gen<T> random, T... edges) {
    List<T> values = Collections.unmodifiableList(Arrays.asList(edges.clone()));
    return source -> {
      if (source instanceof EdgeRandom edge) {
        return values.get(edge.pick(values.size()));
      }
      return source.nextInt(EDGE_ONE_IN) == 0 ? values.get(source.nextInt(values.size())) : random.next(source);
    };
  }

  /** Exactly these values, equally often; each is an edge case. */
  @SafeVarargs
  static <T> Gen<T> of(T... values) {
    List<T> choices = Collections.unmodifiableList(Arrays.asList(values.clone()));
    return withEdges(source -> choices.get(source.nextInt(choices.size())), values);
  }

  /** One of many values (time zones, say), none of them an edge case. */
  static <T> Gen<T> of(List<T> values) {
    List<T> choices = List.copyOf(values);
    return source -> choices.get(source.nextInt(choices.size()));
  }

  static <T> Gen<T> constant(T value) {
    return source -> value;
  }

  /** One of the generators, equally often. */
  @SafeVarargs
  static <T> Gen<T> oneOf(Gen<? extends T>... choices) {
    List<Gen<? extends T>> gens = List.of(choices);
    return source -> gens.get(source.nextInt(gens.size())).next(source);
  }

  /** One of the generators, each as often as its weight says: {@code frequency(4, a, 1, b)}. */
  static <T> Gen<T> frequency(Object... weightsAndGens) {
    List<Integer> weights = new ArrayList<>();
    List<Gen<? extends T>> gens = new ArrayList<>();
    int total = 0;
    for (int i = 0; i < weightsAndGens.length; i += 2) {
      total += (Integer) weightsAndGens[i];
      weights.add(total);
      @SuppressWarnings("unchecked")
      Gen<? extends T> gen = (Gen<? extends T>) weightsAndGens[i + 1];
      gens.add(gen);
    }
    int sum = total;
    return source -> {
      int ticket = source.nextInt(sum);
      int i = 0;
      while (ticket >= weights.get(i)) {
        i++;
      }
      return gens.get(i).next(source);
    };
  }

  static <A, B, R> Gen<R> combine(Gen<A> a, Gen<B> b, BiFunction<? super A, ? super B, ? extends R> f) {
    return source -> f.apply(a.next(source), b.next(source));
  }

  default <R> Gen<R> map(Function<? super T, ? extends R> f) {
    return source -> f.apply(next(source));
  }

  /** Only values that pass the test; drawn again (a bounded number of times) until one does. */
  default Gen<T> filter(Predicate<? super T> keep) {
    return source -> {
      for (int attempt = 0; attempt < 10_000; attempt++) {
        T value = next(source);
        if (keep.test(value)) {
          return value;
        }
      }
      throw new IllegalStateException("the filter rejects nearly every value: make the generator produce fitting values");
    };
  }

  /** Null with this probability (and in some edge cases). */
  default Gen<T> orNull(double probability) {
    return source -> source.nextDouble() < probability ? null : next(source);
  }

  /** Present with this probability. */
  default Gen<Optional<T>> optional(double presence) {
    return source -> source.nextDouble() < presence ? Optional.ofNullable(next(source)) : Optional.empty();
  }

  /** Lists of min to max elements, short ones more often, the shortest in edge cases. */
  default Gen<List<T>> list(int min, int max) {
    return source -> {
      int size = size(source, min, max);
      List<T> list = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        list.add(next(source));
      }
      return list;
    };
  }

  /**
   * Sets of min to max distinct elements, in the order drawn. Fewer than the size drawn where
   * the elements repeat too often, but never fewer than min.
   */
  default Gen<Set<T>> set(int min, int max) {
    return source -> {
      int size = size(source, min, max);
      Set<T> set = new LinkedHashSet<>();
      for (int attempt = 0; set.size() < size && attempt < 20 * size + 100; attempt++) {
        set.add(next(source));
      }
      if (set.size() < min) {
        throw new IllegalStateException("cannot draw " + min + " distinct values: widen the element generator");
      }
      return set;
    };
  }

  /** Maps (insertion ordered) of up to max entries with keys from this generator. */
  default <V> Gen<Map<T, V>> mapTo(Gen<V> values, int max) {
    return source -> {
      int size = size(source, 0, max);
      Map<T, V> map = new LinkedHashMap<>();
      for (int attempt = 0; map.size() < size && attempt < 20 * size + 100; attempt++) {
        map.put(next(source), values.next(source));
      }
      return map;
    };
  }

  /** A size from min to max: in edge cases min or max; else small sizes more often than large ones. */
  static int size(Random source, int min, int max) {
    if (source instanceof EdgeRandom edge && min != max) {
      return edge.pick(2) == 0 ? min : max;
    }
    int upper = source.nextInt(4) == 0 ? max : Math.min(max, min + 8);
    return min + source.nextInt(upper - min + 1);
  }
}
