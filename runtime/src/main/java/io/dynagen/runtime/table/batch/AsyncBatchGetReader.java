package io.dynagen.runtime.table.batch;

import io.dynagen.runtime.table.internal.AsyncCalls;
import io.dynagen.runtime.table.internal.Deadlines;
import io.dynagen.runtime.table.internal.ItemKey;
import io.dynagen.runtime.table.batch.BatchGetReader.Attempt;
import io.dynagen.runtime.table.batch.BatchGetReader.PendingKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;

/**
 * {@link BatchGetReader} through the async client: the same requests of at most 100 keys, the same
 * sorting of responses and failures, the same retries with backoff and the same reports, with up
 * to {@link #MAX_IN_FLIGHT} requests in flight, each step in the callback of the one before. A
 * pause before asking again is scheduled, not slept, and ends at the deadline at the latest.
 */
final class AsyncBatchGetReader {
  /** Requests in flight at most. */
  static final int MAX_IN_FLIGHT = 4;

  private final DynamoDbAsyncClient client;
  private final RetryPolicy retry;
  private final Duration deadline;

  AsyncBatchGetReader(DynamoDbAsyncClient client, RetryPolicy retry, Duration deadline) {
    this.client = client;
    this.retry = retry;
    this.deadline = deadline;
  }

  /**
   * Reads every key of the tables: a future of the items found by key, failing as the sync read
   * throws ({@link BatchGetException}, {@code TableNotFoundException}, the service's error).
   */
  CompletableFuture<Map<ItemKey, Map<String, AttributeValue>>> read(Collection<TableRead> tables) {
    Read read = new Read(BatchGetReader.pendingKeys(tables), Deadlines.at(deadline));
    read.pump();
    return read.result;
  }

  /** One execution: its keys, what was found, and the requests in flight. One lock guards it. */
  private final class Read {
    final CompletableFuture<Map<ItemKey, Map<String, AttributeValue>>> result = new CompletableFuture<>();
    private final Queue<PendingKey> fresh;
    private final long deadlineNanos;
    private final Map<ItemKey, Map<String, AttributeValue>> found = new HashMap<>();
    private final List<BatchGetException.UnreadKey> unread = new ArrayList<>();
    /** Keys waiting out a pause before they are asked again. */
    private final List<PendingKey> pausing = new ArrayList<>();
    private Throwable lastThrottling;
    private int running;
    private String stopped;

    Read(Queue<PendingKey> fresh, long deadlineNanos) {
      this.fresh = fresh;
      this.deadlineNanos = deadlineNanos;
    }

    /** Sends fresh keys in free slots, or ends the read if nothing is left. */
    void pump() {
      List<List<PendingKey>> due = new ArrayList<>();
      synchronized (this) {
        while (running < MAX_IN_FLIGHT && !fresh.isEmpty() && !stoppedOrLate()) {
          List<PendingKey> request = new ArrayList<>(BatchGetReader.MAX_KEYS_PER_REQUEST);
          BatchGetReader.fill(request, fresh);
          running++;
          due.add(request);
        }
      }
      due.forEach(this::send);
      endIfDone();
    }

    /** With the lock held: true once stopped (a failure, a cancel, the deadline); nothing more is sent. */
    private boolean stoppedOrLate() {
      if (stopped == null && result.isDone()) {
        stopped = "the read ended";
      } else if (stopped == null && Deadlines.passed(deadlineNanos)) {
        stopped = BatchGetReader.deadlineText(deadline);
      }
      return stopped != null;
    }

    private void send(List<PendingKey> request) {
      Attempt attempt = new Attempt();
      sendParts(List.of(request), 0, attempt, () -> settled(attempt));
    }

    /** Sends {@code parts[next...]} in turn, then runs {@code then}; a failure ends the read. */
    private void sendParts(List<List<PendingKey>> parts, int next, Attempt attempt, Runnable then) {
      if (next == parts.size()) {
        then.run();
        return;
      }
      List<PendingKey> request = parts.get(next);
      Runnable rest = () -> sendParts(parts, next + 1, attempt, then);
      CompletableFuture<BatchGetItemResponse> sent;
      try {
        sent = client.batchGetItem(BatchGetReader.request(request));
      } catch (RuntimeException e) {
        sent = CompletableFuture.failedFuture(e);
      }
      sent.whenComplete((response, failure) -> {
        if (failure == null) {
          BatchGetReader.sort(request, response, attempt);
          rest.run();
          return;
        }
        Throwable cause = AsyncCalls.unwrap(failure);
        List<List<PendingKey>> alone;
        try {
          if (!(cause instanceof RuntimeException e)) {
            throw cause;
          }
          alone = BatchGetReader.sortFailure(request, e, attempt);
        } catch (Throwable fatal) {
          fail(fatal);
          return;
        }
        sendParts(alone, 0, attempt, rest);
      });
    }

    /** What a request read, and its unprocessed keys asked again after a pause (in its slot). */
    private void settled(Attempt attempt) {
      List<PendingKey> again = new ArrayList<>();
      synchronized (this) {
        found.putAll(attempt.found);
        lastThrottling = attempt.throttling != null ? attempt.throttling : lastThrottling;
        BatchGetReader.retryOrGiveUp(attempt, retry, again, unread);
        if (again.isEmpty() || stoppedOrLate()) {
          pausing.addAll(again); // reported as not read if stopped; never, else
          running--;
          again = List.of();
        } else {
          pausing.addAll(again);
        }
      }
      if (!again.isEmpty()) {
        long pause = retry.pauseNanos(BatchGetReader.maxAttempts(again));
        if (deadlineNanos != Long.MAX_VALUE) {
          pause = Math.max(0, Math.min(pause, deadlineNanos - System.nanoTime()));
        }
        List<PendingKey> keys = again;
        Executor later = CompletableFuture.delayedExecutor(pause, TimeUnit.NANOSECONDS, Runnable::run);
        later.execute(() -> askAgain(keys));
      }
      pump();
    }

    /** After the pause: asks the keys again, topped up with fresh keys, in the slot kept for them. */
    private void askAgain(List<PendingKey> keys) {
      List<PendingKey> request = null;
      synchronized (this) {
        if (stoppedOrLate()) {
          running--;
        } else {
          pausing.removeAll(keys);
          request = new ArrayList<>(keys);
          BatchGetReader.fill(request, fresh);
        }
      }
      if (request != null) {
        send(request);
      }
      endIfDone();
    }

    private void fail(Throwable failure) {
      synchronized (this) {
        running--;
        stopped = "the read failed";
      }
      result.completeExceptionally(failure);
    }

    /** Completes the read once nothing is in flight or pausing, and nothing more will be sent. */
    private void endIfDone() {
      Throwable failure;
      synchronized (this) {
        if (running > 0 || result.isDone() || !fresh.isEmpty() && stopped == null) {
          return;
        }
        if (stopped != null) {
          failure = BatchGetReader.stopped(unread, pausing, fresh, stopped, lastThrottling);
        } else if (!unread.isEmpty()) {
          failure = new BatchGetException(unread, retry.maxAttempts(), lastThrottling);
        } else {
          failure = null;
        }
      }
      if (failure == null) {
        result.complete(found);
      } else {
        result.completeExceptionally(failure);
      }
    }
  }
}
