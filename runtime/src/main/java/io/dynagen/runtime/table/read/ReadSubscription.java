package io.dynagen.runtime.table.read;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One subscriber's read of a query or scan, page by page, as Reactive Streams want it: a page is
 * requested only when the subscriber has asked for more than what is already fetched (never
 * before the first {@code request(n)}), one request at a time, and none after {@code cancel()},
 * which also cancels the request in flight. Signals are serialized by a drain loop that any
 * thread may run (the subscriber's {@code request}, or the client's callback), so a subscriber
 * that requests from {@code onNext} does not recurse. Nothing waits.
 *
 * @param <E> what is emitted: pages, or the items of the pages
 */
final class ReadSubscription<E> implements Flow.Subscription {
  /** A page arrived, or the request failed. */
  private record Arrival(RawPage page, Throwable failure) {}

  private final Flow.Subscriber<? super E> subscriber;
  private final Function<Map<String, AttributeValue>, CompletableFuture<RawPage>> fetch;
  private final Function<RawPage, List<E>> emitted;
  private final AtomicLong demand = new AtomicLong();
  private final AtomicInteger work = new AtomicInteger();
  /** Touched only inside the drain loop. */
  private final ArrayDeque<E> buffered = new ArrayDeque<>();
  private Map<String, AttributeValue> startKey;
  private boolean lastFetched;
  private boolean fetching;
  private boolean ended;

  private volatile Arrival arrival;
  private volatile CompletableFuture<RawPage> inFlight;
  private volatile boolean cancelled;
  private volatile Throwable badRequest;

  ReadSubscription(
      Flow.Subscriber<? super E> subscriber,
      Map<String, AttributeValue> startKey,
      Function<Map<String, AttributeValue>, CompletableFuture<RawPage>> fetch,
      Function<RawPage, List<E>> emitted) {
    this.subscriber = Objects.requireNonNull(subscriber, "subscriber");
    this.startKey = startKey;
    this.fetch = fetch;
    this.emitted = emitted;
  }

  @Override
  public void request(long n) {
    if (n <= 0) {
      badRequest = new IllegalArgumentException(
          "request(" + n + ") asks for no items: Reactive Streams rule 3.9 wants a positive number");
    } else {
      demand.getAndUpdate(current -> current + n < 0 ? Long.MAX_VALUE : current + n);
    }
    drain();
  }

  @Override
  public void cancel() {
    cancelled = true;
    CompletableFuture<RawPage> request = inFlight;
    if (request != null) {
      request.cancel(true);
    }
    drain();
  }

  private void drain() {
    if (work.getAndIncrement() != 0) {
      return;
    }
    int missed = 1;
    do {
      step();
      missed = work.addAndGet(-missed);
    } while (missed != 0);
  }

  /** Inside the drain loop: delivers what it can, and starts the next request if one is wanted. */
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
    Arrival arrived = arrival;
    if (arrived != null) {
      arrival = null;
      inFlight = null;
      fetching = false;
      if (arrived.failure() != null) {
        fail(arrived.failure());
        return;
      }
      try {
        buffered.addAll(emitted.apply(arrived.page()));
      } catch (RuntimeException e) {
        fail(e); // an item that does not fit the class: MappingException
        return;
      }
      startKey = arrived.page().lastEvaluatedKey();
      lastFetched = startKey == null;
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
    } else if (buffered.isEmpty() && lastFetched) {
      end();
      subscriber.onComplete();
    } else if (buffered.isEmpty() && !fetching && demand.get() > 0) {
      fetching = true;
      CompletableFuture<RawPage> request = fetch.apply(startKey);
      inFlight = request;
      request.whenComplete((page, failure) -> {
        arrival = new Arrival(page, failure);
        drain();
      });
    }
  }

  private void fail(Throwable failure) {
    end();
    subscriber.onError(failure);
  }

  private void end() {
    ended = true;
    buffered.clear();
  }
}
