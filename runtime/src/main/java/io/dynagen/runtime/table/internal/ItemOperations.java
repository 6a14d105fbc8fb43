package io.dynagen.runtime.table.internal;

import io.dynagen.runtime.ItemSchema;
import io.dynagen.runtime.MappingException;
import io.dynagen.runtime.SecondaryIndex;
import io.dynagen.runtime.expr.Condition;
import io.dynagen.runtime.expr.Encoders;
import io.dynagen.runtime.expr.Placeholders;
import io.dynagen.runtime.expr.Update;
import io.dynagen.runtime.expr.ValueEncoder;
import io.dynagen.runtime.expr.ValuePath;
import io.dynagen.runtime.table.ConditionFailedException;
import io.dynagen.runtime.table.TableNotFoundException;
import io.dynagen.runtime.table.VersionConflictException;
import io.dynagen.runtime.table.internal.GeneratedValues.VersionCheck;
import io.dynagen.runtime.table.read.GetOptions;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * The single-item operations of one table without the sending: the requests they build (keys
 * checked, generated values and {@code @Version} applied, conditions rendered) and what their
 * responses and failures become. The sync and the async table send these same requests, each
 * through its own client, so both behave alike by construction.
 *
 * @param <T> the mapped class
 */
public final class ItemOperations<T> {
  private final ItemSchema<T> schema;
  private final String tableName;
  private final ItemDecoder<T> decoder;
  private final KeyShape keys;
  private final GeneratedValues generated;
  private final ItemLimits itemLimits;

  public ItemOperations(ItemSchema<T> schema, String tableName) {
    this.schema = Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(tableName, "tableName");
    if (tableName.isEmpty()) {
      throw new IllegalArgumentException("The table name is empty: pass the name of the table");
    }
    this.tableName = tableName;
    this.decoder = new ItemDecoder<>(schema, tableName);
    this.keys = KeyShape.ofTable(schema);
    this.generated = new GeneratedValues(schema.generatedAttributes(), keys, Clock.systemUTC());
    this.itemLimits = ItemLimits.of(schema);
  }

  private ItemOperations(ItemOperations<T> operations, GeneratedValues generated) {
    this.schema = operations.schema;
    this.tableName = operations.tableName;
    this.decoder = operations.decoder;
    this.keys = operations.keys;
    this.generated = generated;
    this.itemLimits = operations.itemLimits;
  }

  /** These operations with {@code @AutoTimestamp}s read from {@code clock}. */
  public ItemOperations<T> withClock(Clock clock) {
    return new ItemOperations<>(this, generated.withClock(clock));
  }

  public ItemSchema<T> schema() {
    return schema;
  }

  public String tableName() {
    return tableName;
  }

  public ItemDecoder<T> decoder() {
    return decoder;
  }

  /**
   * The secondary index {@code name} the schema declares, for the sync and the async table's
   * {@code index(name)}.
   *
   * @throws IllegalArgumentException naming the indexes there are, if none has that name
   */
  public SecondaryIndex index(String name) {
    StringBuilder known = new StringBuilder();
    for (SecondaryIndex index : schema.indexes()) {
      if (index.name().equals(name)) {
        return index;
      }
      known.append(known.length() == 0 ? "'" : ", '").append(index.name()).append('\'');
    }
    throw new IllegalArgumentException(
        "Table '" + tableName + "' has no index '" + name + "': "
            + (known.length() == 0 ? "its class declares no indexes" : "its indexes are " + known));
  }

  public KeyShape keys() {
    return keys;
  }

  // ---------------------------------------------------------------- keys

  /** The key of an item of a table with only a partition key. */
  public <P> Map<String, AttributeValue> key(P partitionValue, ValueEncoder<P> partitionEncoder) {
    if (keys.sortKey() != null) {
      throw new IllegalArgumentException(
          "Table '" + tableName + "' has a sort key ('" + keys.sortKey() + "'): pass it too");
    }
    Map<String, AttributeValue> key = new LinkedHashMap<>(2);
    key.put(keys.partitionKey(), keyValue(keys.partitionKey(), partitionValue, partitionEncoder));
    return key;
  }

  /** The key of an item of a table with a partition key and a sort key. */
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
  public <V> AttributeValue keyValue(String attribute, V value, ValueEncoder<V> encoder) {
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

  /** Fails unless {@code key} is exactly this table's key, valid. */
  public void checkKey(Map<String, AttributeValue> key) {
    Keys.checkKey(key, keys.cursorKeyNames(), tableName);
  }

  // ---------------------------------------------------------------- get

  public GetItemRequest getRequest(Map<String, AttributeValue> key, GetOptions options) {
    checkKey(key);
    GetItemRequest.Builder request =
        GetItemRequest.builder()
            .tableName(tableName)
            .key(key)
            .consistentRead(options.isConsistentRead() ? Boolean.TRUE : null);
    if (!options.projection().isEmpty()) {
      Placeholders placeholders = new Placeholders();
      request
          .projectionExpression(placeholders.projection(KeyProjection.withKeys(options.projection(), keys.cursorKeyNames(), schema)))
          .expressionAttributeNames(placeholders.namesOrNull());
    }
    return request.build();
  }

  public Optional<T> got(GetItemResponse response) {
    return response.hasItem() && !response.item().isEmpty()
        ? Optional.of(decoder.decode(response.item()))
        : Optional.empty();
  }

  /** What a failed read raises: a {@link TableNotFoundException} for a missing table, else itself. */
  public Throwable readFailed(Throwable failure) {
    return failure instanceof ResourceNotFoundException
        ? new TableNotFoundException(tableName, (ResourceNotFoundException) failure)
        : failure;
  }

  // ---------------------------------------------------------------- put

  /**
   * The item's attributes as a put sends them: converted by the schema, generated values filled
   * in, key and size checked. Batch writes and transactions put through it too.
   *
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
    long size = itemLimits.check(attributes, tableName);
    return new PreparedPut<>(item, attributes, size, version, !generated.isEmpty());
  }

  public PutItemRequest putRequest(PreparedPut<T> prepared, Condition condition, boolean returnOld) {
    WriteCondition written = WriteCondition.of(prepared.condition(condition));
    return PutItemRequest.builder()
        .tableName(tableName)
        .item(prepared.attributes())
        .returnValues(returnOld ? ReturnValue.ALL_OLD : null)
        .conditionExpression(written.expression())
        .expressionAttributeNames(written.names())
        .expressionAttributeValues(written.values())
        .returnValuesOnConditionCheckFailure(written.onFailure())
        .build();
  }

  /** The condition of {@code putIfAbsent}: no item has the key. */
  public Condition absent() {
    return new ValuePath<>(null, keys.partitionKey(), Encoders.ATTRIBUTE_VALUE).notExists();
  }

  /** What a failed put raises. */
  public Throwable putFailed(PreparedPut<T> prepared, Throwable failure) {
    return writeFailed(Keys.extract(prepared.attributes(), keys.cursorKeyNames()), prepared.version(), failure);
  }

  // ---------------------------------------------------------------- update

  /**
   * The version check of an update of {@code item}, in a transaction or not (which joins it to its
   * condition with {@link VersionCheck#join}): refused before
   * anything is sent if the version is already the largest its type holds.
   */
  public VersionCheck updateVersion(T item) {
    Objects.requireNonNull(item, "item");
    VersionCheck version = generated.isVersioned() ? generated.versionOf(schema.toItem(item)) : null;
    if (version != null) {
      version.checkCanGoUp(tableName);
    }
    return version;
  }

  /** The update of a patch of {@code item}: each non-null property set. */
  public Update patch(T item) {
    Objects.requireNonNull(item, "item");
    return Patch.of(item, schema, keys, generated, tableName);
  }

  /**
   * The update as this table sends it, with the actions of its generated values (version,
   * timestamps, counters) added, rendered with its condition. Transactions update through it too.
   */
  public UpdateExpressions renderUpdate(Update update, Condition condition) {
    Objects.requireNonNull(update, "update");
    itemLimits.checkUpdate(update, tableName);
    Condition guard = generated.versionBelowLargest();
    Condition all = guard == null ? condition : condition == null ? guard : condition.and(guard);
    return UpdateExpressions.of(generated.beforeUpdate(update), all);
  }

  public UpdateItemRequest updateRequest(
      Map<String, AttributeValue> key, Update update, Condition condition, VersionCheck version) {
    UpdateExpressions expressions = renderUpdate(update, VersionCheck.join(condition, version));
    return UpdateItemRequest.builder()
        .tableName(tableName)
        .key(key)
        .updateExpression(expressions.update())
        .conditionExpression(expressions.condition())
        .expressionAttributeNames(expressions.names())
        .expressionAttributeValues(expressions.values())
        .returnValuesOnConditionCheckFailure(expressions.onFailure())
        .returnValues(ReturnValue.ALL_NEW)
        .build();
  }

  /** What a failed update raises: also the refusal of a version already at its largest. */
  public Throwable updateFailed(Map<String, AttributeValue> key, VersionCheck version, Throwable failure) {
    if (failure instanceof ConditionalCheckFailedException e) {
      IllegalStateException atLargest = generated.versionAtLargest(e.hasItem() ? e.item() : null, tableName);
      if (atLargest != null) {
        atLargest.initCause(e);
        return atLargest;
      }
    }
    return writeFailed(key, version, failure);
  }

  // ---------------------------------------------------------------- delete

  /**
   * The version a delete of {@code item} checks, or null if there is none to check; a
   * transaction joins it to its condition with {@link VersionCheck#join}.
   */
  public VersionCheck deleteVersion(T item) {
    Objects.requireNonNull(item, "item");
    VersionCheck version = generated.isVersioned() ? generated.versionOf(schema.toItem(item)) : null;
    // An object without a version was never read from the table: there is nothing to compare.
    return version != null && version.expected() == null ? null : version;
  }

  public DeleteItemRequest deleteRequest(
      Map<String, AttributeValue> key, Condition condition, boolean returnOld, VersionCheck version) {
    checkKey(key);
    WriteCondition written = WriteCondition.of(VersionCheck.join(condition, version));
    return DeleteItemRequest.builder()
        .tableName(tableName)
        .key(key)
        .returnValues(returnOld ? ReturnValue.ALL_OLD : null)
        .conditionExpression(written.expression())
        .expressionAttributeNames(written.names())
        .expressionAttributeValues(written.values())
        .returnValuesOnConditionCheckFailure(written.onFailure())
        .build();
  }

  // ---------------------------------------------------------------- responses

  /** The item of a response that may have none (old values of a put or delete). */
  public Optional<T> decodeIfAny(Map<String, AttributeValue> attributes) {
    return attributes == null || attributes.isEmpty()
        ? Optional.empty()
        : Optional.of(decoder.decode(attributes));
  }

  /**
   * What a failed write raises: a {@link ConditionFailedException} for a false condition, a
   * {@link TableNotFoundException} for a missing table, else the failure itself.
   */
  public Throwable writeFailed(Map<String, AttributeValue> key, VersionCheck version, Throwable failure) {
    if (failure instanceof ConditionalCheckFailedException e) {
      return conditionFailed(key, version, e);
    }
    return readFailed(failure);
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
}
