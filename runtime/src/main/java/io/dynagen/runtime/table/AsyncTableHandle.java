package io.dynagen.runtime.table;

/**
 * Anything that stands for an async typed table: an {@link AsyncTypedTable} itself, or a
 * generated {@code XAsyncTable}. Async batch gets and transactions across tables take handles,
 * so that code passes its {@code UserAsyncTable} as it is: {@code
 * AsyncTransactWrite.with(client).put(users, jane).delete(orders, key)}. The async face of {@link
 * TableHandle}.
 *
 * @param <T> the mapped class
 */
public interface AsyncTableHandle<T> {

  /** {@return the async typed table underneath} */
  AsyncTypedTable<T> typed();
}
