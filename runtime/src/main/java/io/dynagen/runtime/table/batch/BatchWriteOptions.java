package io.dynagen.runtime.table.batch;

import io.dynagen.runtime.table.internal.Deadlines;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.LongConsumer;

/**
 * Options of a {@link BatchWriter} or {@link MultiTableBatchWriter}. Immutable: each {@code with}
 * method returns a changed copy, as in {@code
 * BatchWriteOptions.defaults().withMaxInFlight(8).withMaxAttempts(20)}.
 *
 * <p>The defaults: 8 batches in flight, 10 attempts per request, pauses between attempts drawn
 * from 0 to 50 ms, doubling up to 5 s; the writer's own daemon threads; no progress listener.
 */
public final class BatchWriteOptions {
  static final int MAX_IN_FLIGHT_LIMIT = 64;

  // 8 in flight: against DynamoDB Local on loopback (2 cores), the raw client's batchWriteItem gave
  // 83 % of its best rate with 4 in flight and 91 % with 8 (BENCHMARKS.md); the real service's
  // longer round trips make requests in flight worth more, and throttling is retried with backoff.
  private static final BatchWriteOptions DEFAULTS =
      new BatchWriteOptions(8, RetryPolicy.DEFAULTS, null, null, null, false);

  private final int maxInFlight;
  private final RetryPolicy retry;
  private final Executor executor;
  private final LongConsumer progressListener;
  private final Duration deadline;
  private final boolean versionsUnchecked;

  private BatchWriteOptions(
      int maxInFlight, RetryPolicy retry, Executor executor, LongConsumer progressListener, Duration deadline,
      boolean versionsUnchecked) {
    this.maxInFlight = maxInFlight;
    this.retry = retry;
    this.executor = executor;
    this.progressListener = progressListener;
    this.deadline = deadline;
    this.versionsUnchecked = versionsUnchecked;
  }

  /** {@return the default options} */
  public static BatchWriteOptions defaults() {
    return DEFAULTS;
  }

  /**
   * {@return these options, with up to {@code batches} BatchWriteItem requests in flight at once
   * (each request in flight holds one connection of the client's pool)}
   *
   * @param batches how many requests at once
   * @throws IllegalArgumentException unless {@code batches} is from 1 to 64
   */
  public BatchWriteOptions withMaxInFlight(int batches) {
    if (batches < 1 || batches > MAX_IN_FLIGHT_LIMIT) {
      throw new IllegalArgumentException(
          "maxInFlight is " + batches + ": it must be from 1 (one batch at a time) to "
              + MAX_IN_FLIGHT_LIMIT);
    }
    return new BatchWriteOptions(batches, retry, executor, progressListener, deadline, versionsUnchecked);
  }

  /**
   * {@return these options, sending each put or delete at most {@code attempts} times, the first
   * included, while the service leaves it unprocessed or throttles the request}
   *
   * @param attempts how many attempts, the first included
   * @throws IllegalArgumentException unless {@code attempts} is from 1 to 100
   */
  public BatchWriteOptions withMaxAttempts(int attempts) {
    return new BatchWriteOptions(maxInFlight, retry.withMaxAttempts(attempts), executor, progressListener, deadline, versionsUnchecked);
  }

  /**
   * {@return these options, pausing before attempt {@code n + 1} for a random time from zero to
   * {@code min(cap, base * 2^(n - 1))} (exponential backoff with full jitter)}
   *
   * @param base the upper bound of the first pause
   * @param cap the largest upper bound of a pause
   * @throws IllegalArgumentException unless {@code base} is from 0 to 1 minute and {@code cap}
   *     from {@code base} to 15 minutes
   */
  public BatchWriteOptions withBackoff(Duration base, Duration cap) {
    return new BatchWriteOptions(maxInFlight, retry.withBackoff(base, cap), executor, progressListener, deadline, versionsUnchecked);
  }

  /**
   * {@return these options, sending batches on {@code executor} instead of the writer's own daemon
   * threads} The writer does not shut it down. It must run tasks on other threads for batches to be
   * in flight together; a caller-runs executor makes every write synchronous. The async writer,
   * which runs no task of its own, refuses it.
   *
   * @param executor where to run them
   */
  public BatchWriteOptions withExecutor(Executor executor) {
    return new BatchWriteOptions(maxInFlight, retry, Objects.requireNonNull(executor, "executor"), progressListener, deadline, versionsUnchecked);
  }

  /**
   * {@return these options, telling {@code listener} how many puts and deletes have landed so far,
   * each time batches land} It is called on the writer's threads (the async writer's: the thread
   * completing the client's response), one call at a time, with counts
   * that only grow; the last call gives the total, before {@code close()} returns. It should return
   * quickly, and must not write through, flush or close the same writer (it runs while a batch
   * holds its slot). An exception it throws is caught, so writing goes on, and {@code close()}
   * rethrows it.
   *
   * @param listener told the number of writes landed so far
   */
  public BatchWriteOptions withProgressListener(LongConsumer listener) {
    return new BatchWriteOptions(maxInFlight, retry, executor, Objects.requireNonNull(listener, "listener"), deadline, versionsUnchecked);
  }

  /**
   * {@return these options, with a deadline: the writer may send requests for {@code timeout} after
   * it is made, no longer} When it passes, no further request is sent, writes not yet sent are
   * reported as not applied, requests in flight are waited for (each ends within the client's own
   * timeouts: its API call timeout, or its socket timeout times its retries), and the next call of
   * {@code put}, {@code delete}, {@code flush} or {@code close} (or one blocked in them) throws the
   * {@link BatchWriteException} and closes the writer (the async writer fails every future still
   * pending, and {@code close()}'s, with it). See docs/reliability.md for how this
   * combines with the SDK's timeouts and retries.
   *
   * @param timeout how long it may take, from the start
   * @throws IllegalArgumentException unless {@code timeout} is more than zero and at most a day
   */
  public BatchWriteOptions withDeadline(Duration timeout) {
    return new BatchWriteOptions(maxInFlight, retry, executor, progressListener, Deadlines.check(timeout), versionsUnchecked);
  }

  /**
   * {@return these options, letting the writer put (and delete as objects) items of a {@code
   * @Version} class <em>without checking their version</em>: BatchWriteItem takes no conditions, so
   * a put replaces whatever is stored, whatever its version, and could undo a concurrent write that
   * the version exists to catch} Each put stores the version a single put would (the object's
   * version plus one, or the first version for a new object), unconditionally. Meant for loads into
   * a table nothing else writes yet (a new table, a migration, a restore); without it, the writer
   * refuses versioned classes.
   */
  public BatchWriteOptions unsafelyWriteVersionsUnchecked() {
    return new BatchWriteOptions(maxInFlight, retry, executor, progressListener, deadline, true);
  }

  /** {@return true if the writer writes versioned items without checking their version} */
  public boolean writesVersionsUnchecked() {
    return versionsUnchecked;
  }

  /** {@return the deadline, counted from when a writer is made, or {@code null} for none} */
  public Duration deadline() {
    return deadline;
  }

  /**
   * Batches in flight at once.
   *
   * @return the batches in flight at once
   */
  public int maxInFlight() {
    return maxInFlight;
  }

  /**
   * Attempts per put or delete, the first included.
   *
   * @return the attempts per put or delete, the first included
   */
  public int maxAttempts() {
    return retry.maxAttempts();
  }

  /** {@return the upper bound of the first pause before a resend} */
  public Duration backoffBase() {
    return retry.base();
  }

  /** {@return the largest upper bound of a pause before a resend} */
  public Duration backoffCap() {
    return retry.cap();
  }

  RetryPolicy retry() {
    return retry;
  }

  /** The executor to send batches on, or {@code null} for the writer's own threads. */
  Executor executor() {
    return executor;
  }

  /** The progress listener, or {@code null}. */
  LongConsumer progressListener() {
    return progressListener;
  }

  @Override
  public String toString() {
    return "BatchWriteOptions[maxInFlight=" + maxInFlight + ", maxAttempts=" + retry.maxAttempts()
        + ", backoff=" + retry.base() + ".." + retry.cap() + (executor == null ? "" : ", executor")
        + (progressListener == null ? "" : ", progressListener")
        + (deadline == null ? "" : ", deadline=" + deadline)
        + (versionsUnchecked ? ", versionsUnchecked" : "") + "]";
  }
}
