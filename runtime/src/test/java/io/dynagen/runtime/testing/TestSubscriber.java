package io.dynagen.runtime.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A subscriber that records every signal, asks for nothing by itself, and lets the test request
 * and cancel: to check back-pressure and cancellation of a publisher step by step. Records too
 * whether each signal came on the event loop of a {@link OneThreadAsyncClient}.
 */
public final class TestSubscriber<T> implements Flow.Subscriber<T> {
  /** One signal: an item, the end, or a failure; the thread it came on, and whether that is the loop. */
  public record Signal<T>(T item, boolean complete, Throwable failure, boolean onEventLoop, Thread thread) {}

  private final OneThreadAsyncClient loop;
  private final BlockingQueue<Signal<T>> signals = new LinkedBlockingQueue<>();
  private final List<T> items = new ArrayList<>();
  private volatile Flow.Subscription subscription;
  private volatile boolean cancelInOnNext;
  private volatile RuntimeException throwFromOnNext;
  private volatile RuntimeException throwFromEnd;

  public TestSubscriber(OneThreadAsyncClient loop) {
    this.loop = loop;
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
  }

  @Override
  public void onNext(T item) {
    synchronized (items) {
      items.add(item);
    }
    signals.add(new Signal<>(item, false, null, loop.onEventLoop(), Thread.currentThread()));
    if (cancelInOnNext) {
      subscription.cancel();
    }
    RuntimeException thrown = throwFromOnNext;
    if (thrown != null) {
      throw thrown;
    }
  }

  @Override
  public void onError(Throwable failure) {
    signals.add(new Signal<>(null, false, failure, loop.onEventLoop(), Thread.currentThread()));
    throwIfAsked();
  }

  @Override
  public void onComplete() {
    signals.add(new Signal<>(null, true, null, loop.onEventLoop(), Thread.currentThread()));
    throwIfAsked();
  }

  private void throwIfAsked() {
    RuntimeException thrown = throwFromEnd;
    if (thrown != null) {
      throw thrown;
    }
  }

  /** Throws {@code thrown} from each later {@code onNext}, after recording it: a subscriber breaking rule 2.13. */
  public void throwFromOnNext(RuntimeException thrown) {
    throwFromOnNext = thrown;
  }

  /** Throws {@code thrown} from {@code onError} and {@code onComplete}, after recording them. */
  public void throwFromEnd(RuntimeException thrown) {
    throwFromEnd = thrown;
  }

  public void request(long n) {
    subscription.request(n);
  }

  public void cancel() {
    subscription.cancel();
  }

  /** Cancels from within the next {@code onNext}, as a subscriber that has seen enough does. */
  public void cancelInOnNext() {
    cancelInOnNext = true;
  }

  /** The next signal; fails the test if none comes within a minute (the loop is blocked). */
  public Signal<T> next() throws InterruptedException {
    Signal<T> signal = signals.poll(60, TimeUnit.SECONDS);
    if (signal == null) {
      throw new AssertionError("No signal within a minute: is the event loop blocked?");
    }
    return signal;
  }

  /** The signals already received and not yet taken, without waiting. */
  public List<Signal<T>> pending() {
    List<Signal<T>> drained = new ArrayList<>();
    signals.drainTo(drained);
    return drained;
  }

  /** Requests everything and collects items until the end; rethrows a failure. */
  public List<T> all() throws Throwable {
    request(Long.MAX_VALUE);
    while (true) {
      Signal<T> signal = next();
      if (signal.failure() != null) {
        throw signal.failure();
      }
      if (signal.complete()) {
        synchronized (items) {
          return List.copyOf(items);
        }
      }
    }
  }
}
