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
 *
 * <p>The requests, the sorting of responses and failures, and the reports of keys not read are
 * the static parts here, which {@link AsyncBatchGetReader} shares.
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
  static final class PendingKey {
    final TableRead table;
    final ItemKey identity;
    final Map<String, AttributeValue> key;
    int attempts;

    PendingKey(TableRead table, ItemKey identity, Map<String, AttributeValue> key) {
      this.table = table;
      this.identity = identity;
      this.key = key;
    }

    BatchGetException.UnreadKey unread() {
      return new BatchGetException.UnreadKey(table.tableName(), key);
    }
  }

  /** What requests read, and what they left to ask again. */
  static final class Attempt {
    final Map<ItemKey, Map<String, AttributeValue>> found = new HashMap<>();
    final List<PendingKey> unprocessed = new ArrayList<>();
    Throwable throttling;
  }

  /** Every distinct key of the tables, in the order they were added. */
  static Queue<PendingKey> pendingKeys(Collection<TableRead> tables) {
    Queue<PendingKey> fresh = new ArrayDeque<>();
    for (TableRead table : tables) {
      for (Map.Entry<ItemKey, Map<String, AttributeValue>> key : table.keys().entrySet()) {
        fresh.add(new PendingKey(table, key.getKey(), key.getValue()));
      }
    }
    return fresh;
  }

  /**
   * Reads every key of the tables, returning the items found by key.
   *
   * @throws BatchGetException if keys were still unprocessed after the attempt budget
   * @throws TableNotFoundException if a table does not exist
   */
  Map<ItemKey, Map<String, AttributeValue>> read(Collection<TableRead> tables) {
    Queue<PendingKey> fresh = pendingKeys(tables);
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
          : Deadlines.passed(deadlineNanos) ? deadlineText(deadline) : null;
      if (stopped != null) {
        // No further request: what was not read yet is reported; the interrupt status stays set.
        throw stopped(unread, again, fresh, stopped,
            Thread.currentThread().isInterrupted() ? new InterruptedException(stopped) : lastThrottling);
      }
      List<PendingKey> request = again;
      fill(request, fresh);
      Attempt attempt = new Attempt();
      send(request, attempt);
      found.putAll(attempt.found);
      again = new ArrayList<>();
      retryOrGiveUp(attempt, retry, again, unread);
      lastThrottling = attempt.throttling != null ? attempt.throttling : lastThrottling;
    }
    if (!unread.isEmpty()) {
      throw new BatchGetException(unread, retry.maxAttempts(), lastThrottling);
    }
    return found;
  }

  private void send(List<PendingKey> request, Attempt attempt) {
    BatchGetItemResponse response;
    try {
      response = client.batchGetItem(request(request));
    } catch (RuntimeException e) {
      for (List<PendingKey> part : sortFailure(request, e, attempt)) {
        send(part, attempt);
      }
      return;
    }
    sort(request, response, attempt);
  }

  /** Moves fresh keys into {@code request} while it has room. */
  static void fill(List<PendingKey> request, Queue<PendingKey> fresh) {
    while (request.size() < MAX_KEYS_PER_REQUEST && !fresh.isEmpty()) {
      request.add(fresh.remove());
    }
  }

  /** The keys an attempt left unprocessed: to ask {@code again} while the budget allows, else unread. */
  static void retryOrGiveUp(
      Attempt attempt, RetryPolicy retry, List<PendingKey> again, List<BatchGetException.UnreadKey> unread) {
    for (PendingKey key : attempt.unprocessed) {
      if (retry.allowsAnotherAttempt(key.attempts)) {
        again.add(key);
      } else {
        unread.add(key.unread());
      }
    }
  }

  static String deadlineText(Duration deadline) {
    return "the deadline of " + deadline + " passed";
  }

  /** The report of a batch get stopped before every key was asked for: every key not read. */
  static BatchGetException stopped(
      List<BatchGetException.UnreadKey> unread, Collection<PendingKey> again, Collection<PendingKey> fresh,
      String stopped, Throwable cause) {
    List<BatchGetException.UnreadKey> all = new ArrayList<>(unread);
    for (PendingKey key : again) {
      all.add(key.unread());
    }
    for (PendingKey key : fresh) {
      all.add(key.unread());
    }
    return new BatchGetException(all, "The batch get stopped asking: " + stopped, cause);
  }

  /**
   * Sorts the keys of a request that failed, sync or async alike: a throttled request's keys are
   * asked again; with a missing table among several, returns each table's keys to ask alone so
   * the missing one is named.
   *
   * @throws TableNotFoundException for the missing table
   * @throws RuntimeException the failure as it is, if it is not throttling (a read loses nothing)
   */
  static List<List<PendingKey>> sortFailure(List<PendingKey> request, RuntimeException e, Attempt attempt) {
    if (e instanceof ResourceNotFoundException notFound) {
      Map<TableRead, List<PendingKey>> byTable = byTable(request);
      if (byTable.size() > 1) {
        // The service does not say which table is missing: ask each table alone to name it.
        return new ArrayList<>(byTable.values());
      }
      throw new TableNotFoundException(request.get(0).table.tableName(), notFound);
    }
    if (!Throttling.isThrottling(e)) {
      throw e;
    }
    for (PendingKey key : request) {
      key.attempts++;
      attempt.unprocessed.add(key);
    }
    attempt.throttling = e;
    return List.of();
  }

  /** Records the items of a response, and the keys it left unprocessed. */
  static void sort(List<PendingKey> request, BatchGetItemResponse response, Attempt attempt) {
    Map<TableRead, List<PendingKey>> byTable = byTable(request);
    for (TableRead table : byTable.keySet()) {
      List<Map<String, AttributeValue>> items = response.responses().get(table.tableName());
      if (items != null) {
        for (Map<String, AttributeValue> item : items) {
          attempt.found.put(ItemKey.of(table.tableName(), item, table.keyNames()), item);
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

  static BatchGetItemRequest request(List<PendingKey> request) {
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

  static int maxAttempts(List<PendingKey> keys) {
    int max = 0;
    for (PendingKey key : keys) {
      max = Math.max(max, key.attempts);
    }
    return max;
  }
}
