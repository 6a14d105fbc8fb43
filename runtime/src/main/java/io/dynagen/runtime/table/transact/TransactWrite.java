package io.dynagen.runtime.table.transact;

import io.dynagen.runtime.expr.Condition;
import io.dynagen.runtime.expr.Update;
import io.dynagen.runtime.expr.UpdateAction;
import io.dynagen.runtime.table.ItemSize;
import io.dynagen.runtime.table.TableHandle;
import io.dynagen.runtime.table.TableNotFoundException;
import io.dynagen.runtime.table.TypedTable;
import io.dynagen.runtime.table.internal.Keys;
import io.dynagen.runtime.table.internal.PreparedPut;
import io.dynagen.runtime.table.internal.TableInternals;
import io.dynagen.runtime.table.internal.UpdateExpressions;
import io.dynagen.runtime.table.internal.WriteCondition;
import io.dynagen.runtime.table.transact.TransactionFailure.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

/**
 * A write transaction: puts, updates, deletes and condition checks on items of one or more
 * tables, applied all together or not at all (DynamoDB's TransactWriteItems).
 *
 * <pre>{@code
 * TransactWrite.with(client)
 *     .update(accounts, alice, Update.of(Account_.balance.add(-10)), Account_.balance.ge(10))
 *     .update(accounts, bob, Account_.balance.add(10))
 *     .put(transfers, transfer, Transfer_.id.notExists())
 *     .delete(drafts, draft)          // an object: its @Version is checked, as by drafts.delete(draft)
 *     .execute();
 * }</pre>
 *
 * <p>The methods take what the table's own take: update actions as varargs, or an {@link Update}
 * with a condition; a key ({@code users.key(...)}) or an object. An object is never changed: a
 * put sends its generated values ({@code @Version}, {@code @GeneratedUuid}, {@code
 * @AutoTimestamp}) in the item but leaves the object as it was, and a transaction returns no
 * items, so read an item again before a later version-checked write of it.
 *
 * <p>Limits, checked at the call that breaks them, before anything is sent: at most 100 actions;
 * one action per item (the same table and key twice is an {@link IllegalArgumentException}
 * naming the key: put the condition on the write instead of a separate check); keys as {@link
 * TypedTable} checks them (no null or empty key values); items of at most 400 KB; and put items
 * and keys adding up to at most 4 MB (DynamoDB's limit counts the whole items an update
 * produces too, which only the service knows).
 *
 * <p>Every action goes through this builder's client, whatever client its {@link TypedTable}
 * was made with. A false condition or a conflict cancels the whole transaction with a {@link
 * TransactionFailedException} naming the failing actions, each with the item as it stood
 * (conditioned actions ask for it with {@code ReturnValuesOnConditionCheckFailure = ALL_OLD});
 * a missing table raises {@link TableNotFoundException}; other service errors keep their AWS
 * type.
 *
 * <p>A builder collects actions and is not thread-safe; {@link #execute()} may be called again
 * to retry the same transaction (see {@link #clientRequestToken(String)}).
 */
public final class TransactWrite {
  /** DynamoDB's limit on the total size of the items of one transaction: 4 MB. */
  private static final long MAX_TOTAL_BYTES = 4L * 1024 * 1024;

  private final DynamoDbClient client;
  private final TransactionActions actions = new TransactionActions();
  private final List<TransactWriteItem> items = new ArrayList<>();
  private long totalBytes;
  private String clientRequestToken;

  private TransactWrite(DynamoDbClient client) {
    this.client = Objects.requireNonNull(client, "client");
  }

  /**
   * {@return a new, empty write transaction sent through {@code client}}
   *
   * @param client the client requests go through
   */
  public static TransactWrite with(DynamoDbClient client) {
    return new TransactWrite(client);
  }

  /**
   * Writes {@code item} to {@code table}, replacing any item with its key; for a {@code @Version}
   * class, only if the stored version is still the one {@code item} was read with.
   *
   * @param <T> the mapped class of the table
   * @param table the table, a {@code TypedTable} or a generated table class
   * @param item the item to write
   * @return this transaction
   */
  public <T> TransactWrite put(TableHandle<T> table, T item) {
    return put(table, item, null);
  }

  /**
   * Writes {@code item} to {@code table} if {@code condition} holds for the item now stored under
   * its key (with no such item, only conditions like {@code notExists()} hold).
   *
   * @param <T> the mapped class of the table
   * @param handle the table, a {@code TypedTable} or a generated table class
   * @param item the item to write
   * @param condition the condition, or {@code null} for none
   * @return this transaction
   */
  public <T> TransactWrite put(TableHandle<T> handle, T item, Condition condition) {
    TypedTable<T> table = typed(handle);
    // Generated values are filled in, and a @Version checked, as by a put outside a transaction.
    PreparedPut<T> prepared = TableInternals.operations(table).preparePut(item);
    Map<String, AttributeValue> attributes = prepared.attributes();
    WriteCondition written = WriteCondition.of(prepared.condition(condition));
    Put put =
        Put.builder()
            .tableName(table.tableName())
            .item(attributes)
            .conditionExpression(written.expression())
            .expressionAttributeNames(written.names())
            .expressionAttributeValues(written.values())
            .returnValuesOnConditionCheckFailure(written.onFailure())
            .build();
    Map<String, AttributeValue> key = Keys.extract(attributes, TableInternals.operations(table).decoder().keyNames());
    return add(Kind.PUT, table, key, item, prepared.size(), TransactWriteItem.builder().put(put));
  }

  /**
   * Applies the actions to the item of {@code table} with this key, creating it if there is none
   * (use {@link #update(TableHandle, Map, Update, Condition)} with a condition such as {@code
   * somePath.exists()} to only update).
   *
   * @param table the table, a {@code TypedTable} or a generated table class
   * @param key the item's key
   * @param action the first update action
   * @param more further update actions
   * @return this transaction
   */
  public TransactWrite update(
      TableHandle<?> table, Map<String, AttributeValue> key, UpdateAction action, UpdateAction... more) {
    return update(table, key, Update.of(action, more), null);
  }

  /**
   * Applies {@code update} to the item of {@code table} with this key, creating it if there is none.
   *
   * @param table the table, a {@code TypedTable} or a generated table class
   * @param key the item's key
   * @param update the update to apply
   * @return this transaction
   */
  public TransactWrite update(TableHandle<?> table, Map<String, AttributeValue> key, Update update) {
    return update(table, key, update, null);
  }

  /**
   * Applies the actions to the item of {@code table} with the key of {@code item}; for a {@code
   * @Version} class, only if the stored version is still the one {@code item} was read with.
   *
   * @param <T> the mapped class of the table
   * @param table the table, a {@code TypedTable} or a generated table class
   * @param item the object whose key (and version) names the item to update
   * @param action the first update action
   * @param more further update actions
   * @return this transaction
   */
  public <T> TransactWrite update(TableHandle<T> table, T item, UpdateAction action, UpdateAction... more) {
    return update(table, item, Update.of(action, more), null);
  }

  /**
   * Applies {@code update} to the item of {@code table} with the key of {@code item} if {@code
   * condition} holds (and, for a {@code @Version} class, the stored version is the one {@code
   * item} was read with).
   *
   * @param <T> the mapped class of the table
   * @param handle the table, a {@code TypedTable} or a generated table class
   * @param item the object whose key (and version) names the item to update
   * @param update the update to apply
   * @param condition the condition, or {@code null} for none
   * @return this transaction
   */
  public <T> TransactWrite update(TableHandle<T> handle, T item, Update update, Condition condition) {
    TypedTable<T> table = typed(handle);
    Condition versioned = TableInternals.operations(table).updateCondition(item, condition);
    return update(table, table.schema().keyOf(item), item, update, versioned);
  }

  /**
   * Applies {@code update} to the item of {@code table} with this key if {@code condition} holds
   * for it.
   *
   * @param handle the table, a {@code TypedTable} or a generated table class
   * @param key the item's key
   * @param update the update to apply
   * @param condition the condition, or {@code null} for none
   * @return this transaction
   */
  public TransactWrite update(
      TableHandle<?> handle, Map<String, AttributeValue> key, Update update, Condition condition) {
    return update(typed(handle), key, null, update, condition);
  }

  private TransactWrite update(
      TypedTable<?> table, Map<String, AttributeValue> key, Object item, Update update, Condition condition) {
    checkKey(table, key);
    UpdateExpressions expressions = TableInternals.operations(table).renderUpdate(update, condition);
    software.amazon.awssdk.services.dynamodb.model.Update request =
        software.amazon.awssdk.services.dynamodb.model.Update.builder()
            .tableName(table.tableName())
            .key(key)
            .updateExpression(expressions.update())
            .conditionExpression(expressions.condition())
            .expressionAttributeNames(expressions.names())
            .expressionAttributeValues(expressions.values())
            .returnValuesOnConditionCheckFailure(expressions.onFailure())
            .build();
    return add(Kind.UPDATE, table, key, item, ItemSize.of(key), TransactWriteItem.builder().update(request));
  }

  /**
   * Deletes the item of {@code table} with this key; deleting a missing item is not an error.
   *
   * @param table the table, a {@code TypedTable} or a generated table class
   * @param key the item's key
   * @return this transaction
   */
  public TransactWrite delete(TableHandle<?> table, Map<String, AttributeValue> key) {
    return delete(table, key, null);
  }

  /**
   * Deletes the item of {@code table} with this key if {@code condition} holds for it.
   *
   * @param handle the table, a {@code TypedTable} or a generated table class
   * @param key the item's key
   * @param condition the condition, or {@code null} for none
   * @return this transaction
   */
  public TransactWrite delete(
      TableHandle<?> handle, Map<String, AttributeValue> key, Condition condition) {
    return delete(typed(handle), key, null, condition);
  }

  /**
   * Deletes the item of {@code table} with the key of {@code item}; for a {@code @Version} class,
   * only if the stored version is still the one {@code item} was read with, as {@code
   * table.delete(item)} does (an object that has no version yet is deleted unchecked).
   *
   * @param <T> the mapped class of the table
   * @param table the table, a {@code TypedTable} or a generated table class
   * @param item the object whose key (and version) names the item to delete
   * @return this transaction
   */
  public <T> TransactWrite delete(TableHandle<T> table, T item) {
    return delete(table, item, null);
  }

  /**
   * Deletes the item of {@code table} with the key of {@code item} if {@code condition} holds (and
   * its stored version is the one {@code item} carries, for a {@code @Version} class).
   *
   * @param <T> the mapped class of the table
   * @param handle the table, a {@code TypedTable} or a generated table class
   * @param item the object whose key (and version) names the item to delete
   * @param condition the condition, or {@code null} for none
   * @return this transaction
   */
  public <T> TransactWrite delete(TableHandle<T> handle, T item, Condition condition) {
    TypedTable<T> table = typed(handle);
    Condition versioned = TableInternals.operations(table).deleteCondition(item, condition);
    return delete(table, table.schema().keyOf(item), item, versioned);
  }

  private TransactWrite delete(
      TypedTable<?> table, Map<String, AttributeValue> key, Object item, Condition condition) {
    checkKey(table, key);
    WriteCondition written = WriteCondition.of(condition);
    Delete delete =
        Delete.builder()
            .tableName(table.tableName())
            .key(key)
            .conditionExpression(written.expression())
            .expressionAttributeNames(written.names())
            .expressionAttributeValues(written.values())
            .returnValuesOnConditionCheckFailure(written.onFailure())
            .build();
    return add(Kind.DELETE, table, key, item, ItemSize.of(key), TransactWriteItem.builder().delete(delete));
  }

  /**
   * Makes the transaction depend on {@code condition} holding for the item of {@code table} with
   * this key, which is not written: the transaction is cancelled if it is false.
   *
   * @param handle the table, a {@code TypedTable} or a generated table class
   * @param key the item's key
   * @param condition the condition the item must meet
   * @return this transaction
   */
  public TransactWrite conditionCheck(
      TableHandle<?> handle, Map<String, AttributeValue> key, Condition condition) {
    TypedTable<?> table = typed(handle);
    checkKey(table, key);
    WriteCondition written = WriteCondition.of(Objects.requireNonNull(condition, "condition"));
    ConditionCheck check =
        ConditionCheck.builder()
            .tableName(table.tableName())
            .key(key)
            .conditionExpression(written.expression())
            .expressionAttributeNames(written.names())
            .expressionAttributeValues(written.values())
            .returnValuesOnConditionCheckFailure(written.onFailure())
            .build();
    return add(Kind.CONDITION_CHECK, table, key, null, ItemSize.of(key),
        TransactWriteItem.builder().conditionCheck(check));
  }

  /**
   * Makes the transaction idempotent: DynamoDB applies a transaction once per token, so sending
   * it again with the same token within 10 minutes (after a timeout, say, when it is unknown
   * whether the first attempt went through) succeeds without applying it a second time. The same
   * token with different actions within those 10 minutes fails with the SDK's {@code
   * IdempotentParameterMismatchException}; after them, the token is forgotten and a resend is a
   * new transaction. The SDK's own retries of one {@code execute()} already reuse one token.
   *
   * @param token up to 36 characters, unique per intended transaction (a UUID fits)
   * @return this transaction
   */
  public TransactWrite clientRequestToken(String token) {
    Objects.requireNonNull(token, "token");
    if (token.isEmpty() || token.length() > 36) {
      throw new IllegalArgumentException(
          "Client request token '" + token + "' has " + token.length() + " characters: DynamoDB"
              + " takes 1 to 36 (a UUID fits)");
    }
    this.clientRequestToken = token;
    return this;
  }

  /**
   * Sends the transaction: every action takes effect, or none does.
   *
   * @throws TransactionFailedException if DynamoDB cancelled it (a false condition, a conflict
   *     with another request, ...): nothing was written
   * @throws TableNotFoundException if a table does not exist
   * @throws IllegalStateException if there are no actions
   */
  public void execute() {
    actions.checkNotEmpty("write transaction");
    TransactWriteItemsRequest request =
        TransactWriteItemsRequest.builder()
            .transactItems(items)
            .clientRequestToken(clientRequestToken)
            .build();
    try {
      client.transactWriteItems(request);
    } catch (DynamoDbException e) {
      throw actions.failed(client, e);
    }
  }

  /** {@return the number of actions so far} */
  public int size() {
    return actions.size();
  }

  private static <T> TypedTable<T> typed(TableHandle<T> handle) {
    return Objects.requireNonNull(handle, "table").typed();
  }

  private static void checkKey(TypedTable<?> table, Map<String, AttributeValue> key) {
    Objects.requireNonNull(table, "table");
    Keys.checkKey(key, TableInternals.operations(table).decoder().keyNames(), table.tableName());
  }

  /**
   * Adds a checked action, after the checks that depend on the others.
   *
   * @param object the object the action was given (a put's item, an object to delete or
   *     update), or null for an action given a key
   * @param bytes what counts against the 4 MB limit: the size of a put's item, else of the key
   */
  private TransactWrite add(
      Kind kind,
      TypedTable<?> table,
      Map<String, AttributeValue> key,
      Object object,
      long bytes,
      TransactWriteItem.Builder item) {
    if (totalBytes + bytes > MAX_TOTAL_BYTES) {
      throw new IllegalArgumentException(
          "This " + kind + " on table '" + table.tableName() + "', key " + Keys.describe(key)
              + ", brings the transaction's items to " + (totalBytes + bytes) + " bytes, over"
              + " DynamoDB's limit of " + MAX_TOTAL_BYTES + " bytes (4 MB) per transaction:"
              + " split it into several transactions");
    }
    actions.add(kind, table, key, object);
    items.add(item.build());
    totalBytes += bytes;
    return this;
  }
}
