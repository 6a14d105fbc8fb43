package io.dynagen.runtime.table.read;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Flow;
import java.util.function.BiFunction;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One subscriber's read of a parallel scan: several segments at once. A request goes out only
 * while fewer items are held than the subscriber asked for, for a segment with no request in
 * flight, and never more than {@code maxInFlight} at a time; {@code cancel()} and a failure cancel
 * the requests in flight. See {@link PagedSubscription} for the serializing of signals.
 *
 * @param <E> what is emitted: the items of the pages, or their counts
 */
final class ParallelSubscription<E> extends PagedSubscription<E> {
  /** A segment and where it goes on from ({@code null} at its start). */
  private record Segment(int number, Map<String, AttributeValue> startKey) {}

  /** A page of a segment arrived, or its request failed. */
  private record Arrival(int segment, RawPage page, Throwable failure) {}

  private final BiFunction<Integer, Map<String, AttributeValue>, CompletableFuture<RawPage>> fetch;
  private final int maxInFlight;
  private final int totalSegments;
  private final Queue<Arrival> arrivals = new ConcurrentLinkedQueue<>();
  private final Set<CompletableFuture<RawPage>> inFlight = ConcurrentHashMap.newKeySet();
  /** Touched only inside the drain loop. */
  private final ArrayDeque<Segment> ready = new ArrayDeque<>();
  private int requestsInFlight;
  private int segmentsDone;
  private int nextSegment;

  ParallelSubscription(
      Flow.Subscriber<? super E> subscriber,
      String read,
      BiFunction<Integer, Map<String, AttributeValue>, CompletableFuture<RawPage>> fetch,
      int maxInFlight,
      int totalSegments,
      Function<RawPage, List<E>> emitted) {
    super(subscriber, read, emitted);
    this.fetch = fetch;
    this.maxInFlight = maxInFlight;
    this.totalSegments = totalSegments;
  }

  @Override
  boolean takeArrivals() {
    for (Arrival arrived = arrivals.poll(); arrived != null; arrived = arrivals.poll()) {
      requestsInFlight--;
      if (arrived.failure() != null) {
        fail(arrived.failure());
        return false;
      }
      if (!hold(arrived.page())) {
        return false;
      }
      if (arrived.page().hasMore()) {
        ready.add(new Segment(arrived.segment(), arrived.page().lastEvaluatedKey()));
      } else {
        segmentsDone++;
      }
    }
    return true;
  }

  @Override
  boolean allRead() {
    return segmentsDone == totalSegments;
  }

  /** Sends the next page's request of waiting segments while items are wanted and the bound allows. */
  @Override
  void sendWhileWanted() {
    while (requestsInFlight < maxInFlight && wantsMore()) {
      Segment segment = ready.poll();
      if (segment == null && nextSegment < totalSegments) {
        segment = new Segment(nextSegment++, null);
      }
      if (segment == null) {
        return;
      }
      requestsInFlight++;
      int number = segment.number();
      CompletableFuture<RawPage> request;
      try {
        request = fetch.apply(number, segment.startKey());
      } catch (RuntimeException e) {
        request = CompletableFuture.failedFuture(e);
      }
      CompletableFuture<RawPage> sent = request;
      inFlight.add(sent);
      sent.whenComplete((page, failure) -> {
        inFlight.remove(sent);
        arrivals.add(new Arrival(number, page, failure));
        drain();
      });
    }
  }

  @Override
  void dropArrivals() {
    arrivals.clear();
    ready.clear();
  }

  @Override
  void cancelRequests() {
    for (CompletableFuture<RawPage> request : inFlight) {
      request.cancel(true);
    }
  }
}
