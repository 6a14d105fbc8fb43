package io.dynagen.runtime.table;

import io.dynagen.runtime.ItemSchema;
import io.dynagen.runtime.MappingException;
import io.dynagen.runtime.expr.Condition;
import io.dynagen.runtime.expr.Update;
import io.dynagen.runtime.expr.UpdateAction;
import io.dynagen.runtime.expr.ValueEncoder;
import io.dynagen.runtime.table.admin.Capacity;
import io.dynagen.runtime.table.admin.TableInfo;
import io.dynagen.runtime.table.admin.TableNames;
import io.dynagen.runtime.table.batch.AsyncBatchGet;
import io.dynagen.runtime.table.admin.TableOptions;
import io.dynagen.runtime.table.batch.AsyncBatchWriter;
import io.dynagen.runtime.table.batch.BatchWriteOptions;
import io.dynagen.runtime.table.internal.AsyncCalls;
import io.dynagen.runtime.table.internal.AsyncTableAdmin;
import io.dynagen.runtime.table.internal.GeneratedValues.VersionCheck;
import io.dynagen.runtime.table.internal.ItemOperations;
import io.dynagen.runtime.table.internal.KeyShape;
import io.dynagen.runtime.table.internal.PreparedPut;
import io.dynagen.runtime.table.internal.TableInternals;
import io.dynagen.runtime.table.internal.TableNameRule;
import io.dynagen.runtime.table.read.AsyncQuery;
import io.dynagen.runtime.table.read.AsyncScan;
import io.dynagen.runtime.table.read.GetOptions;
import io.dynagen.runtime.table.read.Query;
import io.dynagen.runtime.table.read.Scan;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The async face of {@link TypedTable}: the same operations over the SDK's {@link
 * DynamoDbAsyncClient}, each returning a {@link CompletableFuture} at once. Requests are built and
 * responses decoded by the very code the sync table uses, so keys, conditions, updates, generated
 * values, {@code @Version} and counters behave identically. Immutable and thread-safe.
 *
 * <p>Errors: every failure comes through the future, argument errors included (the methods
 * returning a future do not throw; {@code query} and {@code scan}, which only build a read, check
 * their arguments at once as the sync ones do). The future completes exceptionally with the exception the sync
 * operation throws, not wrapped: {@code IllegalArgumentException} for arguments DynamoDB would
 * reject, {@link ConditionFailedException} with the item as it stood, {@link
 * VersionConflictException}, {@link TableNotFoundException}, {@link MappingException}; other
 * service errors keep their AWS type. (As with any {@code CompletableFuture}, {@code join()}
 * wraps it in a {@code CompletionException}, {@code get()} in an {@code ExecutionException}, and
 * stages chained after it see it wrapped in a {@code CompletionException}.)
 *
 * <p>Nothing here blocks or waits on a future: each step runs in the callback of the client's
 * response, on the thread the client completes it on.
 *
 * @param <T> the mapped class
 */
public final class AsyncTypedTable<T> implements AsyncTableHandle<T> {
  static {
    TableInternals.register(new TableInternals.AsyncAccess() {
      @Override
      public <T> ItemOperations<T> operations(AsyncTypedTable<T> table) {
        return table.operations;
      }
    });
  }

  private final DynamoDbAsyncClient client;
  private final ItemOperations<T> operations;
  private final AsyncTableAdmin admin;

  private AsyncTypedTable(DynamoDbAsyncClient client, ItemOperations<T> operations) {
    this.client = Objects.requireNonNull(client, "client");
    this.operations = operations;
    this.admin = new AsyncTableAdmin(client, operations.schema(), operations.tableName());
  }

  /**
   * The table named by the schema ({@code @Table(name = ...)}).
   *
   * @param <T> the mapped class
   * @param client the async client requests go through
   * @param schema the generated schema of the mapped class
   * @return the async table
   */
  public static <T> AsyncTypedTable<T> of(DynamoDbAsyncClient client, ItemSchema<T> schema) {
    return of(client, schema, schema.tableName());
  }

  /**
   * The table {@code tableName} (say, per environment), holding items of the schema's class.
   *
   * @param <T> the mapped class
   * @param client the async client requests go through
   * @param schema the generated schema of the mapped class
   * @param tableName the table's name
   * @return the async table
   */
  public static <T> AsyncTypedTable<T> of(DynamoDbAsyncClient client, ItemSchema<T> schema, String tableName) {
    return new AsyncTypedTable<>(client, new ItemOperations<>(schema, tableName));
  }

  /**
   * The table the schema declares, under the name {@code names} resolve it to.
   *
   * @throws IllegalArgumentException if the resolved name is not a valid DynamoDB table name
   * @param <T> the mapped class
   * @param client the async client requests go through
   * @param schema the generated schema of the mapped class
   * @param names the rule naming tables
   * @return the async table
   */
  public static <T> AsyncTypedTable<T> of(DynamoDbAsyncClient client, ItemSchema<T> schema, TableNames names) {
    Objects.requireNonNull(names, "names");
    return of(client, schema, TableNameRule.resolve(names, schema.tableName()));
  }

  /**
   * This table with {@code @AutoTimestamp}s read from {@code clock}.
   *
   * @param clock the clock to read
   * @return this table reading {@code clock}
   */
  public AsyncTypedTable<T> withClock(Clock clock) {
    return new AsyncTypedTable<>(client, operations.withClock(clock));
  }

  /**
   * This table itself, as the handle async batch gets and transactions take.
   *
   * @return this table
   */
  @Override
  public AsyncTypedTable<T> typed() {
    return this;
  }

  /**
   * The table's name.
   *
   * @return the table's name
   */
  public String tableName() {
    return operations.tableName();
  }

  /**
   * The schema items are mapped with.
   *
   * @return the schema
   */
  public ItemSchema<T> schema() {
    return operations.schema();
  }

  /**
   * The client requests go through.
   *
   * @return the client
   */
  public DynamoDbAsyncClient client() {
    return client;
  }


  // ---------------------------------------------------------------- keys

  /**
   * The key of an item of a table with only a partition key.
   *
   * @throws IllegalArgumentException if the value is null or empty, or the table has a sort key
   * @param <P> the partition key's type
   * @param partitionValue the partition key value
   * @param partitionEncoder the partition key's encoder
   * @return the item key
   */
  public <P> Map<String, AttributeValue> key(P partitionValue, ValueEncoder<P> partitionEncoder) {
    return operations.key(partitionValue, partitionEncoder);
  }

  /**
   * The key of an item of a table with a partition key and a sort key.
   *
   * @throws IllegalArgumentException if a value is null or empty, or the table has no sort key
   * @param <P> the partition key's type
   * @param <S> the sort key's type
   * @param partitionValue the partition key value
   * @param partitionEncoder the partition key's encoder
   * @param sortValue the sort key value
   * @param sortEncoder the sort key's encoder
   * @return the item key
   */
  public <P, S> Map<String, AttributeValue> key(
      P partitionValue, ValueEncoder<P> partitionEncoder, S sortValue, ValueEncoder<S> sortEncoder) {
    return operations.key(partitionValue, partitionEncoder, sortValue, sortEncoder);
  }

  // ---------------------------------------------------------------- get

  /**
   * The item with this key, if there is one (an eventually consistent read).
   *
   * @param key the item's key
   * @return a future of the item, empty if there is none
   */
  public CompletableFuture<Optional<T>> get(Map<String, AttributeValue> key) {
    return get(key, GetOptions.defaults());
  }

  /**
   * The item with this key, if there is one, read with {@code options}.
   *
   * @param key the item's key
   * @param options the options
   * @return a future of the item, empty if there is none
   */
  public CompletableFuture<Optional<T>> get(Map<String, AttributeValue> key, GetOptions options) {
    return AsyncCalls.call(
        () -> operations.getRequest(key, Objects.requireNonNull(options, "options")),
        client::getItem, operations::got, operations::readFailed);
  }

  // ---------------------------------------------------------------- put

  /**
   * Writes the item, replacing any item with its key; completes with the item as written (see
   * {@link TypedTable#put(Object)}), or with {@link VersionConflictException}.
   *
   * @param item the item
   * @return a future of the item as written
   */
  public CompletableFuture<T> put(T item) {
    return AsyncCalls.map(put(() -> item, null, false), Written::object);
  }

  /**
   * Writes the item if {@code condition} holds; fails with {@link ConditionFailedException} if not.
   *
   * @param item the item
   * @param condition the condition, or {@code null} for none
   * @return a future of the item as written
   */
  public CompletableFuture<T> put(T item, Condition condition) {
    return AsyncCalls.map(put(() -> item, () -> Objects.requireNonNull(condition, "condition"), false), Written::object);
  }

  /**
   * Writes the item, completing with the item it replaced, if any.
   *
   * @param item the item
   * @return a future of the item replaced, if any
   */
  public CompletableFuture<Optional<T>> putReturningOld(T item) {
    return AsyncCalls.map(put(() -> item, null, true), Written::old);
  }

  /**
   * Writes the item if {@code condition} holds, completing with the item it replaced, if any.
   *
   * @param item the item
   * @param condition the condition, or {@code null} for none
   * @return a future of the item replaced, if any
   */
  public CompletableFuture<Optional<T>> putReturningOld(T item, Condition condition) {
    return AsyncCalls.map(put(() -> item, () -> Objects.requireNonNull(condition, "condition"), true), Written::old);
  }

  /**
   * Writes the item only if no item has its key; completes empty if it was written, else with
   * the item already there (nothing written).
   *
   * @param item the item
   * @return a future: empty if the item was written, else the item already there
   */
  public CompletableFuture<Optional<T>> putIfAbsent(T item) {
    CompletableFuture<Optional<T>> result = new CompletableFuture<>();
    put(() -> item, operations::absent, false).whenComplete((written, failure) -> {
      Throwable cause = failure == null ? null : AsyncCalls.unwrap(failure);
      if (cause == null) {
        result.complete(Optional.empty());
      } else if (cause instanceof ConditionFailedException e) {
        try {
          result.complete(e.item(operations.schema().type()));
        } catch (RuntimeException unreadable) {
          result.completeExceptionally(unreadable);
        }
      } else {
        result.completeExceptionally(cause);
      }
    });
    return result;
  }

  /** An item as a put wrote it, and the item it replaced. */
  private record Written<T>(T object, Optional<T> old) {}

  private CompletableFuture<Written<T>> put(Supplier<T> item, Supplier<Condition> condition, boolean returnOld) {
    PreparedPut<T> prepared;
    Condition checked;
    try {
      prepared = operations.preparePut(item.get());
      checked = condition == null ? null : condition.get();
    } catch (RuntimeException e) {
      return AsyncCalls.failed(e);
    }
    return AsyncCalls.call(
        () -> operations.putRequest(prepared, checked, returnOld),
        client::putItem,
        response -> new Written<>(
            prepared.written(operations.decoder()), operations.decodeIfAny(response.attributes())),
        failure -> operations.putFailed(prepared, failure));
  }

  // ---------------------------------------------------------------- update

  /**
   * Applies the actions to the item with this key, creating it if there is none; completes with the item after.
   *
   * @param key the item's key
   * @param action an update action
   * @param more more actions
   * @return a future of the item after the update
   */
  public CompletableFuture<T> update(Map<String, AttributeValue> key, UpdateAction action, UpdateAction... more) {
    return update(key, () -> Update.of(action, more), null);
  }

  /**
   * Applies the update to the item with this key, creating it if there is none.
   *
   * @param key the item's key
   * @param update the update
   * @return a future of the item after the update
   */
  public CompletableFuture<T> update(Map<String, AttributeValue> key, Update update) {
    return update(key, () -> update, null);
  }

  /**
   * Applies the update if {@code condition} ({@code null} for none) holds for the item with this
   * key; fails with {@link ConditionFailedException} if not.
   *
   * @param key the item's key
   * @param update the update
   * @param condition the condition, or {@code null} for none
   * @return a future of the item after the update
   */
  public CompletableFuture<T> update(Map<String, AttributeValue> key, Update update, Condition condition) {
    return update(key, () -> update, condition);
  }

  private CompletableFuture<T> update(Map<String, AttributeValue> key, Supplier<Update> update, Condition condition) {
    return AsyncCalls.call(
        () -> {
          operations.checkKey(key);
          return operations.updateRequest(key, update.get(), condition, null);
        },
        client::updateItem,
        response -> operations.decoder().decode(response.attributes()),
        failure -> operations.updateFailed(key, null, failure));
  }

  /**
   * Applies the actions to the item with the key of {@code item}; for a {@code @Version}ed class,
   * only if the stored version is the one {@code item} was read with ({@link
   * VersionConflictException} if not).
   *
   * @param item the item
   * @param action an update action
   * @param more more actions
   * @return a future of the item after the update
   */
  public CompletableFuture<T> update(T item, UpdateAction action, UpdateAction... more) {
    return updateObject(item, () -> Update.of(action, more), null);
  }

  /**
   * As {@link #update(Object, UpdateAction, UpdateAction...)}, with a condition ({@code null} for none).
   *
   * @param item the item
   * @param update the update
   * @param condition the condition, or {@code null} for none
   * @return a future of the item after the update
   */
  public CompletableFuture<T> update(T item, Update update, Condition condition) {
    return updateObject(item, () -> update, condition);
  }

  /**
   * Patches the item with the key of {@code item} from its non-null properties, as {@link
   * TypedTable#patch(Object)} does.
   *
   * @param item the item
   * @return a future of the item after the patch
   */
  public CompletableFuture<T> patch(T item) {
    return patch(item, null);
  }

  /**
   * As {@link #patch(Object)}, if {@code condition} ({@code null} for none) holds.
   *
   * @param item the item
   * @param condition the condition, or {@code null} for none
   * @return a future of the item after the patch
   */
  public CompletableFuture<T> patch(T item, Condition condition) {
    return updateObject(item, () -> operations.patch(item), condition);
  }

  private CompletableFuture<T> updateObject(T item, Supplier<Update> update, Condition condition) {
    Map<String, AttributeValue> key;
    VersionCheck version;
    Update checked;
    try {
      Objects.requireNonNull(item, "item");
      key = operations.schema().keyOf(item);
      checked = update.get();
      version = operations.updateVersion(item);
    } catch (RuntimeException e) {
      return AsyncCalls.failed(e);
    }
    return AsyncCalls.call(
        () -> operations.updateRequest(key, checked, condition, version),
        client::updateItem,
        response -> operations.decoder().decode(response.attributes()),
        failure -> operations.updateFailed(key, version, failure));
  }

  // ---------------------------------------------------------------- delete

  /**
   * Deletes the item with this key; deleting a missing item is not an error.
   *
   * @param key the item's key
   * @return a future completing once the item is deleted
   */
  public CompletableFuture<Void> delete(Map<String, AttributeValue> key) {
    return AsyncCalls.map(delete(key, () -> null, false, null), old -> null);
  }

  /**
   * Deletes the item with this key if {@code condition} holds ({@link ConditionFailedException} if not).
   *
   * @param key the item's key
   * @param condition the condition, or {@code null} for none
   * @return a future completing once the item is deleted
   */
  public CompletableFuture<Void> delete(Map<String, AttributeValue> key, Condition condition) {
    return AsyncCalls.map(delete(key, () -> Objects.requireNonNull(condition, "condition"), false, null), old -> null);
  }

  /**
   * Deletes the item with this key, completing with it if there was one.
   *
   * @param key the item's key
   * @return a future of the item deleted, if any
   */
  public CompletableFuture<Optional<T>> deleteReturningOld(Map<String, AttributeValue> key) {
    return delete(key, () -> null, true, null);
  }

  /**
   * Deletes the item with this key if {@code condition} holds, completing with it if there was one.
   *
   * @param key the item's key
   * @param condition the condition, or {@code null} for none
   * @return a future of the item deleted, if any
   */
  public CompletableFuture<Optional<T>> deleteReturningOld(Map<String, AttributeValue> key, Condition condition) {
    return delete(key, () -> Objects.requireNonNull(condition, "condition"), true, null);
  }

  /**
   * Deletes the item with the key of {@code item}; for a {@code @Version}ed class whose {@code
   * item} carries a version, only if the stored item still has it.
   *
   * @param item the item
   * @return a future completing once the item is deleted
   */
  public CompletableFuture<Void> delete(T item) {
    return deleteObject(item, () -> null);
  }

  /**
   * As {@link #delete(Object)}, if {@code condition} holds.
   *
   * @param item the item
   * @param condition the condition, or {@code null} for none
   * @return a future completing once the item is deleted
   */
  public CompletableFuture<Void> delete(T item, Condition condition) {
    return deleteObject(item, () -> Objects.requireNonNull(condition, "condition"));
  }

  private CompletableFuture<Void> deleteObject(T item, Supplier<Condition> condition) {
    Map<String, AttributeValue> key;
    VersionCheck version;
    try {
      Objects.requireNonNull(item, "item");
      key = operations.schema().keyOf(item);
      version = operations.deleteVersion(item);
    } catch (RuntimeException e) {
      return AsyncCalls.failed(e);
    }
    return AsyncCalls.map(delete(key, condition, false, version), old -> null);
  }

  private CompletableFuture<Optional<T>> delete(
      Map<String, AttributeValue> key, Supplier<Condition> condition, boolean returnOld, VersionCheck version) {
    return AsyncCalls.call(
        () -> operations.deleteRequest(key, condition.get(), returnOld, version),
        client::deleteItem,
        response -> operations.decodeIfAny(response.attributes()),
        failure -> operations.writeFailed(key, version, failure));
  }

  // ---------------------------------------------------------------- query and scan

  /**
   * A query of the items whose partition key is {@code partitionValue}: nothing is sent until it
   * is read (see {@link AsyncQuery}).
   *
   * @throws IllegalArgumentException if the value is null or empty, as the sync query does
   * @param <P> the partition key's type
   * @param partitionValue the partition key value
   * @param encoder the key's encoder, as the schema stores it
   * @return the query; nothing is sent until it is read
   */
  public <P> AsyncQuery<T> query(P partitionValue, ValueEncoder<P> encoder) {
    KeyShape keys = operations.keys();
    return new AsyncQuery<>(
        new Query<>(operations, keys, operations.keyValue(keys.partitionKey(), partitionValue, encoder)), client);
  }

  /**
   * A scan of every item in the table: nothing is sent until it is read (see {@link AsyncScan}).
   *
   * @return the scan; nothing is sent until it is read
   */
  public AsyncScan<T> scan() {
    return new AsyncScan<>(new Scan<>(operations, operations.keys()), client);
  }

  /**
   * The secondary index {@code name}, to query or scan.
   *
   * @param name the index's name
   * @return the index
   * @throws IllegalArgumentException if the schema declares no index of that name
   */
  public AsyncTypedIndex<T> index(String name) {
    return new AsyncTypedIndex<>(operations, client, operations.index(name));
  }

  // ---------------------------------------------------------------- batches

  /**
   * An async batch writer of this table with the default options; see {@link AsyncBatchWriter}.
   *
   * @return the batch writer
   */
  public AsyncBatchWriter<T> batchWriter() {
    return AsyncBatchWriter.of(this, BatchWriteOptions.defaults());
  }

  /**
   * An async batch writer of this table with {@code options} (requests in flight, retries).
   *
   * @param options the options
   * @return the batch writer
   */
  public AsyncBatchWriter<T> batchWriter(BatchWriteOptions options) {
    return AsyncBatchWriter.of(this, Objects.requireNonNull(options, "options"));
  }

  /**
   * The items with these keys, in the order of the keys, each once; keys with no item are left
   * out. The async face of {@link TypedTable#batchGet(Collection)}: requests of at most 100 keys,
   * unprocessed keys asked again with backoff; see {@link AsyncBatchGet}.
   *
   * @param keys the keys of the items
   * @return a future of the items; it fails with {@code IllegalArgumentException} if a key is null
   *     or does not fit the table's key, with {@link io.dynagen.runtime.table.batch.BatchGetException}
   *     if keys were still unprocessed after the attempt budget
   */
  public CompletableFuture<List<T>> batchGet(Collection<Map<String, AttributeValue>> keys) {
    return AsyncBatchGet.read(this, keys, GetOptions.defaults());
  }

  /**
   * As {@link #batchGet(Collection)}, read with {@code options} (consistent read, projection; a
   * projection also reads the key attributes).
   *
   * @param keys the keys of the items
   * @param options how the items are read (projection, consistency)
   * @return a future of the items
   */
  public CompletableFuture<List<T>> batchGet(Collection<Map<String, AttributeValue>> keys, GetOptions options) {
    return AsyncBatchGet.read(this, keys, options);
  }

  // ---------------------------------------------------------------- table admin

  /**
   * Creates the table from the schema (keys, and indexes with the projections their annotations
   * give), on demand (pay per request), as {@link TypedTable#createTable()} does.
   *
   * @return a future of the table's description, completing once the table is active
   */
  public CompletableFuture<TableInfo> createTable() {
    return admin.create(TableOptions.onDemand());
  }

  /**
   * Creates the table with provisioned capacity (for the table and each global index).
   *
   * @param capacity the read and write capacity
   * @return a future of the table's description, completing once the table is active
   */
  public CompletableFuture<TableInfo> createTable(Capacity capacity) {
    if (capacity == null) {
      return AsyncCalls.failed(new NullPointerException("capacity"));
    }
    return admin.create(TableOptions.provisioned(capacity));
  }

  /**
   * Creates the table with {@code options} (capacity per table and index, stream, encryption,
   * deletion protection, tags); fails with {@code IllegalArgumentException}, before any request,
   * if they give capacity to an index the schema does not have.
   *
   * @param options capacity, stream, encryption, deletion protection and tags
   * @return a future of the table's description, completing once the table is active
   */
  public CompletableFuture<TableInfo> createTable(TableOptions options) {
    if (options == null) {
      return AsyncCalls.failed(new NullPointerException("options"));
    }
    return admin.create(options);
  }

  /**
   * Creates the table with {@code options} unless it exists (also when another process creates
   * it at the same moment).
   *
   * @param options capacity, stream, encryption, deletion protection and tags
   * @return a future completing, once the table is active, with true if this call created it
   */
  public CompletableFuture<Boolean> createTableIfMissing(TableOptions options) {
    if (options == null) {
      return AsyncCalls.failed(new NullPointerException("options"));
    }
    return admin.createIfMissing(options);
  }

  /**
   * Waits, without blocking, until the table exists and is active (polling with the SDK's async
   * waiter).
   *
   * @return a future of the table's description, once it is active
   */
  public CompletableFuture<TableInfo> waitUntilActive() {
    return admin.waitUntilActive();
  }

  /**
   * Deletes the table; fails with {@link TableNotFoundException} if there is none.
   *
   * @return a future completing once the table is gone
   */
  public CompletableFuture<Void> deleteTable() {
    return admin.delete();
  }

  /**
   * The table's status, approximate item count and size, and creation time; fails with {@link
   * TableNotFoundException} if there is no such table.
   *
   * @return a future of the table's description
   */
  public CompletableFuture<TableInfo> describe() {
    return admin.describe();
  }

  /**
   * Whether the table exists (in any status).
   *
   * @return a future of true if the table exists
   */
  public CompletableFuture<Boolean> exists() {
    return admin.exists();
  }

  /**
   * The attribute DynamoDB expires this table's items by ({@code @Ttl}), or empty if expiry is off;
   * fails with {@link TableNotFoundException} if there is no such table.
   *
   * @return a future of the attribute's name
   */
  public CompletableFuture<Optional<String>> timeToLiveAttribute() {
    return admin.timeToLiveAttribute();
  }

  @Override
  public String toString() {
    return "AsyncTypedTable[" + tableName() + " of " + schema().type().getName() + "]";
  }
}
