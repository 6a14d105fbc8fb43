package io.dynagen.runtime.table.transact;

import io.dynagen.runtime.expr.Condition;
import io.dynagen.runtime.expr.Update;
import io.dynagen.runtime.expr.UpdateAction;
import io.dynagen.runtime.table.AsyncTableHandle;
import io.dynagen.runtime.table.TableNotFoundException;
import io.dynagen.runtime.table.internal.AsyncCalls;
import io.dynagen.runtime.table.internal.ItemOperations;
import io.dynagen.runtime.table.internal.TableInternals;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/**
 * The async face of {@link TransactWrite}: the same actions on {@code XAsyncTable}s (or {@link
 * io.dynagen.runtime.table.AsyncTypedTable}s), checked the same way at the call that adds them,
 * sent as the very same TransactWriteItems through the SDK's async client.
 *
 * <pre>{@code
 * AsyncTransactWrite.with(asyncClient)
 *     .update(accounts, alice, Update.of(Account_.balance.add(-10)), Account_.balance.ge(10))
 *     .update(accounts, bob, Account_.balance.add(10))
 *     .put(transfers, transfer, Transfer_.id.notExists())
 *     .execute()                      // CompletableFuture<Void>
 *     .exceptionally(failure -> ...); // TransactionFailedException, not wrapped
 * }</pre>
 *
 * <p>The builder methods check their arguments at once and throw, as the sync ones do (too many
 * actions, two actions on one item, a bad key, an item over 400 KB, over 4 MB in all); a stale
 * object of a {@code @Version} class is caught by DynamoDB, as a failed condition of its action.
 * {@link #execute()} never throws: its
 * future fails, not wrapped, with what the sync {@code execute()} throws: {@link
 * TransactionFailedException} naming the failing actions, each with the item as it stood, {@link
 * TableNotFoundException} (the missing table named, found with DescribeTable requests through the
 * same client), {@code IllegalStateException} for no actions, or the service's own error.
 *
 * <p>A builder collects actions and is not thread-safe; {@link #execute()} may be called again
 * to retry the same transaction (see {@link #clientRequestToken(String)}).
 */
public final class AsyncTransactWrite {
  private final DynamoDbAsyncClient client;
  private final TransactWriteItems items = new TransactWriteItems();

  private AsyncTransactWrite(DynamoDbAsyncClient client) {
    this.client = Objects.requireNonNull(client, "client");
  }

  /**
   * {@return a new, empty write transaction sent through {@code client}}
   *
   * @param client the async client requests go through
   */
  public static AsyncTransactWrite with(DynamoDbAsyncClient client) {
    return new AsyncTransactWrite(client);
  }

  /**
   * Writes {@code item} to {@code table}, replacing any item with its key; for a {@code @Version}
   * class, only if the stored version is still the one {@code item} was read with.
   *
   * @param <T> the mapped class of the table
   * @param table the async table, an {@code AsyncTypedTable} or a generated async table class
   * @param item the item to write
   * @return this transaction
   */
  public <T> AsyncTransactWrite put(AsyncTableHandle<T> table, T item) {
    return put(table, item, null);
  }

  /**
   * Writes {@code item} to {@code table} if {@code condition} holds for the item now stored under
   * its key; see {@link TransactWrite#put(io.dynagen.runtime.table.TableHandle, Object, Condition)}.
   *
   * @param <T> the mapped class of the table
   * @param table the async table, an {@code AsyncTypedTable} or a generated async table class
   * @param item the item to write
   * @param condition the condition, or {@code null} for none
   * @return this transaction
   */
  public <T> AsyncTransactWrite put(AsyncTableHandle<T> table, T item, Condition condition) {
    items.put(operations(table), item, condition);
    return this;
  }

  /**
   * Applies the actions to the item of {@code table} with this key, creating it if there is none.
   *
   * @param table the async table, an {@code AsyncTypedTable} or a generated async table class
   * @param key the item's key
   * @param action the first update action
   * @param more further update actions
   * @return this transaction
   */
  public AsyncTransactWrite update(
      AsyncTableHandle<?> table, Map<String, AttributeValue> key, UpdateAction action, UpdateAction... more) {
    return update(table, key, Update.of(action, more), null);
  }

  /**
   * Applies {@code update} to the item of {@code table} with this key, creating it if there is none.
   *
   * @param table the async table, an {@code AsyncTypedTable} or a generated async table class
   * @param key the item's key
   * @param update the update to apply
   * @return this transaction
   */
  public AsyncTransactWrite update(AsyncTableHandle<?> table, Map<String, AttributeValue> key, Update update) {
    return update(table, key, update, null);
  }

  /**
   * Applies {@code update} to the item of {@code table} with this key if {@code condition} holds
   * for it.
   *
   * @param table the async table, an {@code AsyncTypedTable} or a generated async table class
   * @param key the item's key
   * @param update the update to apply
   * @param condition the condition, or {@code null} for none
   * @return this transaction
   */
  public AsyncTransactWrite update(
      AsyncTableHandle<?> table, Map<String, AttributeValue> key, Update update, Condition condition) {
    items.update(operations(table), key, null, null, update, condition);
    return this;
  }

  /**
   * Applies the actions to the item of {@code table} with the key of {@code item}; for a {@code
   * @Version} class, only if the stored version is still the one {@code item} was read with.
   *
   * @param <T> the mapped class of the table
   * @param table the async table, an {@code AsyncTypedTable} or a generated async table class
   * @param item the object whose key (and version) names the item to update
   * @param action the first update action
   * @param more further update actions
   * @return this transaction
   */
  public <T> AsyncTransactWrite update(AsyncTableHandle<T> table, T item, UpdateAction action, UpdateAction... more) {
    return update(table, item, Update.of(action, more), null);
  }

  /**
   * Applies {@code update} to the item of {@code table} with the key of {@code item} if {@code
   * condition} holds (and, for a {@code @Version} class, the stored version is the one {@code
   * item} was read with).
   *
   * @param <T> the mapped class of the table
   * @param table the async table, an {@code AsyncTypedTable} or a generated async table class
   * @param item the object whose key (and version) names the item to update
   * @param update the update to apply
   * @param condition the condition, or {@code null} for none
   * @return this transaction
   */
  public <T> AsyncTransactWrite update(AsyncTableHandle<T> table, T item, Update update, Condition condition) {
    items.update(operations(table), item, update, condition);
    return this;
  }

  /**
   * Deletes the item of {@code table} with this key; deleting a missing item is not an error.
   *
   * @param table the async table, an {@code AsyncTypedTable} or a generated async table class
   * @param key the item's key
   * @return this transaction
   */
  public AsyncTransactWrite delete(AsyncTableHandle<?> table, Map<String, AttributeValue> key) {
    return delete(table, key, null);
  }

  /**
   * Deletes the item of {@code table} with this key if {@code condition} holds for it.
   *
   * @param table the async table, an {@code AsyncTypedTable} or a generated async table class
   * @param key the item's key
   * @param condition the condition, or {@code null} for none
   * @return this transaction
   */
  public AsyncTransactWrite delete(AsyncTableHandle<?> table, Map<String, AttributeValue> key, Condition condition) {
    items.delete(operations(table), key, null, null, condition);
    return this;
  }

  /**
   * Deletes the item of {@code table} with the key of {@code item}; for a {@code @Version} class,
   * only if the stored version is still the one {@code item} was read with.
   *
   * @param <T> the mapped class of the table
   * @param table the async table, an {@code AsyncTypedTable} or a generated async table class
   * @param item the object whose key (and version) names the item to delete
   * @return this transaction
   */
  public <T> AsyncTransactWrite delete(AsyncTableHandle<T> table, T item) {
    return delete(table, item, null);
  }

  /**
   * Deletes the item of {@code table} with the key of {@code item} if {@code condition} holds (and
   * its stored version is the one {@code item} carries, for a {@code @Version} class).
   *
   * @param <T> the mapped class of the table
   * @param table the async table, an {@code AsyncTypedTable} or a generated async table class
   * @param item the object whose key (and version) names the item to delete
   * @param condition the condition, or {@code null} for none
   * @return this transaction
   */
  public <T> AsyncTransactWrite delete(AsyncTableHandle<T> table, T item, Condition condition) {
    items.delete(operations(table), item, condition);
    return this;
  }

  /**
   * Makes the transaction depend on {@code condition} holding for the item of {@code table} with
   * this key, which is not written: the transaction is cancelled if it is false.
   *
   * @param table the async table, an {@code AsyncTypedTable} or a generated async table class
   * @param key the item's key
   * @param condition the condition the item must meet
   * @return this transaction
   */
  public AsyncTransactWrite conditionCheck(
      AsyncTableHandle<?> table, Map<String, AttributeValue> key, Condition condition) {
    items.conditionCheck(operations(table), key, condition);
    return this;
  }

  /**
   * Makes the transaction idempotent, as {@link TransactWrite#clientRequestToken(String)} does.
   *
   * @param token up to 36 characters, unique per intended transaction (a UUID fits)
   * @return this transaction
   */
  public AsyncTransactWrite clientRequestToken(String token) {
    items.clientRequestToken(token);
    return this;
  }

  /**
   * Sends the transaction: every action takes effect, or none does.
   *
   * @return a future completing once the transaction is applied; it fails with {@link
   *     TransactionFailedException} if DynamoDB cancelled it (nothing was written), {@link
   *     TableNotFoundException} if a table does not exist, {@code IllegalStateException} if there
   *     are no actions
   */
  public CompletableFuture<Void> execute() {
    return translated(
        AsyncCalls.call(items::request, client::transactWriteItems, response -> null, failure -> failure),
        items.actions(), client);
  }

  /**
   * A future completing as {@code call} does, but failing with what the sync transaction throws:
   * DynamoDB's errors as {@link TransactionActions#failed} turns them (asking the client which
   * table is missing, if need be), others as they are. Cancelling it cancels {@code call}.
   */
  static <R> CompletableFuture<R> translated(
      CompletableFuture<R> call, TransactionActions actions, DynamoDbAsyncClient client) {
    CompletableFuture<R> result = new CompletableFuture<>();
    call.whenComplete((value, failure) -> {
      Throwable cause = failure == null ? null : AsyncCalls.unwrap(failure);
      if (cause == null) {
        result.complete(value);
      } else if (cause instanceof DynamoDbException e) {
        actions.failed(client, e).whenComplete((exception, error) ->
            result.completeExceptionally(error != null ? AsyncCalls.unwrap(error) : exception));
      } else {
        result.completeExceptionally(cause);
      }
    });
    result.whenComplete((ignored, failure) -> {
      if (result.isCancelled()) {
        call.cancel(true);
      }
    });
    return result;
  }

  /** {@return the number of actions so far} */
  public int size() {
    return items.size();
  }

  private static <T> ItemOperations<T> operations(AsyncTableHandle<T> handle) {
    return TableInternals.operations(Objects.requireNonNull(handle, "table").typed());
  }
}
