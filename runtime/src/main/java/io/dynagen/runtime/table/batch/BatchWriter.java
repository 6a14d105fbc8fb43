package io.dynagen.runtime.table.batch;

import io.dynagen.runtime.table.TypedTable;
import io.dynagen.runtime.table.internal.TableInternals;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Writes many items of one table fast: buffers puts and deletes and sends them as BatchWriteItem
 * requests of at most 25 writes (and 16 MB), several requests in flight at once, resending by
 * itself what the service leaves unprocessed. Made by {@link TypedTable#batchWriter()}; use it in
 * a try-with-resources block:
 *
 * <pre>{@code
 * try (BatchWriter<User> writer = users.batchWriter()) {
 *   for (User user : newUsers) {
 *     writer.put(user);
 *   }
 * } // close() sends the rest, waits, and throws BatchWriteException if anything did not certainly land
 * }</pre>
 *
 * <p>As boto3's {@code batch_writer} with {@code overwrite_by_pkeys}: a put or delete of a key
 * whose earlier write is still buffered replaces that write (DynamoDB rejects a batch naming a
 * key twice), and writes of one key land in the order they were made. Unlike boto3's, it is
 * thread-safe: several threads may write through one writer.
 *
 * <p>Resends: a write the service leaves unprocessed, or whose request it throttles, is sent
 * again after a pause (exponential backoff with full jitter), up to {@link
 * BatchWriteOptions#maxAttempts()} times in all. A request DynamoDB refuses as invalid is split
 * until the refused writes are alone, so the others land. A request that fails otherwise (a
 * missing table, a network error after the SDK's own retries) is not resent. Nothing is dropped
 * silently: each write lands, or {@link #close()} lists it in a {@link BatchWriteException}, as
 * certainly not applied or of unknown outcome (only a write replaced by a later write of its key
 * is neither).
 *
 * <p>Stopping: with {@link BatchWriteOptions#withDeadline}, or when a thread blocked in {@code
 * put}, {@code delete}, {@code flush} or {@code close} is interrupted, the writer sends nothing
 * more, waits only for the requests in flight, and that call throws the BatchWriteException (the
 * interrupt status restored).
 *
 * <p>A put fills in the values Dynagen generates (an {@code @AutoTimestamp}, a
 * {@code @GeneratedUuid}, an {@code @AtomicCounter}'s start) as {@link TypedTable#put} does. A
 * class with a {@code @Version} cannot be put, or deleted as an object, in a batch:
 * BatchWriteItem takes no conditions, so the version could not be checked; such writes fail at
 * the call, unless the options say {@link BatchWriteOptions#unsafelyWriteVersionsUnchecked()}
 * (for loads into a table nothing else writes).
 *
 * <p>Limits: batch writes have no conditions and return no old items (use {@link TypedTable} for
 * those); the writes are not atomic together; {@code put} blocks while a full
 * batch waits for a free slot, so memory stays bounded.
 *
 * @param <T> the mapped class
 */
public final class BatchWriter<T> implements AutoCloseable {
  private final TypedTable<T> table;
  private final BatchWriteEngine engine;
  private final boolean versionsUnchecked;

  private BatchWriter(TypedTable<T> table, BatchWriteEngine engine, boolean versionsUnchecked) {
    this.table = table;
    this.engine = engine;
    this.versionsUnchecked = versionsUnchecked;
  }

  /**
   * A writer of {@code table}; users get one from the table's {@code batchWriter()}.
   *
   * @param <T> the mapped class
   * @param table the table written to
   * @param options attempts, back-off, requests in flight and deadline
   * @return a new writer; close it to wait for every write
   */
  public static <T> BatchWriter<T> of(TypedTable<T> table, BatchWriteOptions options) {
    return new BatchWriter<>(table, new BatchWriteEngine(table.client(), Objects.requireNonNull(options, "options")),
        options.writesVersionsUnchecked());
  }

  /**
   * {@return a writer across tables, with the default options; see {@link MultiTableBatchWriter}}
   *
   * @param client the client requests go through
   */
  public static MultiTableBatchWriter across(DynamoDbClient client) {
    return across(client, BatchWriteOptions.defaults());
  }

  /**
   * {@return a writer across tables, sending through {@code client}; see {@link
   * MultiTableBatchWriter}}
   *
   * @param client the client requests go through
   * @param options attempts, back-off, requests in flight and deadline
   */
  public static MultiTableBatchWriter across(DynamoDbClient client, BatchWriteOptions options) {
    return new MultiTableBatchWriter(client, options);
  }

  /**
   * Buffers a put of the item, replacing any buffered write of its key.
   *
   * @param item the item to write
   * @throws IllegalArgumentException before anything is buffered, if the item is null, a key
   *     attribute is null, empty or of the wrong type, the item is over 400 KB, or the class has
   *     a {@code @Version}
   * @throws IllegalStateException if the writer is closed
   */
  public void put(T item) {
    engine.add(PendingWrite.put(TableInternals.operations(table), item, versionsUnchecked));
  }

  /**
   * Buffers a delete of the item with this key, replacing any buffered write of the key.
   * Deleting a missing item is not an error.
   *
   * @param key the item's key
   * @throws IllegalArgumentException before anything is buffered, if the key is null, lacks a
   *     key attribute, has other attributes, or a value is null, empty or of the wrong type
   * @throws IllegalStateException if the writer is closed
   */
  public void delete(Map<String, AttributeValue> key) {
    engine.add(PendingWrite.delete(TableInternals.operations(table), key));
  }

  /**
   * Buffers a delete of the item with the key of {@code item}.
   *
   * @param item the object whose key (and version) names the item to delete
   * @throws IllegalArgumentException before anything is buffered, if the item or a key value is
   *     null or empty, or the class has a {@code @Version} (delete by key instead)
   * @throws IllegalStateException if the writer is closed
   */
  public void delete(T item) {
    engine.add(PendingWrite.delete(TableInternals.operations(table), item, versionsUnchecked));
  }

  /**
   * Sends everything buffered, and waits until nothing is buffered or in flight. Writes that did
   * not land are reported by {@link #close()}.
   *
   * @throws IllegalStateException if the writer is closed
   */
  public void flush() {
    engine.flush();
  }

  /**
   * Sends everything buffered, waits for every request in flight, and ends the writer. A second
   * call does nothing.
   *
   * @throws BatchWriteException listing exactly the writes that did not certainly land, if any
   */
  @Override
  public void close() {
    engine.close();
  }

  /** {@return how many puts and deletes have landed so far} */
  public long written() {
    return engine.written();
  }

  /** {@return the table written to} */
  public TypedTable<T> table() {
    return table;
  }

  @Override
  public String toString() {
    return "BatchWriter[" + table.tableName() + ", " + written() + " written]";
  }
}
