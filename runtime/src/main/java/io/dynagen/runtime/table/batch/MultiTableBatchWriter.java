package io.dynagen.runtime.table.batch;

import io.dynagen.runtime.table.TableHandle;
import io.dynagen.runtime.table.TableNotFoundException;
import io.dynagen.runtime.table.TypedTable;
import io.dynagen.runtime.table.internal.TableInternals;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A {@link BatchWriter} across tables: one BatchWriteItem request may carry writes of several
 * tables. Made by {@link BatchWriter#across(DynamoDbClient)}; every request goes through that
 * client, whatever client the tables passed in were made with. Tables are passed as {@link
 * TableHandle}s: a {@link TypedTable}, or a generated {@code XTable} as it is.
 *
 * <pre>{@code
 * try (MultiTableBatchWriter writer = BatchWriter.across(client)) {
 *   writer.put(users, user);
 *   writer.put(orders, order);
 *   writer.delete(orders, staleOrderKey);
 * }
 * }</pre>
 *
 * <p>Everything {@link BatchWriter} says holds here, per key of each table. If a table does not
 * exist, its writes are reported with a {@link TableNotFoundException} as their cause; writes of
 * the other tables still land.
 */
public final class MultiTableBatchWriter implements AutoCloseable {
  private final BatchWriteEngine engine;
  private final boolean versionsUnchecked;

  MultiTableBatchWriter(DynamoDbClient client, BatchWriteOptions options) {
    this.engine =
        new BatchWriteEngine(Objects.requireNonNull(client, "client"), Objects.requireNonNull(options, "options"));
    this.versionsUnchecked = options.writesVersionsUnchecked();
  }

  /**
   * Buffers a put of the item into {@code table}, replacing any buffered write of its key.
   *
   * @param <T> the mapped class
   * @param table the table, a {@code TypedTable} or a generated table class
   * @param item the item to write
   * @throws IllegalArgumentException before anything is buffered, if the item is null, a key
   *     attribute is null, empty or of the wrong type, the item is over 400 KB, or the class has
   *     a {@code @Version}
   * @throws IllegalStateException if the writer is closed
   */
  public <T> void put(TableHandle<T> table, T item) {
    engine.add(PendingWrite.put(TableInternals.operations(typed(table)), item, versionsUnchecked));
  }

  /**
   * Buffers a delete of the item with this key from {@code table}, replacing any buffered write
   * of the key.
   *
   * @param table the table, a {@code TypedTable} or a generated table class
   * @param key the item's key
   * @throws IllegalArgumentException before anything is buffered, if the key is null, lacks a
   *     key attribute, has other attributes, or a value is null, empty or of the wrong type
   * @throws IllegalStateException if the writer is closed
   */
  public void delete(TableHandle<?> table, Map<String, AttributeValue> key) {
    engine.add(PendingWrite.delete(TableInternals.operations(typed(table)), key));
  }

  /**
   * Buffers a delete of the item with the key of {@code item} from {@code table}.
   *
   * @param <T> the mapped class
   * @param table the table, a {@code TypedTable} or a generated table class
   * @param item the object whose key (and version) names the item to delete
   * @throws IllegalArgumentException before anything is buffered, if the item or a key value is
   *     null or empty, or the class has a {@code @Version} (delete by key instead)
   * @throws IllegalStateException if the writer is closed
   */
  public <T> void delete(TableHandle<T> table, T item) {
    engine.add(PendingWrite.delete(TableInternals.operations(typed(table)), item, versionsUnchecked));
  }

  /** As {@link BatchWriter#flush()}: sends everything buffered, and waits. */
  public void flush() {
    engine.flush();
  }

  /**
   * As {@link BatchWriter#close()}: sends everything buffered, waits, and ends the writer.
   *
   * @throws BatchWriteException listing exactly the writes that did not certainly land, if any
   */
  @Override
  public void close() {
    engine.close();
  }

  /** {@return how many puts and deletes have landed so far, over all tables} */
  public long written() {
    return engine.written();
  }

  private static <T> TypedTable<T> typed(TableHandle<T> handle) {
    return Objects.requireNonNull(handle, "table").typed();
  }

  @Override
  public String toString() {
    return "MultiTableBatchWriter[" + written() + " written]";
  }
}
