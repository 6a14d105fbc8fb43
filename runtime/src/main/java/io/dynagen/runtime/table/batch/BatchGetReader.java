package io.dynagen.runtime.table.batch;

import io.dynagen.runtime.table.TableNotFoundException;
import io.dynagen.runtime.table.internal.Deadlines;
import io.dynagen.runtime.table.internal.ItemKey;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/**
 * Reads the keys of a batch get with BatchGetItem requests of at most 100 keys, one request at a
 * time, asking again (after a backoff pause) for the keys the service leaves unprocessed: those
 * of a throttled request, and those beyond its 16 MB response limit.
 */
final class BatchGetReader {
  /** DynamoDB's limit on the keys of one BatchGetItem request. */
  static final int MAX_KEYS_PER_REQUEST = 100;

  private final DynamoDbClient client;
  private final RetryPolicy retry;
  private final Duration deadline;

  BatchGetReader(DynamoDbClient client, RetryPolicy retry, Duration deadline) {
    this.client = client;
    this.retry = retry;
    this.deadline = deadline;
  }

  /** A key to read, and how often it was asked for. */
  private static final class PendingKey {
    final TableRead table;
    final ItemKey identity;
    final Map<String, AttributeValue> key;
    int attempts;

    PendingKey(TableRead table, ItemKey identity, Map<String, AttributeValue> key) {
      this.table = table;
      this.identity = identity;
      this.key = key;
    }
  }

  /**
   * Reads every key of the tables, returning the items found by key.
   *
   * @throws BatchGetException if keys were still unprocessed after the attempt budget
   * @throws TableNotFoundException if a table does not exist
   */
  Map<ItemKey, Map<String, AttributeValue>> read(Collection<TableRead> tables) {
    Queue<PendingKey> fresh = new ArrayDeque<>();
    for (TableRead table : tables) {
      for (Map.Entry<ItemKey, Map<String, AttributeValue>> key : table.keys().entrySet()) {
        fresh.add(new PendingKey(table, key.getKey(), key.getValue()));
      }
    }
    Map<ItemKey, Map<String, AttributeValue>> found = new HashMap<>();
    List<PendingKey> again = new ArrayList<>();
    List<BatchGetException.UnreadKey> unread = new ArrayList<>();
    Throwable lastThrottling = null;
    long deadlineNanos = Deadlines.at(deadline);
    while (!fresh.isEmpty() || !again.isEmpty()) {
      if (!again.isEmpty()) {
        retry.pause(maxAttempts(again), deadlineNanos);
      }
      String stopped = Thread.currentThread().isInterrupted() ? "the thread was interrupted"
          : Deadlines.passed(deadlineNanos) ? "the deadline of " + deadline + " passed" : null;
      if (stopped != null) {
        // No further request: what was not read yet is reported; the interrupt status stays set.
        for (PendingKey key : again) {
          unread.add(new BatchGetException.UnreadKey(key.table.tableName(), key.key));
        }
        for (PendingKey key : fresh) {
          unread.add(new BatchGetException.UnreadKey(key.table.tableName(), key.key));
        }
        throw new BatchGetException(unread, "The batch get stopped asking: " + stopped,
            Thread.currentThread().isInterrupted() ? new InterruptedException(stopped) : lastThrottling);
      }
      List<PendingKey> request = again;
      while (request.size() < MAX_KEYS_PER_REQUEST && !fresh.isEmpty()) {
        request.add(fresh.remove());
      }
      Attempt attempt = new Attempt();
      send(request, found, attempt);
      again = new ArrayList<>();
      for (PendingKey key : attempt.unprocessed) {
        if (retry.allowsAnotherAttempt(key.attempts)) {
          again.add(key);
        } else {
          unread.add(new BatchGetException.UnreadKey(key.table.tableName(), key.key));
        }
      }
      lastThrottling = attempt.throttling != null ? attempt.throttling : lastThrottling;
    }
    if (!unread.isEmpty()) {
      throw new BatchGetException(unread, retry.maxAttempts(), lastThrottling);
    }
    return found;
  }

  /** What one request left to ask again. */
  private static final class Attempt {
    final List<PendingKey> unprocessed = new ArrayList<>();
    Throwable throttling;
  }

  private void send(List<PendingKey> request, Map<ItemKey, Map<String, AttributeValue>> found, Attempt attempt) {
    BatchGetItemResponse response;
    try {
      response = client.batchGetItem(request(request));
    } catch (ResourceNotFoundException e) {
      Map<TableRead, List<PendingKey>> byTable = byTable(request);
      if (byTable.size() > 1) {
        // The service does not say which table is missing: ask each table alone to name it.
        for (List<PendingKey> keys : byTable.values()) {
          send(keys, found, attempt);
        }
        return;
      }
      throw new TableNotFoundException(request.get(0).table.tableName(), e);
    } catch (RuntimeException e) {
      if (!Throttling.isThrottling(e)) {
        throw e; // a read loses nothing: the caller gets the service's error as it is
      }
      for (PendingKey key : request) {
        key.attempts++;
        attempt.unprocessed.add(key);
      }
      attempt.throttling = e;
      return;
    }
    Map<TableRead, List<PendingKey>> byTable = byTable(request);
    for (TableRead table : byTable.keySet()) {
      List<Map<String, AttributeValue>> items = response.responses().get(table.tableName());
      if (items != null) {
        for (Map<String, AttributeValue> item : items) {
          found.put(ItemKey.of(table.tableName(), item, table.keyNames()), item);
        }
      }
    }
    Set<ItemKey> left = unprocessed(response, byTable.keySet());
    for (PendingKey key : request) {
      key.attempts++;
      if (left.contains(key.identity)) {
        attempt.unprocessed.add(key);
      }
    }
  }

  private static Set<ItemKey> unprocessed(BatchGetItemResponse response, Collection<TableRead> tables) {
    Set<ItemKey> left = new HashSet<>();
    if (!response.hasUnprocessedKeys()) {
      return left;
    }
    for (TableRead table : tables) {
      KeysAndAttributes keys = response.unprocessedKeys().get(table.tableName());
      if (keys != null) {
        for (Map<String, AttributeValue> key : keys.keys()) {
          left.add(ItemKey.of(table.tableName(), key, table.keyNames()));
        }
      }
    }
    return left;
  }

  private static BatchGetItemRequest request(List<PendingKey> request) {
    Map<String, KeysAndAttributes> items = new LinkedHashMap<>();
    for (Map.Entry<TableRead, List<PendingKey>> table : byTable(request).entrySet()) {
      List<Map<String, AttributeValue>> keys = new ArrayList<>(table.getValue().size());
      for (PendingKey key : table.getValue()) {
        keys.add(key.key);
      }
      items.put(table.getKey().tableName(), table.getKey().request(keys));
    }
    return BatchGetItemRequest.builder().requestItems(items).build();
  }

  private static Map<TableRead, List<PendingKey>> byTable(List<PendingKey> request) {
    Map<TableRead, List<PendingKey>> byTable = new LinkedHashMap<>();
    for (PendingKey key : request) {
      Groups.add(byTable, key.table, key);
    }
    return byTable;
  }

  private static int maxAttempts(List<PendingKey> keys) {
    int max = 0;
    for (PendingKey key : keys) {
      max = Math.max(max, key.attempts);
    }
    return max;
  }
}
