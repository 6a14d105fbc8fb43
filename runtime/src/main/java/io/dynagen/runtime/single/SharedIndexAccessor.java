package io.dynagen.runtime.single;

import io.dynagen.runtime.expr.Encoders;
import io.dynagen.runtime.table.TypedIndex;
import io.dynagen.runtime.table.read.Query;

/**
 * What every generated accessor of a shared index ({@code ShopItemTable.Gsi1}) builds its
 * collection queries on: the items of one index partition, every type, in index sort-key order.
 *
 * @param <R> the sealed root type
 */
public abstract class SharedIndexAccessor<R> {
  private final TypedIndex<R> index;

  /**
   * For generated subclasses: the index {@code name} of {@code root}'s table.
   *
   * @param root the generated table of the sealed root
   * @param name the shared index name
   */
  protected SharedIndexAccessor(SingleTable<R> root, String name) {
    this.index = root.typed().index(name);
  }

  /** {@return the index underneath, with keys as attribute values} */
  public final TypedIndex<R> typed() {
    return index;
  }

  /**
   * The items of one index partition: an index collection.
   *
   * @param partitionKey the index partition template the collection's entity types share
   * @param values its properties' values, in template order
   * @return the query, to narrow or read
   */
  protected final Query<R> collection(KeyTemplate partitionKey, Object... values) {
    return index.query(partitionKey.format(index.name(), values), Encoders.STRING);
  }

  @Override
  public String toString() {
    return "index '" + index.name() + "'";
  }
}
