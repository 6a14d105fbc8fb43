package io.dynagen.processor.model;

import java.util.List;

/**
 * The projection an index-declaring annotation ({@code @IndexPartitionKey}, {@code
 * @LocalIndexSortKey}) gives its indexes, as written.
 *
 * @param type {@code ALL}, {@code KEYS_ONLY} or {@code INCLUDE}
 * @param included the attribute names of {@code include}
 * @param placed the annotation, for diagnostics
 */
public record IndexProjection(String type, List<String> included, Placed placed) {

  /** The projection of {@code placed}, with {@code ALL} when it says none. */
  static IndexProjection of(Placed placed) {
    String type = Annotations.enumConstantName(placed.mirror(), "projection");
    return new IndexProjection(type.isEmpty() ? "ALL" : type,
        List.copyOf(Annotations.stringValues(placed.mirror(), "include")), placed);
  }
}
