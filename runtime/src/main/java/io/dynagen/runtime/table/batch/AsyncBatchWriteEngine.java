package io.dynagen.runtime.table.batch;

import io.dynagen.runtime.table.internal.AsyncCalls;
import io.dynagen.runtime.table.internal.Deadlines;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;

/**
 * The async batch writer's engine: the same buffer ({@link WriteBuffer}: one write per key, a key
 * in flight never overtaken), the same requests and sorting of outcomes ({@link
 * WriteBatchSender}), the same retry policy, progress reports and deadline as {@link
 * BatchWriteEngine}, driven by callbacks instead of threads. Nothing waits: a producer over the
 * bound gets a future that completes when its write is taken in; a resend after backoff is
 * scheduled, not slept; the deadline is a timer, not a timed wait.
 *
 * <p>Bounds: at most {@code maxInFlight} requests in flight, and at most {@code maxHeld} writes
 * held (buffered, waiting for their key, or in flight), so a fast producer cannot fill the
 * memory. One lock guards the state; no callback runs user code or sends a request under it.
 *
 * <p>Once the deadline passes no further request is sent: writes not sent yet (buffered, waiting
 * for room, or due for a resend) are reported as never sent, the requests in flight are settled
 * as usual, and then every future still pending (and any {@code close()} after) fails with the
 * one {@link BatchWriteException} listing exactly the writes that did not land.
 */
final class AsyncBatchWriteEngine {
  /** A producer's write waiting for room, and the future it waits on. */
  private record Waiting(PendingWrite write, CompletableFuture<Void> admitted) {}

  private final WriteBatchSender sender;
  private final RetryPolicy retry;
  private final int maxInFlight;
  private final int maxHeld;
  private final ProgressReporter progress;
  /** System.nanoTime() when the work must end, or {@code Long.MAX_VALUE}. */
  private final long deadlineNanos;
  private final String deadlineText;
  /** Fires {@link #deadlinePassed()}; completing it first (at close) cancels the timer. */
  private final CompletableFuture<Void> deadlineTimer = new CompletableFuture<>();

  private final Object lock = new Object();
  private final WriteBuffer buffer =
      new WriteBuffer(BatchWriteEngine.MAX_WRITES_PER_REQUEST, BatchWriteEngine.MAX_BYTES_PER_REQUEST);
  private final ArrayDeque<Waiting> waiting = new ArrayDeque<>();
  private final List<CompletableFuture<Void>> idle = new ArrayList<>();
  private final List<BatchWriteException.Unwritten<?>> unwritten = new ArrayList<>();
  private final AtomicLong written = new AtomicLong();
  private int held;
  private int running;
  private boolean closed;
  /** Why no further request is sent ("the deadline of PT2S passed"), or {@code null}. */
  private String stopped;
  /** The report of stopped work, once the requests in flight are settled; then the writer is closed. */
  private BatchWriteException ended;

  AsyncBatchWriteEngine(DynamoDbAsyncClient client, BatchWriteOptions options) {
    this.sender = new WriteBatchSender(client);
    this.retry = options.retry();
    this.maxInFlight = options.maxInFlight();
    this.maxHeld = 2 * BatchWriteEngine.MAX_WRITES_PER_REQUEST * maxInFlight;
    this.progress = new ProgressReporter(options.progressListener());
    this.deadlineNanos = Deadlines.at(options.deadline());
    this.deadlineText = options.deadline() == null ? null : "the deadline of " + options.deadline() + " passed";
    if (options.deadline() != null) {
      deadlineTimer.orTimeout(options.deadline().toNanos(), TimeUnit.NANOSECONDS).whenComplete((ignored, failure) -> {
        if (failure instanceof TimeoutException) {
          deadlinePassed();
        }
      });
    }
  }

  /** How many writes the engine holds at most. */
  int maxHeld() {
    return maxHeld;
  }

  /**
   * Takes a checked write in, replacing a held write of its key not yet sent; the future
   * completes once it is taken in (at once while fewer than {@code maxHeld} are held).
   */
  CompletableFuture<Void> add(PendingWrite write) {
    CompletableFuture<Void> admitted;
    List<List<PendingWrite>> due;
    Ending ending;
    synchronized (lock) {
      if (closed) {
        return CompletableFuture.failedFuture(new IllegalStateException(
            "This batch writer is closed" + (stopped == null ? "" : " (" + stopped + ")")
                + ": nothing more can be written through it; make a new one"));
      }
      admitted = new CompletableFuture<>();
      if (stoppedOrLate()) {
        neverSent(List.of(write));
        idle.add(admitted); // fails with the report once the requests in flight are settled
      } else if (held < maxHeld && waiting.isEmpty()) {
        hold(write);
        admitted.complete(null);
      } else {
        waiting.add(new Waiting(write, admitted));
      }
      due = dueBatches();
      ending = endIfStopped();
    }
    ending.tell();
    launch(due);
    return admitted;
  }

  /** Completes once everything taken in so far (and waiting) has landed or been given up. */
  CompletableFuture<Void> flush() {
    CompletableFuture<Void> done = new CompletableFuture<>();
    List<List<PendingWrite>> due;
    List<CompletableFuture<Void>> finished;
    Ending ending;
    synchronized (lock) {
      if (ended != null) {
        return CompletableFuture.failedFuture(ended);
      }
      idle.add(done);
      stoppedOrLate();
      due = dueBatches();
      ending = endIfStopped();
      finished = takeIdleIfDone();
    }
    ending.tell();
    finished.forEach(future -> future.complete(null));
    launch(due);
    return done;
  }

  /**
   * Refuses further writes, sends the rest, and completes once all is settled: exceptionally
   * with a {@link BatchWriteException} listing every write that did not land.
   */
  CompletableFuture<Void> close() {
    synchronized (lock) {
      closed = true;
    }
    CompletableFuture<Void> closing = new CompletableFuture<>();
    flush().whenComplete((ignored, failure) -> {
      deadlineTimer.complete(null);
      if (failure != null) {
        closing.completeExceptionally(AsyncCalls.unwrap(failure));
        return;
      }
      List<BatchWriteException.Unwritten<?>> failed;
      synchronized (lock) {
        failed = new ArrayList<>(unwritten);
        unwritten.clear();
      }
      RuntimeException listenerFailure = progress.failure();
      if (!failed.isEmpty()) {
        BatchWriteException e = new BatchWriteException(failed, null, null);
        if (listenerFailure != null) {
          e.addSuppressed(listenerFailure);
        }
        closing.completeExceptionally(e);
      } else if (listenerFailure != null) {
        closing.completeExceptionally(listenerFailure);
      } else {
        closing.complete(null);
      }
    });
    return closing;
  }

  long written() {
    return written.get();
  }

  /** With the lock held: one more write held; a write of its key not yet sent is replaced. */
  private void hold(PendingWrite write) {
    held++;
    if (buffer.add(write) != null) {
      held--;
    }
  }

  /** With the lock held: partial batches go too once someone waits for the writer to be idle. */
  private boolean batchDue() {
    return stopped == null && (buffer.hasFullBatch() || !idle.isEmpty() && buffer.hasReady());
  }

  /** With the lock held: the batches that are due, taken into free slots. */
  private List<List<PendingWrite>> dueBatches() {
    List<List<PendingWrite>> due = new ArrayList<>(0);
    while (running < maxInFlight && batchDue()) {
      List<PendingWrite> batch = new ArrayList<>(BatchWriteEngine.MAX_WRITES_PER_REQUEST);
      buffer.fill(batch);
      running++;
      due.add(batch);
    }
    return due;
  }

  /** Without the lock: sends each batch in the slot taken for it. */
  private void launch(List<List<PendingWrite>> batches) {
    for (List<PendingWrite> batch : batches) {
      send(batch);
    }
  }

  private void send(List<PendingWrite> batch) {
    sender.sendAsync(batch).whenComplete((outcome, failure) -> settled(outcome));
  }

  /** A batch's outcome: records it, resends what may go again (after backoff), admits producers. */
  private void settled(WriteBatchSender.Outcome outcome) {
    if (!outcome.landed.isEmpty()) {
      // Told before the slot is freed, so close() completes only after the last count is told.
      progress.report(written.addAndGet(outcome.landed.size()));
    }
    List<PendingWrite> resend = new ArrayList<>();
    List<Waiting> admitted = new ArrayList<>();
    List<List<PendingWrite>> due;
    List<CompletableFuture<Void>> finished;
    Ending ending;
    synchronized (lock) {
      for (PendingWrite write : outcome.landed) {
        letGo(write);
      }
      for (PendingWrite write : outcome.notApplied) {
        giveUp(write, BatchWriteException.Outcome.NOT_APPLIED);
      }
      for (PendingWrite write : outcome.unknown) {
        giveUp(write, BatchWriteException.Outcome.UNKNOWN);
      }
      boolean late = stoppedOrLate();
      for (PendingWrite write : outcome.unprocessed) {
        if (buffer.isSuperseded(write.identity())) {
          letGo(write);
        } else if (late) {
          neverSent(List.of(write));
          letGo(write);
        } else if (retry.allowsAnotherAttempt(write.attempts())) {
          resend.add(write);
        } else {
          giveUp(write, BatchWriteException.Outcome.NOT_APPLIED);
        }
      }
      if (resend.isEmpty()) {
        running--;
      }
      while (stopped == null && held < maxHeld && !waiting.isEmpty()) {
        Waiting next = waiting.poll();
        hold(next.write());
        admitted.add(next);
      }
      due = dueBatches();
      ending = endIfStopped();
      finished = takeIdleIfDone();
    }
    // The batches due go first, so a slot is not left empty while admitted producers make their
    // next writes (they resume here, in complete(), outside the lock, and may add more at once).
    launch(due);
    for (Waiting next : admitted) {
      next.admitted().complete(null);
    }
    ending.tell();
    finished.forEach(future -> future.complete(null));
    if (!resend.isEmpty()) {
      long pause = retry.pauseNanos(maxAttempts(resend));
      if (deadlineNanos != Long.MAX_VALUE) {
        pause = Math.max(0, Math.min(pause, deadlineNanos - System.nanoTime()));
      }
      Executor later = CompletableFuture.delayedExecutor(pause, TimeUnit.NANOSECONDS, Runnable::run);
      later.execute(() -> resend(resend));
    }
  }

  /**
   * After the pause: fills the rest of a resend with ready writes, so no slot goes half empty,
   * and sends it; or, past the deadline, reports it never sent again and frees its slot.
   */
  private void resend(List<PendingWrite> resend) {
    Ending ending;
    synchronized (lock) {
      if (!stoppedOrLate()) {
        buffer.fill(resend);
        ending = Ending.NONE;
      } else {
        neverSent(resend);
        resend.forEach(this::letGo);
        running--;
        resend = null;
        ending = endIfStopped();
      }
    }
    ending.tell();
    if (resend != null) {
      send(resend);
    }
  }

  /** The deadline's timer: stops the work, and ends it at once if nothing is in flight. */
  private void deadlinePassed() {
    Ending ending;
    synchronized (lock) {
      stop(deadlineText);
      ending = endIfStopped();
    }
    ending.tell();
  }

  /** With the lock held: a write is done with (landed, or replaced by a newer write of its key). */
  private void letGo(PendingWrite write) {
    held--;
    buffer.release(write.identity());
  }

  /** With the lock held: a write held that will not certainly land is reported, and let go. */
  private void giveUp(PendingWrite write, BatchWriteException.Outcome outcome) {
    BatchWriteException.Outcome honest = write.mayHaveLandedBefore() ? BatchWriteException.Outcome.UNKNOWN : outcome;
    unwritten.add(new BatchWriteException.Unwritten<>(write, honest, null));
    letGo(write);
  }

  /** With the lock held: writes that will never be sent (again), since the work was stopped. */
  private void neverSent(List<PendingWrite> writes) {
    for (PendingWrite write : writes) {
      unwritten.add(BatchWriteEngine.neverSent(write, stopped));
    }
  }

  /** With the lock held: true once the deadline has passed (then the work is stopped), or it was stopped. */
  private boolean stoppedOrLate() {
    if (stopped == null && Deadlines.passed(deadlineNanos)) {
      stop(deadlineText);
    }
    return stopped != null;
  }

  /**
   * With the lock held: no further request is sent; what is buffered, and what waits for room,
   * is reported never sent. The futures of waiting producers fail with the report, at the end.
   */
  private void stop(String why) {
    if (stopped != null || ended != null) {
      return;
    }
    stopped = why;
    List<PendingWrite> unsent = buffer.takeUnsent();
    neverSent(unsent);
    held -= unsent.size(); // their keys stay in flight until their batches are done with them
    for (Waiting next : waiting) {
      neverSent(List.of(next.write()));
      idle.add(next.admitted());
    }
    waiting.clear();
  }

  /**
   * With the lock held, once stopped and nothing is in flight: closes the writer and makes the one
   * report of everything that did not land, for every future still pending (told outside the lock).
   */
  private Ending endIfStopped() {
    if (stopped == null || running > 0 || ended != null) {
      return Ending.NONE;
    }
    closed = true;
    ended = new BatchWriteException(new ArrayList<>(unwritten), "The batch writer stopped sending: " + stopped, null);
    unwritten.clear();
    RuntimeException listenerFailure = progress.failure();
    if (listenerFailure != null) {
      ended.addSuppressed(listenerFailure);
    }
    List<CompletableFuture<Void>> pending = new ArrayList<>(idle);
    idle.clear();
    return new Ending(ended, pending);
  }

  /** The futures to fail with the report of stopped work, outside the lock. */
  private record Ending(BatchWriteException report, List<CompletableFuture<Void>> pending) {
    static final Ending NONE = new Ending(null, List.of());

    void tell() {
      pending.forEach(future -> future.completeExceptionally(report));
    }
  }

  /**
   * With the lock held: the flushes to complete (outside the lock) once nothing is held, waiting
   * or in flight.
   */
  private List<CompletableFuture<Void>> takeIdleIfDone() {
    if (stopped == null && held == 0 && waiting.isEmpty() && running == 0 && !idle.isEmpty()) {
      List<CompletableFuture<Void>> done = new ArrayList<>(idle);
      idle.clear();
      return done;
    }
    return List.of();
  }

  private static int maxAttempts(List<PendingWrite> writes) {
    int max = 0;
    for (PendingWrite write : writes) {
      max = Math.max(max, write.attempts());
    }
    return max;
  }
}
