package io.dynagen.runtime.table.read;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One subscriber's read of a query or scan, page by page: a page is requested only when the
 * subscriber has asked for more than what is already fetched (never before the first {@code
 * request(n)}), one request at a time, and none after {@code cancel()}, which also cancels the
 * request in flight. See {@link PagedSubscription} for the serializing of signals.
 *
 * @param <E> what is emitted: pages, or the items of the pages
 */
final class ReadSubscription<E> extends PagedSubscription<E> {
  /** A page arrived, or the request failed. */
  private record Arrival(RawPage page, Throwable failure) {}

  private final Function<Map<String, AttributeValue>, CompletableFuture<RawPage>> fetch;
  /** Touched only inside the drain loop. */
  private Map<String, AttributeValue> startKey;
  private boolean lastFetched;
  private boolean fetching;

  private volatile Arrival arrival;
  private volatile CompletableFuture<RawPage> inFlight;

  ReadSubscription(
      Flow.Subscriber<? super E> subscriber,
      String read,
      Map<String, AttributeValue> startKey,
      Function<Map<String, AttributeValue>, CompletableFuture<RawPage>> fetch,
      Function<RawPage, List<E>> emitted) {
    super(subscriber, read, emitted);
    this.startKey = startKey;
    this.fetch = fetch;
  }

  @Override
  boolean takeArrivals() {
    Arrival arrived = arrival;
    if (arrived == null) {
      return true;
    }
    arrival = null;
    inFlight = null;
    fetching = false;
    if (arrived.failure() != null) {
      fail(arrived.failure());
      return false;
    }
    if (!hold(arrived.page())) {
      return false;
    }
    startKey = arrived.page().lastEvaluatedKey();
    lastFetched = startKey == null;
    return true;
  }

  @Override
  boolean allRead() {
    return lastFetched;
  }

  @Override
  void sendWhileWanted() {
    if (nothingHeld() && !fetching && wantsMore()) {
      fetching = true;
      CompletableFuture<RawPage> request = fetch.apply(startKey);
      inFlight = request;
      request.whenComplete((page, failure) -> {
        arrival = new Arrival(page, failure);
        drain();
      });
    }
  }

  @Override
  void dropArrivals() {
    arrival = null;
    inFlight = null;
  }

  @Override
  void cancelRequests() {
    CompletableFuture<RawPage> request = inFlight;
    if (request != null) {
      request.cancel(true);
    }
  }
}
