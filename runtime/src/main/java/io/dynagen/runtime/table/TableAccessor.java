package io.dynagen.runtime.table;

import io.dynagen.runtime.expr.Condition;
import io.dynagen.runtime.expr.Update;
import io.dynagen.runtime.expr.UpdateAction;
import io.dynagen.runtime.table.admin.Capacity;
import io.dynagen.runtime.table.admin.TableInfo;
import io.dynagen.runtime.table.admin.TableOptions;
import io.dynagen.runtime.table.batch.BatchWriteOptions;
import io.dynagen.runtime.table.batch.BatchWriter;
import io.dynagen.runtime.table.read.Scan;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What every generated {@code XTable} offers that does not depend on its keys' types: writes of
 * whole objects, scans, batches and table admin. The generated subclass adds the methods typed
 * from the key properties ({@code get(String username, String lastName)}, {@code query(...)}) and
 * one accessor per secondary index. Immutable and thread-safe, like the {@link TypedTable} it
 * delegates to.
 *
 * @param <T> the mapped class
 */
public abstract class TableAccessor<T> implements TableHandle<T> {
  private final TypedTable<T> table;

  /**
   * For generated subclasses.
   *
   * @param table the table, a {@code TypedTable} or a generated table class
   */
  protected TableAccessor(TypedTable<T> table) {
    this.table = Objects.requireNonNull(table, "table");
  }

  /** The table underneath, with keys as maps, for what the typed accessor does not offer. */
  @Override
  public final TypedTable<T> typed() {
    return table;
  }

  /** {@return the table's name} */
  public final String tableName() {
    return table.tableName();
  }

  // ---------------------------------------------------------------- writes of whole objects

  /**
   * Writes the item, replacing any with its key.
   *
   * @param item the item to write
   * @return the item as written, with the values Dynagen generated (version, timestamps, ids)
   * @throws VersionConflictException if the class has a {@code @Version} and the stored item has
   *     another version
   */
  public final T put(T item) {
    return table.put(item);
  }

  /**
   * Writes the item if the condition holds on the item stored now.
   *
   * @param item the item to write
   * @param condition the condition the stored item must meet
   * @return the item as written
   * @throws ConditionFailedException if the condition is false, carrying the stored item; nothing
   *     is written
   */
  public final T put(T item, Condition condition) {
    return table.put(item, condition);
  }

  /**
   * Writes the item; gives the one it replaced.
   *
   * @param item the item to write
   * @return the item replaced, or empty if there was none
   */
  public final Optional<T> putReturningOld(T item) {
    return table.putReturningOld(item);
  }

  /**
   * Writes the item if the condition holds on the item stored now; gives the one it replaced.
   *
   * @param item the item to write
   * @param condition the condition the stored item must meet
   * @return the item replaced, or empty if there was none
   * @throws ConditionFailedException if the condition is false, carrying the stored item; nothing
   *     is written
   */
  public final Optional<T> putReturningOld(T item, Condition condition) {
    return table.putReturningOld(item, condition);
  }

  /**
   * Writes the item unless one with its key exists: empty if written, else the stored item.
   *
   * @param item the item to write
   * @return empty if written, else the stored item
   */
  public final Optional<T> putIfAbsent(T item) {
    return table.putIfAbsent(item);
  }

  /**
   * Applies update actions to the item with the key of {@code item} (checking its {@code
   * @Version}, if the class has one); gives the item as it is after.
   *
   * @param item the object whose key (and version) names the item to update
   * @param action the first update action
   * @param more further update actions
   * @return the item as it is after the update
   * @throws VersionConflictException if the stored version is another
   */
  public final T update(T item, UpdateAction action, UpdateAction... more) {
    return table.update(item, action, more);
  }

  /**
   * Applies an update to the item with the key of {@code item} if the condition holds (and its
   * {@code @Version} is unchanged, if the class has one); gives the item as it is after.
   *
   * @param item the object whose key (and version) names the item to update
   * @param update the update to apply
   * @param condition the condition, or {@code null} for none
   * @return the item as it is after the update
   * @throws ConditionFailedException if the condition is false; nothing is written
   */
  public final T update(T item, Update update, Condition condition) {
    return table.update(item, update, condition);
  }

  /**
   * Patches the stored item from the non-null properties of {@code item}, leaving what is null
   * as stored (a nested document is replaced whole); writes the version, timestamps and counters
   * as an update does, checking the {@code @Version}. Unlike {@link #put}, removes nothing.
   *
   * @param item the object whose non-null properties to write
   * @return the item as stored after the patch
   * @throws VersionConflictException if the stored version is another
   */
  public final T patch(T item) {
    return table.patch(item);
  }

  /**
   * As {@link #patch(Object)}, if the condition holds on the stored item.
   *
   * @param item the object whose non-null properties to write
   * @param condition the condition the stored item must meet
   * @return the item as stored after the patch
   * @throws ConditionFailedException if the condition is false; nothing is written
   */
  public final T patch(T item, Condition condition) {
    return table.patch(item, condition);
  }

  /**
   * Deletes the item with the key of {@code item} (if its {@code @Version} is unchanged, if the
   * class has one).
   *
   * @param item the object whose key (and version) names the item to delete
   * @throws VersionConflictException if the stored version is another
   */
  public final void delete(T item) {
    table.delete(item);
  }

  // ---------------------------------------------------------------- reads and batches

  /** {@return every item of the table; lazy} */
  public final Scan<T> scan() {
    return table.scan();
  }

  /**
   * {@return a writer that buffers puts and deletes and sends them 25 per request, several requests
   * at once, resending what DynamoDB leaves unprocessed; close it to wait for everything}
   */
  public final BatchWriter<T> batchWriter() {
    return table.batchWriter();
  }

  /**
   * {@return a batch writer with options (requests in flight, attempts, back-off, progress)}
   *
   * @param options attempts, back-off, requests in flight and deadline
   */
  public final BatchWriter<T> batchWriter(BatchWriteOptions options) {
    return table.batchWriter(options);
  }

  /**
   * {@return the items with these keys (from the accessor's {@code key(...)}), in the order asked,
   * each once; missing ones are left out} Sent 100 keys per request, unprocessed keys asked again.
   *
   * @param keys the keys of the items
   */
  public final List<T> batchGet(Collection<Map<String, AttributeValue>> keys) {
    return table.batchGet(keys);
  }

  // ---------------------------------------------------------------- table admin

  /**
   * Creates the table (on demand) with its keys and indexes, and waits until it exists.
   *
   * @return the table's description, once it exists
   */
  public final TableInfo createTable() {
    return table.createTable();
  }

  /**
   * Creates the table with provisioned capacity, and waits until it exists.
   *
   * @param capacity the read and write capacity
   * @return the table's description, once it exists
   */
  public final TableInfo createTable(Capacity capacity) {
    return table.createTable(capacity);
  }

  /**
   * Creates the table with options (capacity per table and index, stream, encryption, deletion
   * protection, tags) and waits until it exists.
   *
   * @param options capacity, stream, encryption, deletion protection and tags
   * @return the table's description, once it exists
   */
  public final TableInfo createTable(TableOptions options) {
    return table.createTable(options);
  }

  /**
   * Creates the table on demand unless it exists, and waits until it is active; true if this call created it.
   *
   * @return true if this call created the table
   */
  public final boolean createTableIfMissing() {
    return table.createTableIfMissing(TableOptions.onDemand());
  }

  /**
   * Creates the table with options unless it exists, and waits until it is active; true if this call created it.
   *
   * @param options capacity, stream, encryption, deletion protection and tags
   * @return true if this call created the table
   */
  public final boolean createTableIfMissing(TableOptions options) {
    return table.createTableIfMissing(options);
  }

  /** Deletes the table and waits until it is gone. */
  public final void deleteTable() {
    table.deleteTable();
  }

  /**
   * {@return the table's status, item count, size, creation time and indexes (keys, projection,
   * status)}
   */
  public final TableInfo describe() {
    return table.describe();
  }

  /** {@return whether the table exists} */
  public final boolean exists() {
    return table.exists();
  }

  /**
   * {@return the attribute DynamoDB expires items by ({@code @Ttl}), or empty if expiry is off}
   */
  public final Optional<String> timeToLiveAttribute() {
    return table.timeToLiveAttribute();
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + table.tableName() + "]";
  }
}
