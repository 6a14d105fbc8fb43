package io.dynagen.runtime.table;

/**
 * Anything that stands for a typed table: a {@link TypedTable} itself, or a generated {@code
 * XTable}. Transactions and batches across tables take handles, so that code passes its {@code
 * UserTable} as it is: {@code TransactWrite.with(client).put(users, jane).delete(orders, key)}.
 *
 * @param <T> the mapped class
 */
public interface TableHandle<T> {

  /** {@return the typed table underneath} */
  TypedTable<T> typed();
}
