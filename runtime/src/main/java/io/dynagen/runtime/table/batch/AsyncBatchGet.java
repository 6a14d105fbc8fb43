package io.dynagen.runtime.table.batch;

import io.dynagen.runtime.table.AsyncTableHandle;
import io.dynagen.runtime.table.AsyncTypedTable;
import io.dynagen.runtime.table.TableNotFoundException;
import io.dynagen.runtime.table.internal.AsyncCalls;
import io.dynagen.runtime.table.read.GetOptions;
import io.dynagen.runtime.table.internal.TableInternals;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The async face of {@link BatchGet}: reads many items by key, from one table or several, through
 * the SDK's async client, with the same guarantees. Keys are checked as they are added; each
 * distinct key is asked once, in BatchGetItem requests of at most 100 keys, at most four requests
 * in flight; keys the service leaves unprocessed (throttled, or beyond its 16 MB response limit)
 * are asked again after an exponential backoff with full jitter (scheduled, never slept); a key
 * that still could not be read is reported, never left out silently.
 *
 * <pre>{@code
 * AsyncBatchGet get = AsyncBatchGet.across(asyncClient);
 * BatchGet.Handle<User> users = get.add(usersAsyncTable, userKeys);
 * BatchGet.Handle<Order> orders = get.add(ordersAsyncTable, orderKeys, GetOptions.defaults().consistentRead());
 * get.execute().thenAccept(result -> process(result.items(users), result.items(orders)));
 * }</pre>
 *
 * <p>For one table, {@link AsyncTypedTable#batchGet(Collection)} does all this in one call.
 * Handles and results are {@link BatchGet}'s: a handle's items come in the order of its keys, each
 * once, and a key with no item is absent. {@code add} checks its arguments at once, as the sync
 * one does; {@link #execute()} never throws: its future fails, not wrapped, with {@link
 * BatchGetException} (exactly the keys not read, after the attempt budget or past the deadline
 * of the options), {@link TableNotFoundException}, or the service's own error.
 *
 * <p>Not thread-safe to build: add keys on one thread. {@link #execute()} may be called again, and
 * reads again.
 */
public final class AsyncBatchGet {
  private final AsyncBatchGetReader reader;
  private final BatchGetKeys keys = new BatchGetKeys();

  private AsyncBatchGet(AsyncBatchGetReader reader) {
    this.reader = reader;
  }

  /**
   * {@return a batch get sending through {@code client}, with the default options}
   *
   * @param client the async client requests go through
   */
  public static AsyncBatchGet across(DynamoDbAsyncClient client) {
    return across(client, BatchGetOptions.defaults());
  }

  /**
   * {@return a batch get sending through {@code client} (whatever client the tables were made
   * with)}
   *
   * @param client the async client requests go through
   * @param options attempts, back-off and deadline (counted from {@code execute()})
   */
  public static AsyncBatchGet across(DynamoDbAsyncClient client, BatchGetOptions options) {
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(options, "options");
    return new AsyncBatchGet(new AsyncBatchGetReader(client, options.retry(), options.deadline()));
  }

  /**
   * {@return a future of the items of {@code table} with these keys, as {@link
   * AsyncTypedTable#batchGet} promises; bad keys fail it with {@code IllegalArgumentException}}
   *
   * @param <T> the mapped class of the table
   * @param table the async table
   * @param keys the keys of the items
   * @param options consistent read, projection
   */
  public static <T> CompletableFuture<List<T>> read(
      AsyncTypedTable<T> table, Collection<Map<String, AttributeValue>> keys, GetOptions options) {
    AsyncBatchGet get = across(table.client());
    BatchGet.Handle<T> handle;
    try {
      handle = get.add(table, keys, options);
    } catch (RuntimeException e) {
      return AsyncCalls.failed(e);
    }
    return AsyncCalls.map(get.execute(), result -> result.items(handle));
  }

  /**
   * Adds keys of {@code table} (an {@link AsyncTypedTable}, or a generated {@code XAsyncTable}) to
   * read whole, eventually consistent.
   *
   * @param <T> the mapped class of the table
   * @param table the async table, an {@code AsyncTypedTable} or a generated async table class
   * @param keys the keys of the items
   * @return the handle to take the items with from the result
   * @throws IllegalArgumentException before anything is added, if a key is null, lacks a key
   *     attribute, has other attributes, or a value is null, empty or of the wrong type
   */
  public <T> BatchGet.Handle<T> add(AsyncTableHandle<T> table, Collection<Map<String, AttributeValue>> keys) {
    return add(table, keys, GetOptions.defaults());
  }

  /**
   * Adds keys of {@code table} to read with {@code options} (consistent read, projection).
   *
   * @param <T> the mapped class of the table
   * @param table the async table, an {@code AsyncTypedTable} or a generated async table class
   * @param keys the keys of the items
   * @param options how the items are read (projection, consistency)
   * @return the handle to take the items with from the result
   * @throws IllegalArgumentException before anything is added, if a key is bad (see {@link
   *     #add(AsyncTableHandle, Collection)}), or the table was added with other options
   */
  public <T> BatchGet.Handle<T> add(
      AsyncTableHandle<T> table, Collection<Map<String, AttributeValue>> keys, GetOptions options) {
    return this.keys.add(TableInternals.operations(Objects.requireNonNull(table, "table").typed()), keys, options);
  }

  /**
   * Reads every key added so far.
   *
   * @return a future of what was read, by handle; it fails with {@link BatchGetException} if keys
   *     were still unprocessed after the attempt budget or the deadline passed, with {@link
   *     TableNotFoundException} if a table does not exist
   */
  public CompletableFuture<BatchGet.Result> execute() {
    return AsyncCalls.map(reader.read(keys.tables()), keys::result);
  }
}
