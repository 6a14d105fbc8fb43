package io.dynagen.runtime.table.batch;

import io.dynagen.runtime.table.internal.Deadlines;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The one batch writer behind {@link BatchWriter} and {@link MultiTableBatchWriter}: buffers
 * checked writes, sends them as BatchWriteItem requests of at most 25 writes and 16 MB with up
 * to {@code maxInFlight} requests in flight, resends what the service leaves unprocessed (or
 * throttles) with backoff, and keeps what could not be written for {@link #close()} to report.
 *
 * <p>Bulk work can be cut short: by the deadline of its options, or by an interrupt of a thread
 * blocked in {@code add}, {@code flush} or {@code close}. Then no further request is sent;
 * writes not yet sent are reported as not applied; requests in flight are waited for (each ends
 * within the client's own timeouts) and settled as usual; and the call that met the deadline or
 * interrupt throws the {@link BatchWriteException}, closing the writer.
 *
 * <p>Thread-safe. One lock guards the buffer and the counters; requests are sent outside it.
 * Each task on the executor holds one in-flight slot and sends batches until none is due, so a
 * long load does not hop threads per batch (nor recurse, with a caller-runs executor).
 */
final class BatchWriteEngine {
  /** DynamoDB's limits on one BatchWriteItem request. */
  static final int MAX_WRITES_PER_REQUEST = 25;

  static final long MAX_BYTES_PER_REQUEST = 16L * 1024 * 1024;

  private final WriteBatchSender sender;
  private final RetryPolicy retry;
  private final int maxInFlight;
  private final Executor executor;
  private final ThreadPoolExecutor ownThreads;
  private final ProgressReporter progress;

  private final ReentrantLock lock = new ReentrantLock();
  /** Signalled whenever a batch ends or its writes land: wakes flushes and blocked puts. */
  private final Condition changed = lock.newCondition();
  private final WriteBuffer buffer = new WriteBuffer(MAX_WRITES_PER_REQUEST, MAX_BYTES_PER_REQUEST);
  private final List<BatchWriteException.Unwritten<?>> unwritten = new ArrayList<>();
  /** System.nanoTime() when the work must end, or {@code Long.MAX_VALUE}. */
  private final long deadlineNanos;
  private final String deadlineText;
  private final AtomicLong written = new AtomicLong();
  private int running;
  private int draining;
  private boolean closed;
  /** Why no further request is sent ("the deadline of PT2S passed"), or {@code null}. */
  private String stopped;
  private InterruptedException interrupt;
  /** The thread whose interrupt stopped the work: its interrupt status is restored, no other's. */
  private Thread interrupted;
  private boolean reported;

  BatchWriteEngine(DynamoDbClient client, BatchWriteOptions options) {
    this.sender = new WriteBatchSender(client);
    this.retry = options.retry();
    this.maxInFlight = options.maxInFlight();
    if (options.executor() != null) {
      this.executor = options.executor();
      this.ownThreads = null;
    } else {
      this.ownThreads = ownThreads(maxInFlight);
      this.executor = ownThreads;
    }
    this.progress = new ProgressReporter(options.progressListener());
    this.deadlineNanos = Deadlines.at(options.deadline());
    this.deadlineText = options.deadline() == null ? null : "the deadline of " + options.deadline() + " passed";
  }

  /** Daemon threads, so a writer never closed does not keep the JVM alive; idle ones end. */
  private static ThreadPoolExecutor ownThreads(int threads) {
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            threads, threads, 10, TimeUnit.SECONDS, new LinkedBlockingQueue<Runnable>(), new WriterThreads());
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }

  /**
   * Buffers a checked write, replacing a buffered write of its key, and starts batches that are
   * due. Blocks while a full batch waits and every slot is busy, so that a fast producer cannot
   * fill the memory.
   *
   * @throws IllegalStateException if the writer is closed
   */
  void add(PendingWrite write) {
    List<List<PendingWrite>> due;
    BatchWriteException ended = null;
    lock.lock();
    try {
      if (closed) {
        throw new IllegalStateException(
            "This batch writer is closed: nothing more can be written through it; make a new one");
      }
      buffer.add(write);
      while (stopped == null && buffer.hasFullBatch() && running >= maxInFlight) {
        awaitChangeOrStop();
      }
      if (stopped == null && Deadlines.passed(deadlineNanos)) {
        stop(deadlineText);
      }
      if (stopped != null) {
        ended = end();
        due = List.of();
      } else {
        due = dueBatches();
      }
    } finally {
      lock.unlock();
    }
    if (ended != null) {
      throw ended;
    }
    launch(due);
  }

  /**
   * Sends everything buffered and waits until nothing is buffered or in flight (writes other
   * threads add meanwhile included).
   */
  void flush() {
    lock.lock();
    try {
      if (closed) {
        throw new IllegalStateException("This batch writer is closed: there is nothing to flush");
      }
      drain();
      if (stopped != null) {
        throw end();
      }
    } finally {
      lock.unlock();
    }
  }

  /**
   * Refuses further writes, sends everything buffered, waits for every batch, and reports what
   * did not land. A second call does nothing.
   *
   * @throws BatchWriteException listing every write that did not land
   */
  void close() {
    List<BatchWriteException.Unwritten<?>> failed;
    lock.lock();
    try {
      if (closed) {
        return;
      }
      drain();
      if (stopped != null) {
        throw end();
      }
      closed = true;
      reported = true;
      failed = new ArrayList<>(unwritten);
    } finally {
      lock.unlock();
    }
    if (ownThreads != null) {
      ownThreads.shutdown();
    }
    RuntimeException listenerFailure = progress.failure();
    if (!failed.isEmpty()) {
      BatchWriteException e = new BatchWriteException(failed, null, null);
      if (listenerFailure != null) {
        e.addSuppressed(listenerFailure);
      }
      throw e;
    }
    if (listenerFailure != null) {
      throw listenerFailure;
    }
  }

  /** Puts and deletes landed so far. */
  long written() {
    return written.get();
  }

  /** With the lock held: starts partial batches too, and waits until everything is done. */
  private void drain() {
    draining++;
    try {
      while (stopped == null && (!buffer.isEmpty() || running > 0)) {
        List<List<PendingWrite>> due = dueBatches();
        if (due.isEmpty()) {
          awaitChangeOrStop();
        } else {
          lock.unlock();
          try {
            launch(due);
          } finally {
            lock.lock();
          }
        }
      }
    } finally {
      draining--;
    }
  }

  /** With the lock held: true if a batch should go now. */
  private boolean batchDue() {
    return buffer.hasFullBatch() || draining > 0 && buffer.hasReady();
  }

  /** With the lock held: takes the batches that are due into free slots, to be launched. */
  private List<List<PendingWrite>> dueBatches() {
    List<List<PendingWrite>> due = new ArrayList<>(0);
    while (running < maxInFlight && batchDue()) {
      List<PendingWrite> batch = new ArrayList<>(MAX_WRITES_PER_REQUEST);
      buffer.fill(batch);
      running++;
      due.add(batch);
    }
    return due;
  }

  /** Without the lock: runs each batch on the executor, in the slot taken for it. */
  private void launch(List<List<PendingWrite>> batches) {
    for (List<PendingWrite> batch : batches) {
      try {
        executor.execute(new BatchTask(batch));
      } catch (RejectedExecutionException e) {
        abandon(batch, e, BatchWriteException.Outcome.NOT_APPLIED);
      }
    }
  }

  /**
   * A batch that could not run, or whose task failed: its writes are reported with {@code
   * outcome}, and its slot is free.
   */
  private void abandon(List<PendingWrite> batch, Throwable failure, BatchWriteException.Outcome outcome) {
    lock.lock();
    try {
      for (PendingWrite write : batch) {
        write.attempted(failure);
        giveUp(write, outcome, null);
      }
      running--;
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** With the lock held: a write that will not certainly land is reported, and its key freed. */
  private void giveUp(PendingWrite write, BatchWriteException.Outcome outcome, String why) {
    BatchWriteException.Outcome honest = write.mayHaveLandedBefore() ? BatchWriteException.Outcome.UNKNOWN : outcome;
    unwritten.add(new BatchWriteException.Unwritten<>(write, honest, why));
    buffer.release(write.identity());
  }

  /** With the lock held: writes that will never be sent, since the work was stopped. */
  private void neverSent(List<PendingWrite> writes) {
    for (PendingWrite write : writes) {
      unwritten.add(neverSent(write, stopped));
      buffer.release(write.identity());
    }
  }

  /** The report of a write never sent (again) since the work stopped, sync or async alike. */
  static BatchWriteException.Unwritten<?> neverSent(PendingWrite write, String stopped) {
    String why = (write.attempts() == 0 ? "never sent: " : "not sent again after " + write.attempts()
        + (write.attempts() == 1 ? " attempt: " : " attempts: ")) + stopped;
    BatchWriteException.Outcome outcome =
        write.mayHaveLandedBefore() ? BatchWriteException.Outcome.UNKNOWN : BatchWriteException.Outcome.NOT_APPLIED;
    return new BatchWriteException.Unwritten<>(write, outcome, why);
  }

  /**
   * With the lock held: waits for a change, until the deadline at most; a deadline passed or an
   * interrupt stops the work.
   */
  private void awaitChangeOrStop() {
    long left = deadlineNanos == Long.MAX_VALUE ? Long.MAX_VALUE : deadlineNanos - System.nanoTime();
    if (left <= 0) {
      stop(deadlineText);
      return;
    }
    try {
      if (left == Long.MAX_VALUE) {
        changed.await();
      } else {
        changed.awaitNanos(left);
      }
    } catch (InterruptedException e) {
      interrupt = e;
      interrupted = Thread.currentThread();
      stop("the thread was interrupted");
    }
  }

  /** With the lock held: no further request is sent; what is buffered is reported never sent. */
  private void stop(String why) {
    if (stopped != null) {
      return;
    }
    stopped = why;
    neverSent(buffer.takeUnsent());
    changed.signalAll();
  }

  /**
   * With the lock held, once stopped: waits for the requests in flight (each ends within the
   * client's timeouts), closes the writer and gives the exception reporting everything. The
   * interrupt status is restored, as it was when the interrupt stopped the work.
   */
  private BatchWriteException end() {
    while (running > 0) {
      changed.awaitUninterruptibly();
    }
    neverSent(buffer.takeUnsent());
    closed = true;
    if (ownThreads != null) {
      ownThreads.shutdown();
    }
    if (interrupted == Thread.currentThread()) {
      Thread.currentThread().interrupt();
    }
    if (reported) {
      return new BatchWriteException(List.of(), stopped + "; the writes were reported before", interrupt);
    }
    reported = true;
    String ending = "The batch writer stopped sending: " + stopped;
    BatchWriteException e = new BatchWriteException(new ArrayList<>(unwritten), ending, interrupt);
    RuntimeException listenerFailure = progress.failure();
    if (listenerFailure != null) {
      e.addSuppressed(listenerFailure);
    }
    return e;
  }

  /** True once the deadline has passed (and then the work is stopped), or the work was stopped. */
  private boolean stoppedOrLate() {
    if (stopped == null && Deadlines.passed(deadlineNanos)) {
      stop(deadlineText);
    }
    return stopped != null;
  }

  /**
   * With the lock held: records what became of a batch's writes. Returns the writes to resend,
   * the others being landed, given up, or replaced by a newer write of their key.
   */
  private List<PendingWrite> settle(WriteBatchSender.Outcome outcome) {
    written.addAndGet(outcome.landed.size());
    for (PendingWrite write : outcome.landed) {
      buffer.release(write.identity());
    }
    for (PendingWrite write : outcome.notApplied) {
      giveUp(write, BatchWriteException.Outcome.NOT_APPLIED, null);
    }
    for (PendingWrite write : outcome.unknown) {
      giveUp(write, BatchWriteException.Outcome.UNKNOWN, null);
    }
    List<PendingWrite> resend = new ArrayList<>(outcome.unprocessed.size());
    boolean late = stoppedOrLate();
    for (PendingWrite write : outcome.unprocessed) {
      if (buffer.isSuperseded(write.identity())) {
        buffer.release(write.identity());
      } else if (late) {
        neverSent(List.of(write));
      } else if (retry.allowsAnotherAttempt(write.attempts())) {
        resend.add(write);
      } else {
        giveUp(write, BatchWriteException.Outcome.NOT_APPLIED, null);
      }
    }
    changed.signalAll();
    return resend;
  }

  /** Sends batches in one slot: its first, the resends, and whatever else is due meanwhile. */
  private final class BatchTask implements Runnable {
    private final List<PendingWrite> first;

    BatchTask(List<PendingWrite> first) {
      this.first = first;
    }

    @Override
    public void run() {
      List<PendingWrite> batch = first;
      boolean holdsSlot = true;
      try {
        while (batch != null) {
          if (dropIfStopped(batch)) {
            batch = null;
            holdsSlot = false;
            break;
          }
          WriteBatchSender.Outcome outcome = sender.send(batch);
          List<PendingWrite> resend = settleAndLaunch(outcome);
          batch = resend.isEmpty() ? null : resend;
          if (!outcome.landed.isEmpty()) {
            // Told while the slot is held, so close() returns only after the last count is told.
            progress.report(written.get());
          }
          if (batch == null) {
            batch = nextOrNone();
            holdsSlot = batch != null;
          } else {
            retry.pause(maxAttempts(batch), deadlineNanos);
            topUp(batch);
          }
        }
      } catch (Throwable t) {
        // Only an Error or a bug gets here (the sender sorts every failure of a request), but
        // the writes held must still be reported and the slot freed, or close() would wait
        // forever. (An Error amid settling may report a write twice; better than losing it.)
        if (batch != null) {
          abandon(batch, t, BatchWriteException.Outcome.UNKNOWN);
        } else if (holdsSlot) {
          abandon(List.of(), t, BatchWriteException.Outcome.UNKNOWN);
        }
        throw t;
      }
    }

    /**
     * If the work was stopped (or the deadline passed), reports the batch as never sent and
     * frees its slot instead of sending it.
     */
    private boolean dropIfStopped(List<PendingWrite> batch) {
      lock.lock();
      try {
        if (!stoppedOrLate()) {
          return false;
        }
        neverSent(batch);
        running--;
        changed.signalAll();
        return true;
      } finally {
        lock.unlock();
      }
    }

    /** Settles the outcome, and launches batches that the keys it freed made due in free slots. */
    private List<PendingWrite> settleAndLaunch(WriteBatchSender.Outcome outcome) {
      List<PendingWrite> resend;
      List<List<PendingWrite>> due;
      lock.lock();
      try {
        resend = settle(outcome);
        due = dueBatches();
      } finally {
        lock.unlock();
      }
      launch(due);
      return resend;
    }

    /** The next due batch for this slot, or {@code null} after freeing the slot. */
    private List<PendingWrite> nextOrNone() {
      List<PendingWrite> next = null;
      List<List<PendingWrite>> due;
      lock.lock();
      try {
        if (batchDue()) {
          next = new ArrayList<>(MAX_WRITES_PER_REQUEST);
          buffer.fill(next);
        } else {
          running--;
          changed.signalAll();
        }
        due = dueBatches();
      } finally {
        lock.unlock();
      }
      launch(due);
      return next;
    }

    /** After the pause, fills the rest of a resend with buffered writes, so no slot goes half empty. */
    private void topUp(List<PendingWrite> resend) {
      lock.lock();
      try {
        buffer.fill(resend);
      } finally {
        lock.unlock();
      }
    }
  }

  private static int maxAttempts(List<PendingWrite> writes) {
    int max = 0;
    for (PendingWrite write : writes) {
      max = Math.max(max, write.attempts());
    }
    return max;
  }

  /** Names the writer's own threads, and makes them daemons. */
  private static final class WriterThreads implements ThreadFactory {
    private static final AtomicInteger COUNT = new AtomicInteger();

    @Override
    public Thread newThread(Runnable task) {
      Thread thread = new Thread(task, "dynagen-batch-writer-" + COUNT.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }
  }
}
