package io.dynagen.runtime.table;

import io.dynagen.runtime.expr.Condition;
import io.dynagen.runtime.expr.Update;
import io.dynagen.runtime.expr.UpdateAction;
import io.dynagen.runtime.table.admin.Capacity;
import io.dynagen.runtime.table.admin.TableInfo;
import io.dynagen.runtime.table.admin.TableOptions;
import io.dynagen.runtime.table.batch.AsyncBatchWriter;
import io.dynagen.runtime.table.batch.BatchWriteOptions;
import io.dynagen.runtime.table.read.AsyncScan;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What every generated async table ({@code XAsyncTable}) offers beside its typed key methods:
 * the operations on whole objects, delegated to its {@link AsyncTypedTable}. See {@link
 * AsyncTypedTable} for how the futures complete and fail.
 *
 * @param <T> the mapped class
 */
public abstract class AsyncTableAccessor<T> implements AsyncTableHandle<T> {
  private final AsyncTypedTable<T> table;

  /**
   * For generated subclasses.
   *
   * @param table the table
   */
  protected AsyncTableAccessor(AsyncTypedTable<T> table) {
    this.table = table;
  }

  /**
   * The async table this accessor types, for the operations it does not wrap.
   *
   * @return the async table
   */
  @Override
  public final AsyncTypedTable<T> typed() {
    return table;
  }

  /**
   * The table's name.
   *
   * @return the table's name
   */
  public final String tableName() {
    return table.tableName();
  }

  /**
   * Writes the item; completes with the item as written.
   *
   * @param item the item
   * @return a future of the item as written
   */
  public final CompletableFuture<T> put(T item) {
    return table.put(item);
  }

  /**
   * Writes the item if the condition holds; fails with {@link ConditionFailedException} if not.
   *
   * @param item the item
   * @param condition the condition, or {@code null} for none
   * @return a future of the item as written
   */
  public final CompletableFuture<T> put(T item, Condition condition) {
    return table.put(item, condition);
  }

  /**
   * Writes the item; completes with the item it replaced, if any.
   *
   * @param item the item
   * @return a future of the item replaced, if any
   */
  public final CompletableFuture<Optional<T>> putReturningOld(T item) {
    return table.putReturningOld(item);
  }

  /**
   * Writes the item if the condition holds; completes with the item it replaced, if any.
   *
   * @param item the item
   * @param condition the condition, or {@code null} for none
   * @return a future of the item replaced, if any
   */
  public final CompletableFuture<Optional<T>> putReturningOld(T item, Condition condition) {
    return table.putReturningOld(item, condition);
  }

  /**
   * Writes the item unless one has its key; completes with the item already there, if any.
   *
   * @param item the item
   * @return a future: empty if the item was written, else the item already there
   */
  public final CompletableFuture<Optional<T>> putIfAbsent(T item) {
    return table.putIfAbsent(item);
  }

  /**
   * Updates the item with the key of {@code item}, checking its {@code @Version} if any.
   *
   * @param item the item
   * @param action an update action
   * @param more more actions
   * @return a future of the item after the update
   */
  public final CompletableFuture<T> update(T item, UpdateAction action, UpdateAction... more) {
    return table.update(item, action, more);
  }

  /**
   * Updates the item with the key of {@code item} if the condition ({@code null} for none) holds.
   *
   * @param item the item
   * @param update the update
   * @param condition the condition, or {@code null} for none
   * @return a future of the item after the update
   */
  public final CompletableFuture<T> update(T item, Update update, Condition condition) {
    return table.update(item, update, condition);
  }

  /**
   * Patches the item from the non-null properties of {@code item}.
   *
   * @param item the item
   * @return a future of the item after the patch
   */
  public final CompletableFuture<T> patch(T item) {
    return table.patch(item);
  }

  /**
   * Patches the item if the condition ({@code null} for none) holds.
   *
   * @param item the item
   * @param condition the condition, or {@code null} for none
   * @return a future of the item after the patch
   */
  public final CompletableFuture<T> patch(T item, Condition condition) {
    return table.patch(item, condition);
  }

  /**
   * Deletes the item with the key of {@code item}, checking its {@code @Version} if it carries one.
   *
   * @param item the item
   * @return a future completing once the item is deleted
   */
  public final CompletableFuture<Void> delete(T item) {
    return table.delete(item);
  }

  /**
   * A scan of every item in the table; nothing is sent until it is read.
   *
   * @return the scan; nothing is sent until it is read
   */
  public final AsyncScan<T> scan() {
    return table.scan();
  }

  /**
   * An async batch writer of this table; see {@link AsyncBatchWriter}.
   *
   * @return the batch writer
   */
  public final AsyncBatchWriter<T> batchWriter() {
    return table.batchWriter();
  }

  /**
   * An async batch writer of this table with {@code options}.
   *
   * @param options the options
   * @return the batch writer
   */
  public final AsyncBatchWriter<T> batchWriter(BatchWriteOptions options) {
    return table.batchWriter(options);
  }

  /**
   * The items with these keys (from the accessor's {@code key(...)}), in the order asked, each
   * once; missing ones are left out. Sent 100 keys per request, unprocessed keys asked again; see
   * {@link AsyncTypedTable#batchGet(Collection)}.
   *
   * @param keys the keys of the items
   * @return a future of the items
   */
  public final CompletableFuture<List<T>> batchGet(Collection<Map<String, AttributeValue>> keys) {
    return table.batchGet(keys);
  }

  // ---------------------------------------------------------------- table admin

  /**
   * Creates the table (on demand) with its keys and indexes; see {@link AsyncTypedTable#createTable()}.
   *
   * @return a future of the table's description, completing once the table is active
   */
  public final CompletableFuture<TableInfo> createTable() {
    return table.createTable();
  }

  /**
   * Creates the table with provisioned capacity.
   *
   * @param capacity the read and write capacity
   * @return a future of the table's description, completing once the table is active
   */
  public final CompletableFuture<TableInfo> createTable(Capacity capacity) {
    return table.createTable(capacity);
  }

  /**
   * Creates the table with options (capacity per table and index, stream, encryption, deletion
   * protection, tags).
   *
   * @param options capacity, stream, encryption, deletion protection and tags
   * @return a future of the table's description, completing once the table is active
   */
  public final CompletableFuture<TableInfo> createTable(TableOptions options) {
    return table.createTable(options);
  }

  /**
   * Creates the table on demand unless it exists.
   *
   * @return a future completing, once the table is active, with true if this call created it
   */
  public final CompletableFuture<Boolean> createTableIfMissing() {
    return table.createTableIfMissing(TableOptions.onDemand());
  }

  /**
   * Creates the table with options unless it exists.
   *
   * @param options capacity, stream, encryption, deletion protection and tags
   * @return a future completing, once the table is active, with true if this call created it
   */
  public final CompletableFuture<Boolean> createTableIfMissing(TableOptions options) {
    return table.createTableIfMissing(options);
  }

  /**
   * Waits, without blocking, until the table exists and is active.
   *
   * @return a future of the table's description, once it is active
   */
  public final CompletableFuture<TableInfo> waitUntilActive() {
    return table.waitUntilActive();
  }

  /**
   * Deletes the table; fails with {@link TableNotFoundException} if there is none.
   *
   * @return a future completing once the table is gone
   */
  public final CompletableFuture<Void> deleteTable() {
    return table.deleteTable();
  }

  /**
   * The table's status, item count, size, creation time and indexes.
   *
   * @return a future of the table's description
   */
  public final CompletableFuture<TableInfo> describe() {
    return table.describe();
  }

  /**
   * Whether the table exists.
   *
   * @return a future of true if it exists
   */
  public final CompletableFuture<Boolean> exists() {
    return table.exists();
  }

  /**
   * The attribute DynamoDB expires items by ({@code @Ttl}), or empty if expiry is off.
   *
   * @return a future of the attribute's name
   */
  public final CompletableFuture<Optional<String>> timeToLiveAttribute() {
    return table.timeToLiveAttribute();
  }

  /**
   * For generated subclasses' key methods: runs {@code operation} on the key {@code key} makes, or,
   * if making it fails (a null or empty key value), completes with that failure; a method
   * returning a future does not throw.
   *
   * @param <R> the operation's result
   * @param key makes the item key from the key values
   * @param operation the operation on the key
   * @return the operation's future, or a failed one
   */
  protected final <R> CompletableFuture<R> withKey(
      Supplier<Map<String, AttributeValue>> key, Function<Map<String, AttributeValue>, CompletableFuture<R>> operation) {
    Map<String, AttributeValue> made;
    try {
      made = key.get();
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return operation.apply(made);
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + table.tableName() + "]";
  }
}
