package io.dynagen.runtime.table.transact;

import io.dynagen.runtime.expr.Condition;
import io.dynagen.runtime.expr.Update;
import io.dynagen.runtime.expr.UpdateAction;
import io.dynagen.runtime.table.TableHandle;
import io.dynagen.runtime.table.TableNotFoundException;
import io.dynagen.runtime.table.TypedTable;
import io.dynagen.runtime.table.internal.ItemOperations;
import io.dynagen.runtime.table.internal.TableInternals;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
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
  private final DynamoDbClient client;
  private final TransactWriteItems items = new TransactWriteItems();

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
    items.put(typed(handle), item, condition);
    return this;
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
    items.update(typed(handle), item, update, condition);
    return this;
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
    items.update(typed(handle), key, null, null, update, condition);
    return this;
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
    items.delete(typed(handle), key, null, null, condition);
    return this;
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
    items.delete(typed(handle), item, condition);
    return this;
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
    items.conditionCheck(typed(handle), key, condition);
    return this;
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
    items.clientRequestToken(token);
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
    TransactWriteItemsRequest request = items.request();
    try {
      client.transactWriteItems(request);
    } catch (DynamoDbException e) {
      throw items.actions().failed(client, e);
    }
  }

  /** {@return the number of actions so far} */
  public int size() {
    return items.size();
  }

  private static <T> ItemOperations<T> typed(TableHandle<T> handle) {
    return TableInternals.operations(Objects.requireNonNull(handle, "table").typed());
  }
}
