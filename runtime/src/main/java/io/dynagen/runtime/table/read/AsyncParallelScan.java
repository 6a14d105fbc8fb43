package io.dynagen.runtime.table.read;

import io.dynagen.runtime.table.TableNotFoundException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The async face of {@link ParallelScan}: a scan split into segments, read through the SDK's async
 * client with several requests in flight, the items published as the responses come. Made by
 * {@link AsyncScan#segments(int)}, with the scan's filter, projection, page size and consistent
 * read; the requests are the sync parallel scan's. Immutable; each subscription runs the scan anew.
 *
 * <ul>
 *   <li>Items come in no particular order; each item of the table is published once.
 *   <li><b>Requests in flight</b>: at most {@link #maxInFlight(int)} (by default {@value
 *       #DEFAULT_MAX_IN_FLIGHT}, or the number of segments if fewer), each reading the next page
 *       of a segment not being read; further segments are read as earlier ones finish.
 *   <li><b>Back-pressure</b>: nothing is sent before the subscriber's first {@code request(n)}; a
 *       request is sent only while fewer items are held than the subscriber asked for, so at most
 *       {@code maxInFlight} pages are held beyond its demand.
 *   <li><b>Cancel</b> sends nothing more and cancels the requests in flight.
 *   <li>A failed request (such as {@link TableNotFoundException}) cancels the others and ends the
 *       stream with {@code onError}; signals are serialized, and no thread is blocked or started.
 * </ul>
 *
 * @param <T> the item class
 */
public final class AsyncParallelScan<T> {
  /** How many requests are in flight at most, unless {@link #maxInFlight(int)} says otherwise. */
  public static final int DEFAULT_MAX_IN_FLIGHT = 16;

  private final Scan<T> scan;
  private final int totalSegments;
  private final DynamoDbAsyncClient client;
  private final int maxInFlight;

  AsyncParallelScan(Scan<T> scan, int totalSegments, DynamoDbAsyncClient client) {
    this(scan, totalSegments, client, Math.min(totalSegments, DEFAULT_MAX_IN_FLIGHT));
  }

  private AsyncParallelScan(Scan<T> scan, int totalSegments, DynamoDbAsyncClient client, int maxInFlight) {
    this.scan = scan;
    this.totalSegments = totalSegments;
    this.client = client;
    this.maxInFlight = maxInFlight;
  }

  /**
   * This scan with at most {@code requests} requests in flight (one per segment at most).
   *
   * @param requests how many requests may be in flight at once
   * @return the scan with that bound
   * @throws IllegalArgumentException unless {@code requests} is 1 to {@value
   *     ParallelScan#MAX_CONCURRENT_SEGMENTS}
   */
  public AsyncParallelScan<T> maxInFlight(int requests) {
    if (requests < 1 || requests > ParallelScan.MAX_CONCURRENT_SEGMENTS) {
      throw new IllegalArgumentException("maxInFlight " + requests + " is out of range: pass 1 to "
          + ParallelScan.MAX_CONCURRENT_SEGMENTS);
    }
    return new AsyncParallelScan<>(scan, totalSegments, client, Math.min(requests, totalSegments));
  }

  /**
   * The number of segments.
   *
   * @return the number of segments
   */
  public int segments() {
    return totalSegments;
  }

  /**
   * The items, as the segments' responses bring them.
   *
   * @return the publisher of the items
   */
  public Flow.Publisher<T> items() {
    return subscriber -> PagedSubscription.start(new ParallelSubscription<T>(subscriber, toString(),
        (segment, startKey) -> fetch(segment, startKey, false), maxInFlight, totalSegments,
        raw -> scan.table.decoder().decodeAll(raw.items())));
  }

  /**
   * The number of matching items, after the filter, counted by each segment as {@link
   * ReadRequest#count()} counts: the number of items the same read returns.
   *
   * @return a future of the number of matching items
   */
  public CompletableFuture<Long> count() {
    CompletableFuture<Long> total = new CompletableFuture<>();
    new CountingSubscriber(total).subscribeTo(
        subscriber -> PagedSubscription.start(new ParallelSubscription<Long>(subscriber, toString(),
            (segment, startKey) -> fetch(segment, startKey, true), maxInFlight, totalSegments,
            raw -> List.of((long) raw.count()))));
    return total;
  }

  private CompletableFuture<RawPage> fetch(int segment, Map<String, AttributeValue> startKey, boolean countOnly) {
    return scan.segment(segment, totalSegments).fetch(client, startKey, countOnly);
  }

  @Override
  public String toString() {
    return "async parallel " + scan.description() + " in " + totalSegments + " segments";
  }

  /** Sums the counts of the segments' pages into {@code total}; cancelling {@code total} cancels the read. */
  private static final class CountingSubscriber implements Flow.Subscriber<Long> {
    private final CompletableFuture<Long> total;
    private long sum;

    CountingSubscriber(CompletableFuture<Long> total) {
      this.total = total;
    }

    void subscribeTo(Flow.Publisher<Long> counts) {
      counts.subscribe(this);
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      total.whenComplete((ignored, failure) -> {
        if (total.isCancelled()) {
          subscription.cancel();
        }
      });
      subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(Long count) {
      sum += count;
    }

    @Override
    public void onError(Throwable failure) {
      total.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
      total.complete(sum);
    }
  }
}
