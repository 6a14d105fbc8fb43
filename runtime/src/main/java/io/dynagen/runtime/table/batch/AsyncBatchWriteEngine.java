package io.dynagen.runtime.table.batch;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;

/**
 * The async batch writer's engine: the same buffer ({@link WriteBuffer}: one write per key, a key
 * in flight never overtaken), the same requests and sorting of outcomes ({@link
 * WriteBatchSender}) and the same retry policy as {@link BatchWriteEngine}, driven by callbacks
 * instead of threads. Nothing waits: a producer over the bound gets a future that completes when
 * its write is taken in; a resend after backoff is scheduled, not slept.
 *
 * <p>Bounds: at most {@code maxInFlight} requests in flight, and at most {@code maxHeld} writes
 * held (buffered, waiting for their key, or in flight), so a fast producer cannot fill the
 * memory. One lock guards the state; no callback runs user code or sends a request under it.
 */
final class AsyncBatchWriteEngine {
  /** A producer's write waiting for room, and the future it waits on. */
  private record Waiting(PendingWrite write, CompletableFuture<Void> admitted) {}

  private final WriteBatchSender sender;
  private final RetryPolicy retry;
  private final int maxInFlight;
  private final int maxHeld;

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

  AsyncBatchWriteEngine(DynamoDbAsyncClient client, BatchWriteOptions options) {
    this.sender = new WriteBatchSender(client);
    this.retry = options.retry();
    this.maxInFlight = options.maxInFlight();
    this.maxHeld = 2 * BatchWriteEngine.MAX_WRITES_PER_REQUEST * maxInFlight;
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
    synchronized (lock) {
      if (closed) {
        return CompletableFuture.failedFuture(new IllegalStateException(
            "This batch writer is closed: nothing more can be written through it; make a new one"));
      }
      if (held < maxHeld && waiting.isEmpty()) {
        hold(write);
        admitted = CompletableFuture.completedFuture(null);
      } else {
        admitted = new CompletableFuture<>();
        waiting.add(new Waiting(write, admitted));
      }
      due = dueBatches();
    }
    launch(due);
    return admitted;
  }

  /** Completes once everything taken in so far (and waiting) has landed or been given up. */
  CompletableFuture<Void> flush() {
    CompletableFuture<Void> done = new CompletableFuture<>();
    List<List<PendingWrite>> due;
    List<CompletableFuture<Void>> finished;
    synchronized (lock) {
      idle.add(done);
      due = dueBatches();
      finished = takeIdleIfDone();
    }
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
      List<BatchWriteException.Unwritten<?>> failed;
      synchronized (lock) {
        failed = new ArrayList<>(unwritten);
        unwritten.clear();
      }
      if (failed.isEmpty()) {
        closing.complete(null);
      } else {
        closing.completeExceptionally(new BatchWriteException(failed, null, null));
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
    return buffer.hasFullBatch() || !idle.isEmpty() && buffer.hasReady();
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
    List<PendingWrite> resend = new ArrayList<>();
    List<Waiting> admitted = new ArrayList<>();
    List<List<PendingWrite>> due;
    List<CompletableFuture<Void>> finished;
    synchronized (lock) {
      written.addAndGet(outcome.landed.size());
      for (PendingWrite write : outcome.landed) {
        letGo(write);
      }
      for (PendingWrite write : outcome.notApplied) {
        giveUp(write, BatchWriteException.Outcome.NOT_APPLIED);
      }
      for (PendingWrite write : outcome.unknown) {
        giveUp(write, BatchWriteException.Outcome.UNKNOWN);
      }
      for (PendingWrite write : outcome.unprocessed) {
        if (buffer.isSuperseded(write.identity())) {
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
      while (held < maxHeld && !waiting.isEmpty()) {
        Waiting next = waiting.poll();
        hold(next.write());
        admitted.add(next);
      }
      due = dueBatches();
      finished = takeIdleIfDone();
    }
    // Callers resume outside the lock: their callbacks may add more writes at once.
    for (Waiting next : admitted) {
      next.admitted().complete(null);
    }
    finished.forEach(future -> future.complete(null));
    launch(due);
    if (!resend.isEmpty()) {
      long pause = retry.pauseNanos(maxAttempts(resend));
      Executor later = CompletableFuture.delayedExecutor(pause, TimeUnit.NANOSECONDS, Runnable::run);
      later.execute(() -> send(topUp(resend)));
    }
  }

  /** After the pause, fills the rest of a resend with ready writes, so no slot goes half empty. */
  private List<PendingWrite> topUp(List<PendingWrite> resend) {
    synchronized (lock) {
      buffer.fill(resend);
    }
    return resend;
  }

  /** With the lock held: a write is done with (landed, or replaced by a newer write of its key). */
  private void letGo(PendingWrite write) {
    held--;
    buffer.release(write.identity());
  }

  /** With the lock held: a write that will not certainly land is reported, and let go. */
  private void giveUp(PendingWrite write, BatchWriteException.Outcome outcome) {
    BatchWriteException.Outcome honest = write.mayHaveLandedBefore() ? BatchWriteException.Outcome.UNKNOWN : outcome;
    unwritten.add(new BatchWriteException.Unwritten<>(write, honest, null));
    letGo(write);
  }

  /**
   * With the lock held: the flushes to complete (outside the lock) once nothing is held, waiting
   * or in flight.
   */
  private List<CompletableFuture<Void>> takeIdleIfDone() {
    if (held == 0 && waiting.isEmpty() && running == 0 && !idle.isEmpty()) {
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
