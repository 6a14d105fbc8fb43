package io.dynagen.runtime.table.read;

import io.dynagen.runtime.expr.AttributePath;
import java.util.Arrays;
import java.util.List;

/**
 * Options of a get: strongly consistent read, and a projection. Immutable: {@code
 * GetOptions.defaults().consistentRead().project(User_.age)}.
 */
public final class GetOptions {
  private static final GetOptions DEFAULTS = new GetOptions(false, List.of());

  private final boolean consistentRead;
  private final List<AttributePath> projection;

  private GetOptions(boolean consistentRead, List<AttributePath> projection) {
    this.consistentRead = consistentRead;
    this.projection = projection;
  }

  /** {@return an eventually consistent read of the whole item} */
  public static GetOptions defaults() {
    return DEFAULTS;
  }

  /**
   * {@return these options, with a strongly consistent read (sees every write acknowledged before
   * it)}
   */
  public GetOptions consistentRead() {
    return new GetOptions(true, projection);
  }

  /**
   * {@return these options, reading only these attributes and the key attributes, which are always
   * added; the others read as null (or their default), so include every attribute the caller needs}
   *
   * @param attributes the attributes to read
   */
  public GetOptions project(AttributePath... attributes) {
    if (attributes.length == 0) {
      throw new IllegalArgumentException("A projection needs at least one attribute path");
    }
    return new GetOptions(consistentRead, List.copyOf(Arrays.asList(attributes)));
  }

  /** {@return true if reads are strongly consistent} */
  public boolean isConsistentRead() {
    return consistentRead;
  }

  /** {@return the attributes read besides the key, or empty for every attribute} */
  public List<AttributePath> projection() {
    return projection;
  }
}
