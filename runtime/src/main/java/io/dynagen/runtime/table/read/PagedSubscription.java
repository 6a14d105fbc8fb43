package io.dynagen.runtime.table.read;

import java.lang.System.Logger.Level;
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
 * <p>A subscriber method that throws breaks Reactive Streams rule 2.13; the rule has the
 * subscription then count as cancelled. So a throw from {@code onNext} cancels the read (the
 * requests in flight too, every segment's), drops what is held and sends no further signal; a
 * throw from {@code onError} or {@code onComplete} comes after the end. Either way the exception
 * is logged at {@code WARNING} (logger {@code io.dynagen.runtime.table.read.PagedSubscription})
 * with the read it broke, never rethrown: the delivering thread is the client's event loop or the
 * subscriber's own {@code request} (which rule 3.16 wants to return normally), and a throw from a
 * response's callback would only fail a future nobody reads. The drain loop stays usable, so a
 * later {@code request} or {@code cancel} returns at once.
 *
 * @param <E> what is emitted: pages, the items of the pages, or their counts
 */
abstract class PagedSubscription<E> implements Flow.Subscription {
  private static final System.Logger LOG = System.getLogger(PagedSubscription.class.getName());

  private final Flow.Subscriber<? super E> subscriber;
  private final String read;
  private final Function<RawPage, List<E>> emitted;
  private final AtomicLong demand = new AtomicLong();
  private final AtomicInteger work = new AtomicInteger();
  /** Touched only inside the drain loop. */
  private final ArrayDeque<E> buffered = new ArrayDeque<>();
  private boolean ended;

  private volatile boolean cancelled;
  private volatile Throwable badRequest;

  PagedSubscription(Flow.Subscriber<? super E> subscriber, String read, Function<RawPage, List<E>> emitted) {
    this.subscriber = Objects.requireNonNull(subscriber, "subscriber");
    this.read = read;
    this.emitted = emitted;
  }

  /**
   * Hands {@code subscription} to its subscriber. An {@code onSubscribe} that throws (rule 2.13)
   * cancels it, which cancels any request that a {@code request(n)} inside it sent, and is logged:
   * {@code subscribe} returns normally, as rule 1.9 wants.
   */
  static void start(PagedSubscription<?> subscription) {
    try {
      subscription.subscriber.onSubscribe(subscription);
    } catch (Throwable thrown) {
      subscription.cancel();
      subscription.logBroken("onSubscribe", thrown);
    }
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
      dropArrivals(); // a response that came after the end
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
      E item = buffered.poll();
      sent++;
      try {
        subscriber.onNext(item);
      } catch (Throwable thrown) {
        cancelled = true;
        end();
        logBroken("onNext", thrown);
        return;
      }
    }
    if (sent > 0 && wanted != Long.MAX_VALUE) {
      demand.addAndGet(-sent);
    }
    if (cancelled) {
      end();
    } else if (buffered.isEmpty() && allRead()) {
      end();
      try {
        subscriber.onComplete();
      } catch (Throwable thrown) {
        logBroken("onComplete", thrown);
      }
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
    try {
      subscriber.onError(failure);
    } catch (Throwable thrown) {
      thrown.addSuppressed(failure);
      logBroken("onError", thrown);
    }
  }

  /**
   * Inside the drain loop: no signal after this one. Cancels the requests in flight (again, if a
   * {@code cancel()} already did: one sent by the drain loop while it ran is caught here) and lets
   * go of what is held.
   */
  private void end() {
    ended = true;
    buffered.clear();
    cancelRequests();
    dropArrivals();
  }

  /** Logs what a subscriber method threw, with the read it broke; see the class comment. */
  private void logBroken(String method, Throwable thrown) {
    LOG.log(Level.WARNING, () -> "Subscriber " + subscriber + " threw from " + method + " of the " + read
        + "; its subscription is cancelled (Reactive Streams rule 2.13): a subscriber should end its"
        + " stream with cancel(), not a throw", thrown);
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

  /** Inside the drain loop, once ended: lets go of pages that arrived and were not taken in. */
  abstract void dropArrivals();
}
