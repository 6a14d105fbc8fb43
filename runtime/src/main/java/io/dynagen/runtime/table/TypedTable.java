package io.dynagen.runtime.table;

import io.dynagen.runtime.ItemSchema;
import io.dynagen.runtime.MappingException;
import io.dynagen.runtime.SecondaryIndex;
import io.dynagen.runtime.expr.Condition;
import io.dynagen.runtime.expr.Update;
import io.dynagen.runtime.expr.UpdateAction;
import io.dynagen.runtime.expr.ValueEncoder;
import io.dynagen.runtime.table.admin.Capacity;
import io.dynagen.runtime.table.admin.TableInfo;
import io.dynagen.runtime.table.admin.TableNames;
import io.dynagen.runtime.table.admin.TableOptions;
import io.dynagen.runtime.table.batch.BatchGet;
import io.dynagen.runtime.table.batch.BatchGetException;
import io.dynagen.runtime.table.batch.BatchWriteOptions;
import io.dynagen.runtime.table.batch.BatchWriter;
import io.dynagen.runtime.table.internal.ItemOperations;
import io.dynagen.runtime.table.internal.GeneratedValues.VersionCheck;
import io.dynagen.runtime.table.internal.KeyShape;
import io.dynagen.runtime.table.internal.Keys;
import io.dynagen.runtime.table.internal.PreparedPut;
import io.dynagen.runtime.table.internal.TableAdmin;
import io.dynagen.runtime.table.internal.TableInternals;
import io.dynagen.runtime.table.internal.TableNameRule;
import io.dynagen.runtime.table.read.GetOptions;
import io.dynagen.runtime.table.read.Query;
import io.dynagen.runtime.table.read.Scan;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Typed operations on one DynamoDB table, over the SDK's low-level {@link DynamoDbClient}: items
 * go in and come out as objects of the mapped class, through its generated {@link ItemSchema}.
 * Immutable and thread-safe; share one per table.
 *
 * <p>Generated {@code XTable} classes wrap one and add key methods typed from the key
 * properties. Keys are item key maps, built with {@link #key(Object, ValueEncoder)} or {@link
 * #key(Object, ValueEncoder, Object, ValueEncoder)}.
 *
 * <p>Errors: arguments DynamoDB would reject (a null or empty key value, NaN, an item over 400
 * KB) fail before any request with an {@link IllegalArgumentException} naming them; a false
 * condition raises {@link ConditionFailedException} with the item as it stood; a missing table
 * raises {@link TableNotFoundException}; a stored item that does not fit the class raises {@link
 * MappingException} naming the table and key; other service errors keep their AWS type.
 *
 * @param <T> the mapped class
 */
public final class TypedTable<T> implements TableHandle<T> {
  static {
    TableInternals.register(new TableInternals.SyncAccess() {
      @Override
      public <T> ItemOperations<T> operations(TypedTable<T> table) {
        return table.operations;
      }
    });
  }

  private final DynamoDbClient client;
  private final ItemOperations<T> operations;
  private final TableAdmin admin;

  private TypedTable(DynamoDbClient client, ItemSchema<T> schema, String tableName) {
    this.client = Objects.requireNonNull(client, "client");
    this.operations = new ItemOperations<>(schema, tableName);
    this.admin = new TableAdmin(client, schema, tableName);
  }

  private TypedTable(TypedTable<T> table, ItemOperations<T> operations) {
    this.client = table.client;
    this.operations = operations;
    this.admin = table.admin;
  }

  /**
   * {@return the table named by the schema ({@code @Table(name = ...)})}
   *
   * @param <T> the mapped class
   * @param client the client requests go through
   * @param schema the generated schema, such as {@code UserSchema.INSTANCE}
   */
  public static <T> TypedTable<T> of(DynamoDbClient client, ItemSchema<T> schema) {
    return new TypedTable<>(client, schema, schema.tableName());
  }

  /**
   * {@return the table {@code tableName} (say, per environment), holding items of the schema's
   * class}
   *
   * @param <T> the mapped class
   * @param client the client requests go through
   * @param schema the generated schema, such as {@code UserSchema.INSTANCE}
   * @param tableName the table's real name
   */
  public static <T> TypedTable<T> of(DynamoDbClient client, ItemSchema<T> schema, String tableName) {
    return new TypedTable<>(client, schema, tableName);
  }

  /**
   * {@return the table the schema declares, under the name {@code names} resolve it to ({@code
   * TableNames.prefix("prod-")}, say)}
   *
   * @param <T> the mapped class
   * @param client the client requests go through
   * @param schema the generated schema, such as {@code UserSchema.INSTANCE}
   * @param names how declared table names map to real ones
   * @throws IllegalArgumentException if the resolved name is not a valid DynamoDB table name
   */
  public static <T> TypedTable<T> of(DynamoDbClient client, ItemSchema<T> schema, TableNames names) {
    Objects.requireNonNull(names, "names");
    return new TypedTable<>(client, schema, TableNameRule.resolve(names, schema.tableName()));
  }

  /**
   * {@return this table with {@code @AutoTimestamp}s read from {@code clock} instead of the
   * system's UTC clock (for tests, or a clock of your own)}
   *
   * @param clock the clock to read
   */
  public TypedTable<T> withClock(Clock clock) {
    return new TypedTable<>(this, operations.withClock(clock));
  }

  /** This table itself. */
  @Override
  public TypedTable<T> typed() {
    return this;
  }

  /** {@return the table's name} */
  public String tableName() {
    return operations.tableName();
  }

  /** {@return the schema items are mapped with} */
  public ItemSchema<T> schema() {
    return operations.schema();
  }

  /** {@return the client requests go through} */
  public DynamoDbClient client() {
    return client;
  }



  // ---------------------------------------------------------------- keys

  /**
   * {@return the key of an item of a table with only a partition key}
   *
   * @param <P> the partition key's Java type
   * @param partitionValue the partition key value
   * @param partitionEncoder how the partition key's value is stored
   * @throws IllegalArgumentException if the value is null or empty, or the table has a sort key
   */
  public <P> Map<String, AttributeValue> key(P partitionValue, ValueEncoder<P> partitionEncoder) {
    return operations.key(partitionValue, partitionEncoder);
  }

  /**
   * {@return the key of an item of a table with a partition key and a sort key}
   *
   * @param <P> the partition key's Java type
   * @param <S> the sort key's Java type
   * @param partitionValue the partition key value
   * @param partitionEncoder how the partition key's value is stored
   * @param sortValue the sort key value
   * @param sortEncoder how the sort key's value is stored
   * @throws IllegalArgumentException if a value is null or empty, or the table has no sort key
   */
  public <P, S> Map<String, AttributeValue> key(
      P partitionValue, ValueEncoder<P> partitionEncoder, S sortValue, ValueEncoder<S> sortEncoder) {
    return operations.key(partitionValue, partitionEncoder, sortValue, sortEncoder);
  }

  // ---------------------------------------------------------------- get

  /**
   * {@return the item with this key, if there is one (an eventually consistent read)}
   *
   * @param key the item's key
   */
  public Optional<T> get(Map<String, AttributeValue> key) {
    return get(key, GetOptions.defaults());
  }

  /**
   * {@return the item with this key, if there is one, read with {@code options}}
   *
   * @param key the item's key
   * @param options consistent read, projection
   */
  public Optional<T> get(Map<String, AttributeValue> key, GetOptions options) {
    GetItemRequest request = operations.getRequest(key, Objects.requireNonNull(options, "options"));
    try {
      return operations.got(client.getItem(request));
    } catch (DynamoDbException e) {
      throw (RuntimeException) operations.readFailed(e);
    }
  }

  // ---------------------------------------------------------------- put

  /**
   * Writes the item, replacing any item with its key.
   *
   * @param item the item to write
   * @return the item as written: {@code item} itself, or, if Dynagen generated values for it (a
   *     {@code @Version}, an {@code @AutoTimestamp}, a {@code @GeneratedUuid}, an {@code
   *     @AtomicCounter}'s start), a new object carrying them
   * @throws VersionConflictException if the class has a {@code @Version} and the stored item has
   *     another version than {@code item} (or exists, for an object never written)
   */
  public T put(T item) {
    PreparedPut<T> prepared = operations.preparePut(item);
    send(prepared, null, false);
    return prepared.written(operations.decoder());
  }

  /**
   * Writes the item if {@code condition} holds for the item now stored under its key (with no
   * such item, only conditions like {@code notExists()} hold).
   *
   * @param item the item to write
   * @param condition the condition the stored item must meet
   * @return the item as written, as {@link #put(Object)} gives it
   * @throws ConditionFailedException if the condition is false; nothing is written
   */
  public T put(T item, Condition condition) {
    PreparedPut<T> prepared = operations.preparePut(item);
    send(prepared, Objects.requireNonNull(condition, "condition"), false);
    return prepared.written(operations.decoder());
  }

  /**
   * Writes the item, returning the item it replaced, if any.
   *
   * @param item the item to write
   * @return the item replaced, or empty if there was none
   */
  public Optional<T> putReturningOld(T item) {
    return send(operations.preparePut(item), null, true);
  }

  /**
   * Writes the item if {@code condition} holds, returning the item it replaced, if any.
   *
   * @param item the item to write
   * @param condition the condition the stored item must meet
   * @return the item replaced, or empty if there was none
   * @throws ConditionFailedException if the condition is false; nothing is written
   */
  public Optional<T> putReturningOld(T item, Condition condition) {
    return send(operations.preparePut(item), Objects.requireNonNull(condition, "condition"), true);
  }

  /**
   * Writes the item only if no item has its key, as {@code Map.putIfAbsent} does.
   *
   * @param item the item to write
   * @return empty if the item was written; else the item already there, and nothing was written
   */
  public Optional<T> putIfAbsent(T item) {
    try {
      send(operations.preparePut(item), operations.absent(), false);
      return Optional.empty();
    } catch (ConditionFailedException e) {
      return e.item(operations.schema().type());
    }
  }


  private Optional<T> send(PreparedPut<T> prepared, Condition condition, boolean returnOld) {
    PutItemRequest request = operations.putRequest(prepared, condition, returnOld);
    try {
      return operations.decodeIfAny(client.putItem(request).attributes());
    } catch (DynamoDbException e) {
      throw (RuntimeException) operations.putFailed(prepared, e);
    }
  }

  // ---------------------------------------------------------------- update

  /**
   * Applies the actions to the item with this key, creating it if there is none (DynamoDB's
   * UpdateItem is an upsert; add {@code somePath.exists()} as a condition to only update).
   *
   * @param key the item's key
   * @param action the first update action
   * @param more further update actions
   * @return the item after the update
   */
  public T update(Map<String, AttributeValue> key, UpdateAction action, UpdateAction... more) {
    return update(key, Update.of(action, more), null);
  }

  /**
   * Applies the update to the item with this key, creating it if there is none.
   *
   * @param key the item's key
   * @param update the update to apply
   * @return the item after the update
   */
  public T update(Map<String, AttributeValue> key, Update update) {
    return update(key, update, null);
  }

  /**
   * Applies the update if {@code condition} holds for the item with this key.
   *
   * @param key the item's key
   * @param update the update to apply
   * @param condition the condition, or {@code null} for none
   * @return the item after the update
   * @throws ConditionFailedException if the condition is false; nothing is written
   */
  public T update(Map<String, AttributeValue> key, Update update, Condition condition) {
    operations.checkKey(key);
    return update(key, update, condition, null);
  }

  /**
   * Applies the actions to the item with the key of {@code item}; if the class has a {@code
   * @Version}, only if the stored item still has the version {@code item} was read with.
   *
   * @param item the object whose key (and version) names the item to update
   * @param action the first update action
   * @param more further update actions
   * @return the item as it is after the update
   * @throws VersionConflictException if the stored version is another
   */
  public T update(T item, UpdateAction action, UpdateAction... more) {
    return update(item, Update.of(action, more), null);
  }

  /**
   * Applies the update to the item with the key of {@code item} if {@code condition} holds (and,
   * for a {@code @Version}ed class, the stored version is the one {@code item} was read with).
   *
   * @param item the object whose key (and version) names the item to update
   * @param update the update to apply
   * @param condition the condition, or {@code null} for none
   * @return the item after the update
   * @throws ConditionFailedException if the condition is false; nothing is written
   * @throws VersionConflictException if the stored version is another
   */
  public T update(T item, Update update, Condition condition) {
    return update(operations.schema().keyOf(item), update, condition, operations.updateVersion(item));
  }

  /**
   * Patches the item with the key of {@code item} from its non-null properties: each is set
   * (a nested document replaced whole), each null one is left as stored; then the values Dynagen
   * writes on every update (version, {@code @AutoTimestamp}, counters) are written as by {@link
   * #update(Object, Update, Condition)}, which also checks a {@code @Version} as it does. Creates
   * the item if there is none (add a condition such as {@code somePath.exists()} to refuse that).
   * Unlike {@link #put}, which replaces the whole item, nothing absent from {@code item} is
   * removed. A {@code @Version} the object lacks means a new item, as for a put.
   *
   * @param item the object whose non-null properties to write
   * @return the item as stored after the patch
   * @throws IllegalArgumentException if {@code item} has no non-null property to set besides
   *     its key and the values Dynagen writes
   * @throws VersionConflictException if the stored version is another
   */
  public T patch(T item) {
    return patch(item, null);
  }

  /**
   * As {@link #patch(Object)}, if {@code condition} holds for the stored item.
   *
   * @param item the object whose non-null properties to write
   * @param condition the condition, or {@code null} for none
   * @return the item as stored after the patch
   * @throws ConditionFailedException if the condition is false; nothing is written
   */
  public T patch(T item, Condition condition) {
    return update(item, operations.patch(item), condition);
  }

  private T update(Map<String, AttributeValue> key, Update update, Condition condition, VersionCheck version) {
    UpdateItemRequest request = operations.updateRequest(key, update, condition, version);
    try {
      return operations.decoder().decode(client.updateItem(request).attributes());
    } catch (DynamoDbException e) {
      throw (RuntimeException) operations.updateFailed(key, version, e);
    }
  }


  // ---------------------------------------------------------------- delete

  /**
   * Deletes the item with this key; deleting a missing item is not an error.
   *
   * @param key the item's key
   */
  public void delete(Map<String, AttributeValue> key) {
    delete(key, null, false);
  }

  /**
   * Deletes the item with this key if {@code condition} holds for it.
   *
   * @param key the item's key
   * @param condition the condition the stored item must meet
   * @throws ConditionFailedException if the condition is false; nothing is deleted
   */
  public void delete(Map<String, AttributeValue> key, Condition condition) {
    delete(key, Objects.requireNonNull(condition, "condition"), false);
  }

  /**
   * Deletes the item with this key, returning it if there was one.
   *
   * @param key the item's key
   * @return the item as it was, or empty if there was none
   */
  public Optional<T> deleteReturningOld(Map<String, AttributeValue> key) {
    return delete(key, null, true);
  }

  /**
   * Deletes the item with this key if {@code condition} holds, returning it if there was one.
   *
   * @param key the item's key
   * @param condition the condition the stored item must meet
   * @return the item as it was, or empty if there was none
   * @throws ConditionFailedException if the condition is false; nothing is deleted
   */
  public Optional<T> deleteReturningOld(Map<String, AttributeValue> key, Condition condition) {
    return delete(key, Objects.requireNonNull(condition, "condition"), true);
  }

  /**
   * Deletes the item with the key of {@code item}; if the class has a {@code @Version} and {@code
   * item} carries one, only if the stored item still has that version.
   *
   * @param item the object whose key (and version) names the item to delete
   * @throws VersionConflictException if the stored version is another
   */
  public void delete(T item) {
    deleteObject(item, null);
  }

  /**
   * Deletes the item with the key of {@code item} if {@code condition} holds (and its version is
   * the one {@code item} carries, for a {@code @Version}ed class).
   *
   * @param item the object whose key (and version) names the item to delete
   * @param condition the condition the stored item must meet
   * @throws ConditionFailedException if the condition is false; nothing is deleted
   */
  public void delete(T item, Condition condition) {
    deleteObject(item, Objects.requireNonNull(condition, "condition"));
  }

  private void deleteObject(T item, Condition condition) {
    Objects.requireNonNull(item, "item");
    delete(operations.schema().keyOf(item), condition, false, operations.deleteVersion(item));
  }



  private Optional<T> delete(Map<String, AttributeValue> key, Condition condition, boolean returnOld) {
    return delete(key, condition, returnOld, null);
  }

  private Optional<T> delete(
      Map<String, AttributeValue> key, Condition condition, boolean returnOld, VersionCheck version) {
    DeleteItemRequest request = operations.deleteRequest(key, condition, returnOld, version);
    try {
      return operations.decodeIfAny(client.deleteItem(request).attributes());
    } catch (DynamoDbException e) {
      throw (RuntimeException) operations.writeFailed(key, version, e);
    }
  }

  // ---------------------------------------------------------------- query and scan

  /**
   * {@return a query of the items whose partition key is {@code partitionValue}}
   *
   * @param <P> the partition key's Java type
   * @param partitionValue the partition key value
   * @param encoder the partition key's encoder, as the schema stores it
   * @throws IllegalArgumentException if the value is null or empty
   */
  public <P> Query<T> query(P partitionValue, ValueEncoder<P> encoder) {
    KeyShape keys = operations.keys();
    return new Query<>(this, keys, operations.keyValue(keys.partitionKey(), partitionValue, encoder));
  }

  /** {@return a scan of every item in the table} */
  public Scan<T> scan() {
    return new Scan<>(this, operations.keys());
  }

  /**
   * {@return the secondary index {@code name}, to query or scan}
   *
   * @param name the index's name
   * @throws IllegalArgumentException if the schema declares no index of that name
   */
  public TypedIndex<T> index(String name) {
    SecondaryIndex index = operations.index(name);
    return new TypedIndex<>(this, index, KeyShape.ofIndex(schema(), index));
  }


  // ---------------------------------------------------------------- batches

  /**
   * {@return a writer that buffers puts and deletes of this table and sends them 25 per
   * BatchWriteItem, several requests in flight, resending what the service leaves unprocessed; see
   * {@link BatchWriter}} Close it (try-with-resources) to send the rest and learn what did not
   * land.
   */
  public BatchWriter<T> batchWriter() {
    return BatchWriter.of(this, BatchWriteOptions.defaults());
  }

  /**
   * {@return a batch writer of this table with {@code options}; see {@link BatchWriter}}
   *
   * @param options attempts, back-off, requests in flight and deadline
   */
  public BatchWriter<T> batchWriter(BatchWriteOptions options) {
    return BatchWriter.of(this, options);
  }

  /**
   * {@return the items with these keys, in the order of the keys, each once; keys with no item are
   * left out} Reads with BatchGetItem requests of at most 100 keys, each distinct key asked once,
   * asking again for keys the service leaves unprocessed; see {@link BatchGet}.
   *
   * @param keys the keys of the items
   * @throws IllegalArgumentException before any request, if a key is null or does not fit the
   *     table's key
   * @throws BatchGetException if keys were still unprocessed after the attempt budget
   */
  public List<T> batchGet(Collection<Map<String, AttributeValue>> keys) {
    return BatchGet.read(this, keys, GetOptions.defaults());
  }

  /**
   * {@return the items with these keys, read with {@code options} (consistent read, projection; a
   * projection also reads the key attributes); see {@link #batchGet(Collection)}}
   *
   * @param keys the keys of the items
   * @param options how the items are read (projection, consistency)
   */
  public List<T> batchGet(Collection<Map<String, AttributeValue>> keys, GetOptions options) {
    return BatchGet.read(this, keys, options);
  }

  // ---------------------------------------------------------------- table admin

  /**
   * Creates the table from the schema (keys, and indexes with the projections their annotations
   * give), on demand (pay per request), and waits until it is active.
   *
   * @return the table's description, once it exists
   */
  public TableInfo createTable() {
    return admin.create(TableOptions.onDemand());
  }

  /**
   * Creates the table with provisioned capacity (for the table and each global index) and waits.
   *
   * @param capacity the read and write capacity
   * @return the table's description, once it exists
   */
  public TableInfo createTable(Capacity capacity) {
    return admin.create(TableOptions.provisioned(capacity));
  }

  /**
   * Creates the table with {@code options} (capacity per table and index, stream, encryption,
   * deletion protection, tags) and waits until it is active.
   *
   * @param options capacity, stream, encryption, deletion protection and tags
   * @return the table's description, once it exists
   * @throws IllegalArgumentException before any request, if {@code options} give capacity to an
   *     index the schema does not have
   */
  public TableInfo createTable(TableOptions options) {
    return admin.create(Objects.requireNonNull(options, "options"));
  }

  /**
   * Creates the table with {@code options} unless it exists (also when another process creates
   * it at the same moment), and waits until it is active.
   *
   * @param options capacity, stream, encryption, deletion protection and tags
   * @return true if this call created it
   */
  public boolean createTableIfMissing(TableOptions options) {
    return admin.createIfMissing(Objects.requireNonNull(options, "options"));
  }

  /**
   * Deletes the table and waits until it is gone.
   *
   * @throws TableNotFoundException if there is no such table
   */
  public void deleteTable() {
    admin.delete();
  }

  /**
   * {@return the table's status, approximate item count and size, and creation time}
   *
   * @throws TableNotFoundException if there is no such table
   */
  public TableInfo describe() {
    return admin.describe();
  }

  /**
   * {@return the attribute DynamoDB expires this table's items by ({@code @Ttl}; {@link
   * #createTable()} turns it on), or empty if expiry is off}
   *
   * @throws TableNotFoundException if there is no such table
   */
  public Optional<String> timeToLiveAttribute() {
    return admin.timeToLiveAttribute();
  }

  /** {@return true if the table exists (in any status)} */
  public boolean exists() {
    return admin.exists();
  }

  @Override
  public String toString() {
    return "TypedTable[" + tableName() + " of " + schema().type().getName() + "]";
  }
}
