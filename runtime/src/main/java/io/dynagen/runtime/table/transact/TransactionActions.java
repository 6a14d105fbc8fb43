package io.dynagen.runtime.table.transact;

import io.dynagen.runtime.MappingException;
import io.dynagen.runtime.table.TableNotFoundException;
import io.dynagen.runtime.table.internal.AsyncCalls;
import io.dynagen.runtime.table.internal.GeneratedValues.VersionCheck;
import io.dynagen.runtime.table.internal.ItemOperations;
import io.dynagen.runtime.table.internal.Keys;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * The actions of one transaction as its checks and its failure reports see them: in order, each
 * with its kind, table and item key. Enforces what DynamoDB would reject only after a round trip
 * (more than 100 actions, two actions on one item) at the call that breaks it, and turns the
 * service's errors into Dynagen's. Not thread-safe, as the transaction builders that own one.
 */
final class TransactionActions {
  /** DynamoDB's limit of actions in one TransactWriteItems or TransactGetItems. */
  static final int MAX_ACTIONS = 100;

  private static final String NO_FAILURE = "None";
  private static final String CONDITION_FAILED = "ConditionalCheckFailed";

  /**
   * An action; {@code object} is what it was given instead of a key (a put's item), or null;
   * {@code version} the check of that object's {@code @Version}, or null if none is checked.
   */
  private record Action(
      TransactionFailure.Kind kind,
      ItemOperations<?> table,
      Map<String, AttributeValue> key,
      Object object,
      VersionCheck version) {}

  /** One item: DynamoDB compares keys by value, and so do these maps and attribute values. */
  private record ItemId(String tableName, Map<String, AttributeValue> key) {}

  private final List<Action> actions = new ArrayList<>();
  private final Map<ItemId, Integer> indexByItem = new HashMap<>();

  /**
   * Adds an action whose key has been checked.
   *
   * @throws IllegalArgumentException if the transaction is full or another action has this item
   */
  void add(TransactionFailure.Kind kind, ItemOperations<?> table, Map<String, AttributeValue> key) {
    add(kind, table, key, null, null);
  }

  /**
   * Adds an action given an object of the table's class, whose key has been checked.
   *
   * @param version the check of the object's {@code @Version} the action makes, or null, to tell
   *     a stale object from another false condition if the transaction is cancelled
   * @throws IllegalArgumentException if the transaction is full or another action has this item
   */
  void add(
      TransactionFailure.Kind kind,
      ItemOperations<?> table,
      Map<String, AttributeValue> key,
      Object object,
      VersionCheck version) {
    if (actions.size() == MAX_ACTIONS) {
      throw new IllegalArgumentException(
          "A transaction takes at most " + MAX_ACTIONS + " actions (DynamoDB's limit), and this "
              + kind + " on table '" + table.tableName() + "' would be action " + (MAX_ACTIONS + 1)
              + ": split the work into several transactions");
    }
    ItemId item = new ItemId(table.tableName(), Map.copyOf(key));
    Integer earlier = indexByItem.putIfAbsent(item, actions.size());
    if (earlier != null) {
      throw new IllegalArgumentException(
          "Actions " + earlier + " (" + actions.get(earlier).kind() + ") and " + actions.size()
              + " (" + kind + ") are both on the item " + Keys.describe(key) + " of table '"
              + table.tableName() + "': DynamoDB rejects a transaction with two actions on one"
              + " item; make them one action (a condition on the put, update or delete replaces a"
              + " condition check)");
    }
    actions.add(new Action(kind, table, key, object, version));
  }

  int size() {
    return actions.size();
  }

  /** The table of action {@code index}. */
  ItemOperations<?> table(int index) {
    return actions.get(index).table();
  }

  /** Fails before sending a transaction with no actions, which DynamoDB rejects. */
  void checkNotEmpty(String operation) {
    if (actions.isEmpty()) {
      throw new IllegalStateException(
          "The " + operation + " has no actions: add at least one before execute()");
    }
  }

  /**
   * What a failed TransactWriteItems or TransactGetItems raises: a {@link
   * TransactionFailedException} for a cancelled transaction, a {@link TableNotFoundException}
   * for a missing table, else the service's own exception.
   *
   * @param client the client the transaction went through, to find out which table is missing
   */
  RuntimeException failed(DynamoDbClient client, DynamoDbException failure) {
    // The sync client's answers are in before the futures are made: nothing waits here.
    return failed(failure, name -> {
      try {
        client.describeTable(DescribeTableRequest.builder().tableName(name).build());
        return CompletableFuture.completedFuture(true);
      } catch (ResourceNotFoundException e) {
        return CompletableFuture.completedFuture(false);
      } catch (RuntimeException e) {
        return CompletableFuture.failedFuture(e);
      }
    }).join();
  }

  /** As {@link #failed(DynamoDbClient, DynamoDbException)}, asking through the async client. */
  CompletableFuture<RuntimeException> failed(DynamoDbAsyncClient client, DynamoDbException failure) {
    return failed(failure, name -> {
      CompletableFuture<Boolean> exists = new CompletableFuture<>();
      client.describeTable(DescribeTableRequest.builder().tableName(name).build()).whenComplete((found, error) -> {
        Throwable cause = error == null ? null : AsyncCalls.unwrap(error);
        if (cause == null) {
          exists.complete(true);
        } else if (cause instanceof ResourceNotFoundException) {
          exists.complete(false);
        } else {
          exists.completeExceptionally(cause);
        }
      });
      return exists;
    });
  }

  private CompletableFuture<RuntimeException> failed(
      DynamoDbException failure, Function<String, CompletableFuture<Boolean>> exists) {
    if (failure instanceof TransactionCanceledException cancelled) {
      return CompletableFuture.completedFuture(cancelled(cancelled));
    }
    if (failure instanceof ResourceNotFoundException notFound) {
      Map<String, ItemOperations<?>> tables = new LinkedHashMap<>();
      for (Action action : actions) {
        tables.putIfAbsent(action.table().tableName(), action.table());
      }
      if (tables.size() == 1) {
        return CompletableFuture.completedFuture(new TableNotFoundException(tables.keySet().iterator().next(), notFound));
      }
      return missingTable(new ArrayList<>(tables.keySet()), 0, notFound, exists);
    }
    return CompletableFuture.completedFuture(failure);
  }

  private TransactionFailedException cancelled(TransactionCanceledException cause) {
    List<CancellationReason> reasons =
        cause.hasCancellationReasons() ? cause.cancellationReasons() : List.of();
    List<TransactionFailure<?>> failures = new ArrayList<>();
    List<MappingException> unreadable = new ArrayList<>();
    // DynamoDB gives one reason per action, in the order of the request.
    for (int i = 0; i < reasons.size() && i < actions.size(); i++) {
      CancellationReason reason = reasons.get(i);
      if (reason.code() == null || NO_FAILURE.equals(reason.code())) {
        continue;
      }
      Action action = actions.get(i);
      failures.add(failure(i, action, action.table(), reason, unreadable));
    }
    TransactionFailedException exception = new TransactionFailedException(failures, cause);
    unreadable.forEach(exception::addSuppressed);
    return exception;
  }

  /** The failure of {@code action}, typed by its table's class; an unreadable stored item goes to {@code unreadable}. */
  @SuppressWarnings("unchecked") // an action's object was given as a T for its table of T
  private static <T> TransactionFailure<T> failure(
      int index, Action action, ItemOperations<T> table, CancellationReason reason, List<MappingException> unreadable) {
    Map<String, AttributeValue> stored =
        reason.hasItem() && !reason.item().isEmpty() ? reason.item() : null;
    T item = null;
    if (stored != null) {
      try {
        item = table.decoder().decode(stored);
      } catch (MappingException e) {
        unreadable.add(e);
      }
    }
    // As a put outside a transaction says: a false condition where the stored version is not the
    // object's is a stale object, whatever else the condition asked.
    VersionCheck version = action.version();
    boolean versionConflict = CONDITION_FAILED.equals(reason.code()) && version != null && version.conflictsWith(stored);
    return new TransactionFailure<>(
        index, action.kind(), table, action.key(), reason.code(), reason.message(), stored, item,
        (T) action.object(), versionConflict ? version : null);
  }

  /**
   * DynamoDB does not say which table of a transaction is missing: ask DynamoDB about each, one
   * after the other (this is the failure path, so the extra requests cost nothing in the normal
   * case). If none can be named, the AWS exception stands.
   */
  private static CompletableFuture<RuntimeException> missingTable(
      List<String> tables, int next, ResourceNotFoundException cause,
      Function<String, CompletableFuture<Boolean>> exists) {
    if (next == tables.size()) {
      return CompletableFuture.completedFuture(cause);
    }
    CompletableFuture<RuntimeException> named = new CompletableFuture<>();
    exists.apply(tables.get(next)).whenComplete((found, error) -> {
      if (error != null) {
        // No permission to describe tables, say: do not guess.
        cause.addSuppressed(AsyncCalls.unwrap(error));
        named.complete(cause);
      } else if (!found) {
        named.complete(new TableNotFoundException(tables.get(next), cause));
      } else {
        missingTable(tables, next + 1, cause, exists).whenComplete((result, ignored) -> named.complete(result));
      }
    });
    return named;
  }
}
