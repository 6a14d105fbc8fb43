package io.dynagen.runtime.table.read;

import io.dynagen.runtime.ItemSchema;
import io.dynagen.runtime.expr.AttributePath;
import io.dynagen.runtime.expr.Condition;
import io.dynagen.runtime.expr.Placeholders;
import io.dynagen.runtime.table.internal.KeyProjection;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** The options queries and scans share; each {@code with} returns a changed copy. */
record ReadOptions(
    Condition filter, Integer pageSize, List<AttributePath> projection, boolean consistentRead, CursorSigner signer) {
  static final ReadOptions DEFAULTS = new ReadOptions(null, null, List.of(), false, null);

  ReadOptions withFilter(Condition newFilter) {
    Objects.requireNonNull(newFilter, "filter");
    return new ReadOptions(filter == null ? newFilter : filter.and(newFilter), pageSize, projection, consistentRead, signer);
  }

  ReadOptions withPageSize(int size) {
    if (size < 1) {
      throw new IllegalArgumentException("Page size " + size + " is not positive: pass 1 or more");
    }
    return new ReadOptions(filter, size, projection, consistentRead, signer);
  }

  ReadOptions withProjection(AttributePath... paths) {
    if (paths.length == 0) {
      throw new IllegalArgumentException("A projection needs at least one attribute path");
    }
    return new ReadOptions(filter, pageSize, List.copyOf(Arrays.asList(paths)), consistentRead, signer);
  }

  ReadOptions withConsistentRead() {
    return new ReadOptions(filter, pageSize, projection, true, signer);
  }

  ReadOptions withSigner(CursorSigner newSigner) {
    return new ReadOptions(filter, pageSize, projection, consistentRead, Objects.requireNonNull(newSigner, "signer"));
  }

  /** The filter expression, or {@code null} if there is no filter. */
  String filterExpression(Placeholders placeholders) {
    return filter == null ? null : filter.render(placeholders);
  }

  /**
   * The projection expression, with the key attributes {@code keyNames} and the schema's type
   * attributes (a single table's type) added, or {@code null} to read whole items.
   */
  String projectionExpression(Placeholders placeholders, List<String> keyNames, ItemSchema<?> schema) {
    return projection.isEmpty() ? null : placeholders.projection(KeyProjection.withKeys(projection, keyNames, schema));
  }
}
