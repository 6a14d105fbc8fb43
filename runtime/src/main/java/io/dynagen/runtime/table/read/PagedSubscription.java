package io.dynagen.runtime.table.read;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * What the subscriptions of the async reads share, as Reactive Streams want them: the subscriber's
 * demand, the items of arrived pages held until it asks for them, and a drain loop that serializes
 * signals and that any thread may run (the subscriber's {@code request} or {@code cancel}, or a
 * response's callback), so that a subscriber requesting from {@code onNext} does not recurse.
 * Subclasses say how pages arrive and when requests go out. Nothing waits.
 *
 * @param <E> what is emitted: pages, the items of the pages, or their counts
 */
abstract class PagedSubscription<E> implements Flow.Subscription {
  private final Flow.Subscriber<? super E> subscriber;
  private final Function<RawPage, List<E>> emitted;
  private final AtomicLong demand = new AtomicLong();
  private final AtomicInteger work = new AtomicInteger();
  /** Touched only inside the drain loop. */
  private final ArrayDeque<E> buffered = new ArrayDeque<>();
  private boolean ended;

  private volatile boolean cancelled;
  private volatile Throwable badRequest;

  PagedSubscription(Flow.Subscriber<? super E> subscriber, Function<RawPage, List<E>> emitted) {
    this.subscriber = Objects.requireNonNull(subscriber, "subscriber");
    this.emitted = emitted;
  }

  @Override
  public final void request(long n) {
    if (n <= 0) {
      badRequest = new IllegalArgumentException(
          "request(" + n + ") asks for no items: Reactive Streams rule 3.9 wants a positive number");
    } else {
      demand.getAndUpdate(current -> current + n < 0 ? Long.MAX_VALUE : current + n);
    }
    drain();
  }

  @Override
  public final void cancel() {
    cancelled = true;
    cancelRequests();
    drain();
  }

  /** Runs the drain loop, or has the thread running it go round once more. */
  final void drain() {
    if (work.getAndIncrement() != 0) {
      return;
    }
    int missed = 1;
    do {
      step();
      missed = work.addAndGet(-missed);
    } while (missed != 0);
  }

  /** Inside the drain loop: takes in what arrived, delivers what it can, sends what is wanted. */
  private void step() {
    if (ended) {
      return;
    }
    if (cancelled) {
      end();
      return;
    }
    if (badRequest != null) {
      fail(badRequest);
      return;
    }
    if (!takeArrivals()) {
      return;
    }
    long wanted = demand.get();
    long sent = 0;
    while (sent < wanted && !buffered.isEmpty() && !cancelled) {
      subscriber.onNext(buffered.poll());
      sent++;
    }
    if (sent > 0 && wanted != Long.MAX_VALUE) {
      demand.addAndGet(-sent);
    }
    if (cancelled) {
      end();
    } else if (buffered.isEmpty() && allRead()) {
      end();
      subscriber.onComplete();
    } else {
      sendWhileWanted();
    }
  }

  /**
   * Inside the drain loop: holds what the arrived page emits for the subscriber.
   *
   * @return false if the page could not be read (an item that does not fit the class), which
   *     ended the stream
   */
  final boolean hold(RawPage page) {
    try {
      buffered.addAll(emitted.apply(page));
      return true;
    } catch (RuntimeException e) {
      fail(e); // MappingException
      return false;
    }
  }

  /** Inside the drain loop: true if fewer items are held than the subscriber asked for. */
  final boolean wantsMore() {
    return buffered.size() < demand.get();
  }

  /** Inside the drain loop: true if nothing is held. */
  final boolean nothingHeld() {
    return buffered.isEmpty();
  }

  /** Inside the drain loop: ends the stream with {@code failure}, cancelling the requests in flight. */
  final void fail(Throwable failure) {
    end();
    cancelRequests();
    subscriber.onError(failure);
  }

  private void end() {
    ended = true;
    buffered.clear();
  }

  /**
   * Inside the drain loop: takes in the pages that arrived (with {@link #hold}) or ends the stream
   * with a failed request's failure (with {@link #fail}).
   *
   * @return false if the stream ended
   */
  abstract boolean takeArrivals();

  /** Inside the drain loop: true once every page has arrived. */
  abstract boolean allRead();

  /** Inside the drain loop: sends the requests the subscriber's demand wants, if any. */
  abstract void sendWhileWanted();

  /** Cancels the requests in flight; any thread. */
  abstract void cancelRequests();
}
