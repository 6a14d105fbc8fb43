package io.dynagen.runtime.table.internal;

import io.dynagen.runtime.ItemSchema;
import io.dynagen.runtime.table.admin.TableInfo;
import io.dynagen.runtime.table.admin.TableOptions;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import software.amazon.awssdk.core.waiters.WaiterResponse;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.CreateTableResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableResponse;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.waiters.DynamoDbAsyncWaiter;

/**
 * {@link TableAdmin}'s operations through the async client: the same {@link TableRequests}, each
 * step chained on the response of the one before, waiting with the SDK's async waiter (which
 * polls on its own scheduler, closed once the wait is over). Nothing here blocks.
 */
public final class AsyncTableAdmin {
  private final DynamoDbAsyncClient client;
  private final TableRequests requests;

  public AsyncTableAdmin(DynamoDbAsyncClient client, ItemSchema<?> schema, String tableName) {
    this.client = client;
    this.requests = new TableRequests(schema, tableName);
  }

  /** Creates the table and its indexes as the schema and {@code options} say; completes once it is active. */
  public CompletableFuture<TableInfo> create(TableOptions options) {
    CompletableFuture<TableDescription> created = AsyncCalls.call(() -> requests.create(options), client::createTable,
        CreateTableResponse::tableDescription, Function.identity());
    return AsyncCalls.then(AsyncCalls.then(created, this::activeOrWait), this::enableTimeToLive);
  }

  /** The table as described if it is ACTIVE (DynamoDB Local's answer to CreateTable), else the wait until it is. */
  private CompletableFuture<TableInfo> activeOrWait(TableDescription table) {
    return TableAdmin.isActive(table) ? CompletableFuture.completedFuture(TableInfo.of(table)) : waitUntilActive();
  }

  private CompletableFuture<TableInfo> enableTimeToLive(TableInfo created) {
    return requests.enableTimeToLive()
        .map(request -> AsyncCalls.call(() -> request, client::updateTimeToLive, response -> created, requests::failed))
        .orElseGet(() -> CompletableFuture.completedFuture(created));
  }

  /** Creates the table unless it exists; completes with true if this call created it. */
  public CompletableFuture<Boolean> createIfMissing(TableOptions options) {
    return AsyncCalls.then(describeOrNull(), existing -> existing != null
        ? AsyncCalls.map(activeOrWait(existing), active -> false)
        // Created by someone else between the check and the request: theirs is the table.
        : recover(AsyncCalls.map(create(options), created -> true), ResourceInUseException.class,
            () -> AsyncCalls.map(waitUntilActive(), active -> false)));
  }

  /**
   * {@code future}, or, if it fails with an {@code expected} exception, the future {@code instead}
   * makes; other failures pass through unwrapped.
   */
  private static <A> CompletableFuture<A> recover(
      CompletableFuture<A> future, Class<? extends Throwable> expected, Supplier<CompletableFuture<A>> instead) {
    CompletableFuture<A> result = new CompletableFuture<>();
    future.whenComplete((value, failure) -> {
      Throwable cause = failure == null ? null : AsyncCalls.unwrap(failure);
      if (cause == null) {
        result.complete(value);
      } else if (expected.isInstance(cause)) {
        AsyncCalls.then(CompletableFuture.completedFuture(null), ignored -> instead.get())
            .whenComplete((recovered, again) -> {
              if (again == null) {
                result.complete(recovered);
              } else {
                result.completeExceptionally(AsyncCalls.unwrap(again));
              }
            });
      } else {
        result.completeExceptionally(cause);
      }
    });
    return result;
  }

  /** Completes with the table's description once it exists and is active. */
  public CompletableFuture<TableInfo> waitUntilActive() {
    DynamoDbAsyncWaiter waiter = client.waiter();
    CompletableFuture<WaiterResponse<DescribeTableResponse>> waited;
    try {
      waited = waiter.waitUntilTableExists(requests.describe());
    } catch (RuntimeException e) {
      waiter.close();
      return AsyncCalls.failed(e);
    }
    waited.whenComplete((response, failure) -> waiter.close());
    return AsyncCalls.then(waited, done -> done.matched().response()
        .map(response -> CompletableFuture.completedFuture(TableInfo.of(response.table())))
        .orElseGet(this::describe));
  }

  /** Deletes the table; completes once it is gone. */
  public CompletableFuture<Void> delete() {
    CompletableFuture<Void> deleted =
        AsyncCalls.call(requests::delete, client::deleteTable, response -> null, requests::failed);
    return AsyncCalls.then(deleted, ignored -> {
      DynamoDbAsyncWaiter waiter = client.waiter();
      CompletableFuture<WaiterResponse<DescribeTableResponse>> waited = waiter.waitUntilTableNotExists(requests.describe());
      waited.whenComplete((response, failure) -> waiter.close());
      return AsyncCalls.map(waited, gone -> null);
    });
  }

  public CompletableFuture<TableInfo> describe() {
    return AsyncCalls.call(requests::describe, client::describeTable, response -> TableInfo.of(response.table()),
        requests::failed);
  }

  /** Completes with true if the table exists (in any status). */
  public CompletableFuture<Boolean> exists() {
    return AsyncCalls.map(describeOrNull(), table -> table != null);
  }

  /** Completes with the table's description, or {@code null} if there is no such table. */
  private CompletableFuture<TableDescription> describeOrNull() {
    CompletableFuture<TableDescription> described =
        AsyncCalls.call(requests::describe, client::describeTable, DescribeTableResponse::table, Function.identity());
    return recover(described, ResourceNotFoundException.class, () -> CompletableFuture.completedFuture(null));
  }

  /** Completes with the attribute DynamoDB expires items by, or empty if expiry is off. */
  public CompletableFuture<Optional<String>> timeToLiveAttribute() {
    return AsyncCalls.call(requests::describeTimeToLive, client::describeTimeToLive,
        response -> TableRequests.timeToLiveAttribute(response.timeToLiveDescription()), requests::failed);
  }
}
