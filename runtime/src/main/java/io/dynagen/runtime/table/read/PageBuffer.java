package io.dynagen.runtime.table.read;

import io.dynagen.runtime.table.DeadlineExceededException;
import io.dynagen.runtime.table.TableNotFoundException;
import io.dynagen.runtime.table.internal.Deadlines;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import software.amazon.awssdk.core.exception.AbortedException;

/**
 * The hand-over between the segment workers of a parallel scan and the one thread that reads
 * its results: a bounded queue of pages, so that a slow reader makes the workers wait instead of
 * filling memory, which also carries the end (every worker done), the first failure of any
 * worker, and the stop that ends the workers early.
 *
 * <p>One lock guards it all, so that a stop or a failure wakes every waiting thread at once: no
 * worker stays blocked on a full queue that nobody will read again.
 *
 * @param <P> what a page is: the decoded items of one response, or its count
 */
final class PageBuffer<P> {
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition notEmpty = lock.newCondition();
  private final Condition notFull = lock.newCondition();
  private final ArrayDeque<P> pages;
  private final int capacity;
  private int workersLeft;
  private boolean stopped;
  private Throwable failure;
  private final Duration deadline;
  private final long deadlineNanos;
  private final String what;

  /**
   * @param capacity how many pages may wait for the reader
   * @param workers how many workers will call {@link #workerDone()}
   */
  PageBuffer(int capacity, int workers) {
    this(capacity, workers, null, null);
  }

  /**
   * @param deadline how long the read may take from now, or {@code null}
   * @param what the read, for the message when the deadline passes
   */
  PageBuffer(int capacity, int workers, Duration deadline, String what) {
    this.pages = new ArrayDeque<>(capacity);
    this.capacity = capacity;
    this.workersLeft = workers;
    this.deadline = deadline;
    this.deadlineNanos = Deadlines.at(deadline);
    this.what = what;
  }

  /**
   * True once the deadline has passed: then the read fails with a {@link DeadlineExceededException},
   * and every worker stops after its request in flight.
   */
  boolean checkDeadline() {
    if (!Deadlines.passed(deadlineNanos)) {
      return false;
    }
    fail(new DeadlineExceededException("The " + what + " passed its deadline of " + deadline
        + ": its segments stopped sending, each after its request in flight; the items taken so far"
        + " were all read"));
    return true;
  }

  /**
   * Adds a page, waiting while the buffer is full.
   *
   * @return false if the scan was stopped: the worker should end
   */
  boolean put(P page) throws InterruptedException {
    lock.lockInterruptibly();
    try {
      while (pages.size() == capacity && !stopped) {
        notFull.await();
      }
      if (stopped) {
        return false;
      }
      pages.add(page);
      notEmpty.signal();
      return true;
    } finally {
      lock.unlock();
    }
  }

  /** True once the reader stopped or a worker failed: workers should send no more requests. */
  boolean isStopped() {
    lock.lock();
    try {
      return stopped;
    } finally {
      lock.unlock();
    }
  }

  /** A worker ended, whether it finished, stopped or failed. */
  void workerDone() {
    lock.lock();
    try {
      workersLeft--;
      notEmpty.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /**
   * A worker failed (with a {@link RuntimeException} or an {@link Error}): the first failure is
   * kept for the reader, and every worker stops.
   */
  void fail(Throwable workerFailure) {
    lock.lock();
    try {
      if (failure == null) {
        failure = workerFailure;
      }
      stopLocked();
    } finally {
      lock.unlock();
    }
  }

  /** The reader is done: the waiting pages are dropped and workers end after their request. */
  void stop() {
    lock.lock();
    try {
      stopLocked();
    } finally {
      lock.unlock();
    }
  }

  private void stopLocked() {
    stopped = true;
    pages.clear();
    notFull.signalAll();
    notEmpty.signalAll();
  }

  /**
   * The next page, waiting for one.
   *
   * @return the page, or {@code null} at the end: every worker done and every page taken, or the
   *     reader stopped
   * @throws RuntimeException the first failure of a worker, as it was thrown there (such as a
   *     {@link TableNotFoundException}), every time it is called after that
   * @throws AbortedException if the reader is interrupted while waiting (the workers are
   *     stopped and the interrupt flag is kept)
   */
  P take() {
    try {
      lock.lockInterruptibly();
    } catch (InterruptedException e) {
      throw interrupted(e);
    }
    try {
      while (true) {
        if (failure instanceof Error error) {
          throw error;
        }
        if (failure != null) {
          throw (RuntimeException) failure;
        }
        P page = pages.poll();
        if (page != null) {
          notFull.signal();
          return page;
        }
        if (workersLeft == 0 || stopped) {
          return null;
        }
        if (deadlineNanos == Long.MAX_VALUE) {
          notEmpty.await();
        } else if (Deadlines.passed(deadlineNanos)) {
          lock.unlock();
          try {
            checkDeadline();
          } finally {
            lock.lock();
          }
        } else {
          notEmpty.awaitNanos(deadlineNanos - System.nanoTime());
        }
      }
    } catch (InterruptedException e) {
      throw interrupted(e);
    } finally {
      lock.unlock();
    }
  }

  private AbortedException interrupted(InterruptedException e) {
    Thread.currentThread().interrupt();
    stop();
    return AbortedException.builder()
        .message("Interrupted while waiting for the items of a parallel scan; its segments are stopped")
        .cause(e)
        .build();
  }
}
