package io.dynagen.runtime.table.transact;

import io.dynagen.runtime.expr.AttributePath;
import io.dynagen.runtime.table.AsyncTableHandle;
import io.dynagen.runtime.table.TableNotFoundException;
import io.dynagen.runtime.table.internal.AsyncCalls;
import io.dynagen.runtime.table.internal.ItemOperations;
import io.dynagen.runtime.table.internal.TableInternals;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The async face of {@link TransactGet}: items of one or more tables read as one consistent
 * snapshot, through the SDK's async client, with {@link TransactGet}'s handles and results.
 *
 * <pre>{@code
 * AsyncTransactGet read = AsyncTransactGet.with(asyncClient);
 * TransactGet.Handle<Account> from = read.get(accounts, alice);
 * TransactGet.Handle<Transfer> transfer = read.get(transfers, transferKey);
 * read.execute().thenAccept(result -> show(result.get(from), result.get(transfer)));
 * }</pre>
 *
 * <p>{@code get} checks its arguments at once and throws, as the sync one does (at most 100
 * items, each once, keys as the table checks them). {@link #execute()} never throws: its future
 * fails, not wrapped, with what the sync {@code execute()} throws: {@link
 * TransactionFailedException} (a conflict with a write in progress: retry), {@link
 * TableNotFoundException}, {@link io.dynagen.runtime.MappingException}, {@code
 * IllegalStateException} for no items, or the service's own error. A builder is not thread-safe;
 * {@link #execute()} may be called again for a fresh snapshot.
 */
public final class AsyncTransactGet {
  private final DynamoDbAsyncClient client;
  private final TransactGetItems items = new TransactGetItems();

  private AsyncTransactGet(DynamoDbAsyncClient client) {
    this.client = Objects.requireNonNull(client, "client");
  }

  /**
   * {@return a new, empty read transaction sent through {@code client}}
   *
   * @param client the async client requests go through
   */
  public static AsyncTransactGet with(DynamoDbAsyncClient client) {
    return new AsyncTransactGet(client);
  }

  /**
   * Reads the item of {@code table} with this key.
   *
   * @param <T> the mapped class of the table
   * @param table the async table, an {@code AsyncTypedTable} or a generated async table class
   * @param key the item's key
   * @return the handle to find the item in the result
   */
  public <T> TransactGet.Handle<T> get(AsyncTableHandle<T> table, Map<String, AttributeValue> key) {
    return items.add(operations(table), key, List.of());
  }

  /**
   * Reads only these attributes of the item of {@code table} with this key; the others read as
   * null (or their default), so include every attribute the caller needs.
   *
   * @param <T> the mapped class of the table
   * @param table the async table, an {@code AsyncTypedTable} or a generated async table class
   * @param key the item's key
   * @param attributes the attributes to read
   * @return the handle to find the item in the result
   */
  public <T> TransactGet.Handle<T> get(
      AsyncTableHandle<T> table, Map<String, AttributeValue> key, AttributePath... attributes) {
    return items.add(operations(table), key, TransactGet.projection(attributes));
  }

  /**
   * Reads every item, all as of one moment.
   *
   * @return a future of the items read, by handle; see the class comment for how it fails
   */
  public CompletableFuture<TransactGet.Result> execute() {
    return AsyncTransactWrite.translated(
        AsyncCalls.call(items::request, client::transactGetItems, items::result, failure -> failure),
        items.actions(), client);
  }

  /** {@return the number of items to read so far} */
  public int size() {
    return items.size();
  }

  private static <T> ItemOperations<T> operations(AsyncTableHandle<T> handle) {
    return TableInternals.operations(Objects.requireNonNull(handle, "table").typed());
  }
}
