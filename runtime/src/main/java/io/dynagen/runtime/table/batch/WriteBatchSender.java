package io.dynagen.runtime.table.batch;

import io.dynagen.runtime.table.TableNotFoundException;
import io.dynagen.runtime.table.internal.AsyncCalls;
import io.dynagen.runtime.table.internal.ItemKey;
import io.dynagen.runtime.table.internal.Keys;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Sends one batch as a BatchWriteItem request and sorts its writes by what became of them:
 * landed, to resend (left unprocessed, or the request was throttled), certainly not applied (the
 * service refused the request), or of unknown outcome (the request failed after it may have
 * reached the service). A request DynamoDB refuses as invalid is split in halves and each half
 * sent again, down to the single writes it refuses, so one invalid write does not sink the
 * others. It never throws: whatever happens, every write of the batch is sorted, so none is lost.
 */
final class WriteBatchSender {
  private final DynamoDbClient client;
  private final DynamoDbAsyncClient asyncClient;

  WriteBatchSender(DynamoDbClient client) {
    this.client = client;
    this.asyncClient = null;
  }

  WriteBatchSender(DynamoDbAsyncClient asyncClient) {
    this.client = null;
    this.asyncClient = asyncClient;
  }

  /** What became of the writes of a batch; each counts the attempt. */
  static final class Outcome {
    final List<PendingWrite> landed = new ArrayList<>();
    /** Left unprocessed or throttled: they may be sent again. */
    final List<PendingWrite> unprocessed = new ArrayList<>();
    /** Refused for good, certainly not applied; {@link PendingWrite#lastFailure()} says why. */
    final List<PendingWrite> notApplied = new ArrayList<>();
    /** Failed after the request may have reached the service; {@link PendingWrite#lastFailure()} says how. */
    final List<PendingWrite> unknown = new ArrayList<>();
  }

  Outcome send(List<PendingWrite> batch) {
    Outcome outcome = new Outcome();
    send(batch, outcome);
    return outcome;
  }

  private void send(List<PendingWrite> batch, Outcome outcome) {
    BatchWriteItemResponse response;
    try {
      response = client.batchWriteItem(request(batch));
    } catch (RuntimeException e) {
      for (List<PendingWrite> part : sortFailure(batch, e, outcome)) {
        send(part, outcome);
      }
      return;
    }
    sort(batch, response.hasUnprocessedItems() ? response.unprocessedItems() : Map.of(), outcome);
  }

  /**
   * The same as {@link #send(List)} through the async client: the parts of a failed batch are
   * sent one after the other, each from the callback of the one before. The future never fails:
   * every write ends in one list of the outcome.
   */
  CompletableFuture<Outcome> sendAsync(List<PendingWrite> batch) {
    Outcome outcome = new Outcome();
    CompletableFuture<Outcome> done = new CompletableFuture<>();
    sendAsync(List.of(batch), 0, outcome, () -> done.complete(outcome));
    return done;
  }

  /** Sends {@code parts[next...]} in turn, then runs {@code then}. */
  private void sendAsync(List<List<PendingWrite>> parts, int next, Outcome outcome, Runnable then) {
    if (next == parts.size()) {
      then.run();
      return;
    }
    List<PendingWrite> batch = parts.get(next);
    Runnable rest = () -> sendAsync(parts, next + 1, outcome, then);
    CompletableFuture<BatchWriteItemResponse> sent;
    try {
      sent = asyncClient.batchWriteItem(request(batch));
    } catch (RuntimeException e) {
      sent = CompletableFuture.failedFuture(e);
    }
    sent.whenComplete((response, failure) -> {
      if (failure == null) {
        sort(batch, response.hasUnprocessedItems() ? response.unprocessedItems() : Map.of(), outcome);
        rest.run();
        return;
      }
      Throwable cause = AsyncCalls.unwrap(failure);
      if (cause instanceof RuntimeException e) {
        sendAsync(sortFailure(batch, e, outcome), 0, outcome, rest);
      } else {
        sortAll(batch, cause, outcome.unknown);
        rest.run();
      }
    });
  }

  /**
   * Sorts the writes of a request that failed, sync or async alike; returns the parts to send
   * again on their own (none if every write is sorted).
   */
  private static List<List<PendingWrite>> sortFailure(List<PendingWrite> batch, RuntimeException e, Outcome outcome) {
    if (e instanceof ResourceNotFoundException notFound) {
      Map<String, List<PendingWrite>> byTable = byTable(batch);
      if (byTable.size() > 1) {
        // The service does not say which table is missing: send each table's writes alone, so
        // that those of existing tables land and the others fail naming their own table.
        return new ArrayList<>(byTable.values());
      }
      sortAll(batch, new TableNotFoundException(batch.get(0).tableName(), notFound), outcome.notApplied);
      return List.of();
    }
    // Service errors, client errors after the SDK's own retries, and anything an interceptor
    // throws: a throttled request is resent later, anything else is final for its writes.
    if (Throttling.isThrottling(e)) {
      sortAll(batch, e, outcome.unprocessed);
      if (!RequestFailures.certainlyNotApplied(e)) {
        // The throttled try was the SDK's retry of one that may have been applied.
        batch.forEach(PendingWrite::mayHaveLanded);
      }
      return List.of();
    }
    if (RequestFailures.isValidation(e) && batch.size() > 1) {
      // DynamoDB names no culprit: halve until each refused write is alone. The others land.
      return List.of(
          new ArrayList<>(batch.subList(0, batch.size() / 2)),
          new ArrayList<>(batch.subList(batch.size() / 2, batch.size())));
    }
    sortAll(batch, e, RequestFailures.certainlyNotApplied(e) ? outcome.notApplied : outcome.unknown);
    return List.of();
  }

  private static BatchWriteItemRequest request(List<PendingWrite> batch) {
    Map<String, List<WriteRequest>> items = new LinkedHashMap<>();
    for (PendingWrite write : batch) {
      Groups.add(items, write.tableName(), write.request());
    }
    return BatchWriteItemRequest.builder().requestItems(items).build();
  }

  private static Map<String, List<PendingWrite>> byTable(List<PendingWrite> batch) {
    Map<String, List<PendingWrite>> byTable = new LinkedHashMap<>();
    for (PendingWrite write : batch) {
      Groups.add(byTable, write.tableName(), write);
    }
    return byTable;
  }

  private static void sortAll(List<PendingWrite> batch, Throwable failure, List<PendingWrite> into) {
    for (PendingWrite write : batch) {
      write.attempted(failure);
      into.add(write);
    }
  }

  /** Writes the service names unprocessed are to resend; the others landed. */
  private static void sort(List<PendingWrite> batch, Map<String, List<WriteRequest>> unprocessed, Outcome outcome) {
    Map<String, List<String>> keyNames = new LinkedHashMap<>();
    for (PendingWrite write : batch) {
      keyNames.putIfAbsent(write.tableName(), write.keyNames());
    }
    Set<ItemKey> left = new HashSet<>();
    for (Map.Entry<String, List<WriteRequest>> table : unprocessed.entrySet()) {
      List<String> names = keyNames.get(table.getKey());
      if (names == null) {
        continue; // not a table of this batch: nothing of ours to resend
      }
      for (WriteRequest request : table.getValue()) {
        Map<String, AttributeValue> key = keyOf(request, names);
        if (key.size() == names.size()) {
          left.add(ItemKey.of(table.getKey(), key, names));
        }
      }
    }
    for (PendingWrite write : batch) {
      write.attempted(null);
      (left.contains(write.identity()) ? outcome.unprocessed : outcome.landed).add(write);
    }
  }

  /** The key attributes a write request names; fewer than the key if the service sent it cut. */
  private static Map<String, AttributeValue> keyOf(WriteRequest request, List<String> names) {
    if (request.putRequest() != null && request.putRequest().hasItem()) {
      return Keys.extract(request.putRequest().item(), names);
    }
    if (request.deleteRequest() != null && request.deleteRequest().hasKey()) {
      return Keys.extract(request.deleteRequest().key(), names);
    }
    return Map.of();
  }
}
