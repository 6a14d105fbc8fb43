package io.dynagen.runtime.table;

import io.dynagen.runtime.ItemSchema;
import io.dynagen.runtime.MappingException;
import io.dynagen.runtime.SecondaryIndex;
import io.dynagen.runtime.expr.Condition;
import io.dynagen.runtime.expr.Encoders;
import io.dynagen.runtime.expr.Placeholders;
import io.dynagen.runtime.expr.Update;
import io.dynagen.runtime.expr.UpdateAction;
import io.dynagen.runtime.expr.ValueEncoder;
import io.dynagen.runtime.expr.ValuePath;
import io.dynagen.runtime.table.admin.Capacity;
import io.dynagen.runtime.table.admin.TableInfo;
import io.dynagen.runtime.table.admin.TableNames;
import io.dynagen.runtime.table.admin.TableOptions;
import io.dynagen.runtime.table.batch.BatchGet;
import io.dynagen.runtime.table.batch.BatchGetException;
import io.dynagen.runtime.table.batch.BatchWriteOptions;
import io.dynagen.runtime.table.batch.BatchWriter;
import io.dynagen.runtime.table.internal.GeneratedValues;
import io.dynagen.runtime.table.internal.GeneratedValues.VersionCheck;
import io.dynagen.runtime.table.internal.ItemDecoder;
import io.dynagen.runtime.table.internal.ItemLimits;
import io.dynagen.runtime.table.internal.KeyProjection;
import io.dynagen.runtime.table.internal.KeyShape;
import io.dynagen.runtime.table.internal.Keys;
import io.dynagen.runtime.table.internal.Patch;
import io.dynagen.runtime.table.internal.PreparedPut;
import io.dynagen.runtime.table.internal.TableAdmin;
import io.dynagen.runtime.table.internal.TableNameRule;
import io.dynagen.runtime.table.internal.UpdateExpressions;
import io.dynagen.runtime.table.internal.WriteCondition;
import io.dynagen.runtime.table.read.GetOptions;
import io.dynagen.runtime.table.read.Query;
import io.dynagen.runtime.table.read.Scan;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
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
  private final DynamoDbClient client;
  private final ItemSchema<T> schema;
  private final String tableName;
  private final ItemDecoder<T> decoder;
  private final KeyShape keys;
  private final TableAdmin admin;
  private final GeneratedValues generated;
  private final ItemLimits itemLimits;

  private TypedTable(DynamoDbClient client, ItemSchema<T> schema, String tableName) {
    this.client = Objects.requireNonNull(client, "client");
    this.schema = Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(tableName, "tableName");
    if (tableName.isEmpty()) {
      throw new IllegalArgumentException("The table name is empty: pass the name of the table");
    }
    this.tableName = tableName;
    this.decoder = new ItemDecoder<>(schema, tableName);
    this.keys = KeyShape.ofTable(schema);
    this.admin = new TableAdmin(client, schema, tableName);
    this.generated = new GeneratedValues(schema.generatedAttributes(), keys, Clock.systemUTC());
    this.itemLimits = ItemLimits.of(schema);
  }

  private TypedTable(TypedTable<T> table, GeneratedValues generated) {
    this.client = table.client;
    this.schema = table.schema;
    this.tableName = table.tableName;
    this.decoder = table.decoder;
    this.keys = table.keys;
    this.admin = table.admin;
    this.generated = generated;
    this.itemLimits = table.itemLimits;
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
    return new TypedTable<>(this, generated.withClock(clock));
  }

  /** This table itself. */
  @Override
  public TypedTable<T> typed() {
    return this;
  }

  /** {@return the table's name} */
  public String tableName() {
    return tableName;
  }

  /** {@return the schema items are mapped with} */
  public ItemSchema<T> schema() {
    return schema;
  }

  /** {@return the client requests go through} */
  public DynamoDbClient client() {
    return client;
  }

  /**
   * {@return how this table decodes items} Not API (public only for the capability packages; see
   * the {@code internal} package).
   */
  public ItemDecoder<T> decoder() {
    return decoder;
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
    if (keys.sortKey() != null) {
      throw new IllegalArgumentException(
          "Table '" + tableName + "' has a sort key ('" + keys.sortKey() + "'): pass it too");
    }
    Map<String, AttributeValue> key = new LinkedHashMap<>(2);
    key.put(keys.partitionKey(), keyValue(keys.partitionKey(), partitionValue, partitionEncoder));
    return key;
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
    if (keys.sortKey() == null) {
      throw new IllegalArgumentException(
          "Table '" + tableName + "' has no sort key: pass only the partition key");
    }
    Map<String, AttributeValue> key = new LinkedHashMap<>(4);
    key.put(keys.partitionKey(), keyValue(keys.partitionKey(), partitionValue, partitionEncoder));
    key.put(keys.sortKey(), keyValue(keys.sortKey(), sortValue, sortEncoder));
    return key;
  }

  /** Encodes one key value, failing with the attribute's name if it is null, empty or NaN. */
  <V> AttributeValue keyValue(String attribute, V value, ValueEncoder<V> encoder) {
    if (value == null) {
      throw new IllegalArgumentException(
          "Key attribute '" + attribute + "' of table '" + tableName + "' is null: every key"
              + " attribute needs a value");
    }
    AttributeValue encoded = encoder.encode(value, attribute);
    Keys.checkValue(attribute, encoded, tableName);
    Keys.checkLimits(attribute, encoded, attribute.equals(keys.partitionKey()) || !attribute.equals(keys.sortKey()), tableName);
    return encoded;
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
    Keys.checkKey(key, keys.cursorKeyNames(), tableName);
    GetItemRequest.Builder request =
        GetItemRequest.builder()
            .tableName(tableName)
            .key(key)
            .consistentRead(options.isConsistentRead() ? Boolean.TRUE : null);
    if (!options.projection().isEmpty()) {
      Placeholders placeholders = new Placeholders();
      request
          .projectionExpression(placeholders.projection(KeyProjection.withKeys(options.projection(), keys.cursorKeyNames())))
          .expressionAttributeNames(placeholders.namesOrNull());
    }
    GetItemResponse response;
    try {
      response = client.getItem(request.build());
    } catch (ResourceNotFoundException e) {
      throw new TableNotFoundException(tableName, e);
    }
    return response.hasItem() && !response.item().isEmpty()
        ? Optional.of(decoder.decode(response.item()))
        : Optional.empty();
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
    PreparedPut<T> prepared = preparePut(item);
    send(prepared, null, false);
    return prepared.written(decoder);
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
    PreparedPut<T> prepared = preparePut(item);
    send(prepared, Objects.requireNonNull(condition, "condition"), false);
    return prepared.written(decoder);
  }

  /**
   * Writes the item, returning the item it replaced, if any.
   *
   * @param item the item to write
   * @return the item replaced, or empty if there was none
   */
  public Optional<T> putReturningOld(T item) {
    return send(preparePut(item), null, true);
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
    return send(preparePut(item), Objects.requireNonNull(condition, "condition"), true);
  }

  /**
   * Writes the item only if no item has its key, as {@code Map.putIfAbsent} does.
   *
   * @param item the item to write
   * @return empty if the item was written; else the item already there, and nothing was written
   */
  public Optional<T> putIfAbsent(T item) {
    Condition absent = new ValuePath<>(null, keys.partitionKey(), Encoders.ATTRIBUTE_VALUE).notExists();
    try {
      send(preparePut(item), absent, false);
      return Optional.empty();
    } catch (ConditionFailedException e) {
      return e.item(schema.type());
    }
  }

  /**
   * {@return the item's attributes as a put sends them: converted by the schema, generated values
   * filled in, key and size checked} Batch writes and transactions put through it too. Not API
   * (public only for the capability packages; see the {@code internal} package).
   *
   * @param item the object to put
   * @throws IllegalArgumentException if a key is missing or empty, or the item is over 400 KB
   */
  public PreparedPut<T> preparePut(T item) {
    Objects.requireNonNull(item, "item");
    Map<String, AttributeValue> attributes = schema.toItem(item);
    VersionCheck version = null;
    if (!generated.isEmpty()) {
      attributes = new HashMap<>(attributes);
      version = generated.beforePut(attributes);
    }
    Keys.checkItemKey(attributes, keys.cursorKeyNames(), tableName);
    itemLimits.check(attributes, tableName);
    long size = ItemSize.check(attributes, tableName, keys.cursorKeyNames());
    return new PreparedPut<>(item, attributes, size, version, !generated.isEmpty());
  }

  private Optional<T> send(PreparedPut<T> prepared, Condition condition, boolean returnOld) {
    WriteCondition written = WriteCondition.of(prepared.condition(condition));
    PutItemRequest request =
        PutItemRequest.builder()
            .tableName(tableName)
            .item(prepared.attributes())
            .returnValues(returnOld ? ReturnValue.ALL_OLD : null)
            .conditionExpression(written.expression())
            .expressionAttributeNames(written.names())
            .expressionAttributeValues(written.values())
            .returnValuesOnConditionCheckFailure(written.onFailure())
            .build();
    try {
      return decodeIfAny(client.putItem(request).attributes());
    } catch (DynamoDbException e) {
      throw writeFailed(Keys.extract(prepared.attributes(), keys.cursorKeyNames()), prepared.version(), e);
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
    Keys.checkKey(key, keys.cursorKeyNames(), tableName);
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
    return update(schema.keyOf(item), update, condition, updateVersion(item));
  }

  /**
   * The version check of an update of {@code item}, in a transaction or not: refused before
   * anything is sent if the version is already the largest its type holds.
   */
  private VersionCheck updateVersion(T item) {
    Objects.requireNonNull(item, "item");
    VersionCheck version = generated.isVersioned() ? generated.versionOf(schema.toItem(item)) : null;
    if (version != null) {
      version.checkCanGoUp(tableName);
    }
    return version;
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
    Objects.requireNonNull(item, "item");
    return update(item, Patch.of(item, schema, keys, generated, tableName), condition);
  }

  private T update(Map<String, AttributeValue> key, Update update, Condition condition, VersionCheck version) {
    UpdateExpressions expressions = renderUpdate(update, VersionCheck.join(condition, version));
    UpdateItemRequest request =
        UpdateItemRequest.builder()
            .tableName(tableName)
            .key(key)
            .updateExpression(expressions.update())
            .conditionExpression(expressions.condition())
            .expressionAttributeNames(expressions.names())
            .expressionAttributeValues(expressions.values())
            .returnValuesOnConditionCheckFailure(expressions.onFailure())
            .returnValues(ReturnValue.ALL_NEW)
            .build();
    try {
      return decoder.decode(client.updateItem(request).attributes());
    } catch (ConditionalCheckFailedException e) {
      IllegalStateException atLargest = generated.versionAtLargest(e.hasItem() ? e.item() : null, tableName);
      if (atLargest != null) {
        atLargest.initCause(e);
        throw atLargest;
      }
      throw writeFailed(key, version, e);
    } catch (DynamoDbException e) {
      throw writeFailed(key, version, e);
    }
  }

  /**
   * {@return the update as this table sends it, with the actions of its generated values (version,
   * timestamps, counters) added, rendered with its condition} Transactions update through it too.
   * Not API (public only for the capability packages; see the {@code internal} package).
   *
   * @param update the update to apply
   * @param condition the condition the stored item must meet
   */
  public UpdateExpressions renderUpdate(Update update, Condition condition) {
    Objects.requireNonNull(update, "update");
    itemLimits.checkUpdate(update, tableName);
    Condition guard = generated.versionBelowLargest();
    Condition all = guard == null ? condition : condition == null ? guard : condition.and(guard);
    return UpdateExpressions.of(generated.beforeUpdate(update), all);
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
    delete(schema.keyOf(item), condition, false, deleteVersion(item));
  }

  /** The version a delete of {@code item} checks, or null if there is none to check. */
  private VersionCheck deleteVersion(T item) {
    VersionCheck version = generated.isVersioned() ? generated.versionOf(schema.toItem(item)) : null;
    // An object without a version was never read from the table: there is nothing to compare.
    return version != null && version.expected() == null ? null : version;
  }

  /**
   * {@code condition} joined with the version check a delete of {@code item} makes, as {@link
   * #delete(Object, Condition)} sends it. Transactions delete objects through it.
   * Not API (public only for the capability packages; see the {@code internal} package).
   *
   * @param item the object whose key (and version) names the item to delete
   * @param condition the condition the stored item must meet
   * @return the condition
   */
  public Condition deleteCondition(T item, Condition condition) {
    return VersionCheck.join(condition, deleteVersion(Objects.requireNonNull(item, "item")));
  }

  /**
   * {@code condition} joined with the version check an update of {@code item} makes, as {@link
   * #update(Object, Update, Condition)} sends it. Transactions update objects through it.
   * Not API (public only for the capability packages; see the {@code internal} package).
   *
   * @param item the object whose key (and version) names the item to update
   * @param condition the condition the stored item must meet
   * @return the condition
   */
  public Condition updateCondition(T item, Condition condition) {
    return VersionCheck.join(condition, updateVersion(item));
  }

  private Optional<T> delete(Map<String, AttributeValue> key, Condition condition, boolean returnOld) {
    return delete(key, condition, returnOld, null);
  }

  private Optional<T> delete(
      Map<String, AttributeValue> key, Condition condition, boolean returnOld, VersionCheck version) {
    Keys.checkKey(key, keys.cursorKeyNames(), tableName);
    condition = VersionCheck.join(condition, version);
    WriteCondition written = WriteCondition.of(condition);
    DeleteItemRequest request =
        DeleteItemRequest.builder()
            .tableName(tableName)
            .key(key)
            .returnValues(returnOld ? ReturnValue.ALL_OLD : null)
            .conditionExpression(written.expression())
            .expressionAttributeNames(written.names())
            .expressionAttributeValues(written.values())
            .returnValuesOnConditionCheckFailure(written.onFailure())
            .build();
    try {
      return decodeIfAny(client.deleteItem(request).attributes());
    } catch (DynamoDbException e) {
      throw writeFailed(key, version, e);
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
    return new Query<>(this, keys, keyValue(keys.partitionKey(), partitionValue, encoder));
  }

  /** {@return a scan of every item in the table} */
  public Scan<T> scan() {
    return new Scan<>(this, keys);
  }

  /**
   * {@return the secondary index {@code name}, to query or scan}
   *
   * @param name the index's name
   * @throws IllegalArgumentException if the schema declares no index of that name
   */
  public TypedIndex<T> index(String name) {
    List<SecondaryIndex> indexes = schema.indexes();
    StringBuilder known = new StringBuilder();
    for (SecondaryIndex index : indexes) {
      if (index.name().equals(name)) {
        return new TypedIndex<>(this, index, KeyShape.ofIndex(schema, index));
      }
      known.append(known.length() == 0 ? "'" : ", '").append(index.name()).append('\'');
    }
    throw new IllegalArgumentException(
        "Table '" + tableName + "' has no index '" + name + "': "
            + (indexes.isEmpty() ? "its class declares no indexes" : "its indexes are " + known));
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

  // ---------------------------------------------------------------- helpers

  private Optional<T> decodeIfAny(Map<String, AttributeValue> attributes) {
    return attributes == null || attributes.isEmpty()
        ? Optional.empty()
        : Optional.of(decoder.decode(attributes));
  }

  /**
   * What a failed write raises: a {@link ConditionFailedException} for a false condition, a
   * {@link TableNotFoundException} for a missing table, else the service's own exception.
   */
  private RuntimeException writeFailed(
      Map<String, AttributeValue> key, VersionCheck version, DynamoDbException failure) {
    if (failure instanceof ConditionalCheckFailedException) {
      return conditionFailed(key, version, (ConditionalCheckFailedException) failure);
    }
    if (failure instanceof ResourceNotFoundException) {
      return new TableNotFoundException(tableName, (ResourceNotFoundException) failure);
    }
    return failure;
  }

  /**
   * The Dynagen exception for a failed condition, with the stored item decoded if possible: a
   * {@link VersionConflictException} if the stored version is not the expected one.
   */
  private ConditionFailedException conditionFailed(
      Map<String, AttributeValue> key, VersionCheck version, ConditionalCheckFailedException cause) {
    Map<String, AttributeValue> stored = cause.hasItem() && !cause.item().isEmpty() ? cause.item() : null;
    T item = null;
    MappingException unreadable = null;
    if (stored != null) {
      try {
        item = decoder.decode(stored);
      } catch (MappingException e) {
        unreadable = e;
      }
    }
    ConditionFailedException failure = version != null && version.conflictsWith(stored)
        ? new VersionConflictException(tableName, key, version.expected(), version.found(stored), stored, item, cause)
        : new ConditionFailedException(tableName, key, stored, item, cause);
    if (unreadable != null) {
      failure.addSuppressed(unreadable);
    }
    return failure;
  }

  @Override
  public String toString() {
    return "TypedTable[" + tableName + " of " + schema.type().getName() + "]";
  }
}
