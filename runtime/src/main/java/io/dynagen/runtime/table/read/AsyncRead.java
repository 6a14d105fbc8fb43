package io.dynagen.runtime.table.read;

import io.dynagen.runtime.expr.AttributePath;
import io.dynagen.runtime.expr.Condition;
import io.dynagen.runtime.table.internal.AsyncCalls;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicReference;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What {@link AsyncQuery} and {@link AsyncScan} share: the options of the sync {@link
 * ReadRequest} (each returns a new read; the requests sent are the very ones the sync read
 * sends) and the async ways to read.
 *
 * <p>{@link #items()} and {@link #pages()} are cold {@link Flow.Publisher}s: each subscriber runs
 * the read anew from the start. They honour back-pressure: a page is requested only when the
 * subscriber has asked for more than what was already fetched, never before its first {@code
 * request(n)}; {@code cancel()} stops the read and cancels the request in flight. Failures end
 * the stream with {@code onError} carrying the exception the sync read throws ({@code
 * TableNotFoundException}, {@code MappingException}, ...). The futures of {@link #firstPage()},
 * {@link #page(String)} and {@link #count()} fail the same way, unwrapped.
 *
 * @param <T> the item class
 * @param <R> the sync request behind it
 * @param <A> the async read's own type, returned by each option
 */
public abstract class AsyncRead<T, R extends ReadRequest<T, R>, A extends AsyncRead<T, R, A>> {
  final R request;
  final DynamoDbAsyncClient client;

  AsyncRead(R request, DynamoDbAsyncClient client) {
    this.request = request;
    this.client = client;
  }

  /** A copy of this read over another request. */
  abstract A with(R newRequest);

  /**
   * Only items meeting {@code filter}; see {@link ReadRequest#filter(Condition)}.
   *
   * @param filter the filter
   * @return the read with the filter
   */
  public final A filter(Condition filter) {
    return with(request.filter(filter));
  }

  /**
   * At most {@code size} items read per request; see {@link ReadRequest#pageSize(int)}.
   *
   * @param size the page size
   * @return the read with the page size
   */
  public final A pageSize(int size) {
    return with(request.pageSize(size));
  }

  /**
   * Reads only these attributes and the keys; see {@link ReadRequest#project(AttributePath...)}.
   *
   * @param attributes the attributes to read
   * @return the read with the projection
   */
  public final A project(AttributePath... attributes) {
    return with(request.project(attributes));
  }

  /**
   * Signs the cursors of the pages; see {@link ReadRequest#signCursors(CursorSigner)}.
   *
   * @param signer the signer of the cursors
   * @return the read signing its cursors
   */
  public final A signCursors(CursorSigner signer) {
    return with(request.signCursors(signer));
  }

  /**
   * Strongly consistent reads (tables and local indexes only).
   *
   * @return the read reading consistently
   */
  public final A consistentRead() {
    return with(request.consistentRead());
  }

  /**
   * The items, page by page as the subscriber asks for them.
   *
   * @return the publisher of the items
   */
  public final Flow.Publisher<T> items() {
    return subscriber -> PagedSubscription.start(new ReadSubscription<T>(subscriber, toString(), null, this::fetch,
        raw -> request.table.decoder().decodeAll(raw.items())));
  }

  /**
   * The pages, each fetched when the subscriber asks for it.
   *
   * @return the publisher of the pages
   */
  public final Flow.Publisher<Page<T>> pages() {
    return subscriber -> PagedSubscription.start(
        new ReadSubscription<Page<T>>(subscriber, toString(), null, this::fetch, raw -> List.of(toPage(raw))));
  }

  /**
   * The first page.
   *
   * @return a future of the first page
   */
  public final CompletableFuture<Page<T>> firstPage() {
    return AsyncCalls.map(fetch(null), this::toPage);
  }

  /**
   * The page that {@code cursor} (from {@link Page#cursor()} of this same read, sync or async)
   * points to, or the first page if {@code cursor} is null, as {@link ReadRequest#page(String)};
   * an empty, malformed or foreign cursor fails the future with {@code IllegalArgumentException}
   * before anything is sent.
   *
   * @param cursor the cursor of the page, or null for the first page
   * @return a future of the page
   */
  public final CompletableFuture<Page<T>> page(String cursor) {
    Map<String, AttributeValue> startKey;
    try {
      startKey = Paging.startKey(request, cursor);
    } catch (RuntimeException e) {
      return AsyncCalls.failed(e);
    }
    return AsyncCalls.map(fetch(startKey), this::toPage);
  }

  /**
   * The number of matching items, after the filter, summed over all pages: the number of items the
   * same read returns, as {@link ReadRequest#count()} counts them.
   *
   * @return a future of the number of matching items
   */
  public final CompletableFuture<Long> count() {
    CompletableFuture<Long> total = new CompletableFuture<>();
    AtomicReference<CompletableFuture<RawPage>> inFlight = new AtomicReference<>();
    // One callback for the whole count, whatever its number of pages, cancelling the page in flight.
    total.whenComplete((ignored, failure) -> {
      CompletableFuture<RawPage> sent = inFlight.get();
      if (total.isCancelled() && sent != null) {
        sent.cancel(true);
      }
    });
    countFrom(null, 0, total, inFlight);
    return total;
  }

  /** Counts page after page, each request sent from the callback of the one before. */
  private void countFrom(Map<String, AttributeValue> startKey, long sofar, CompletableFuture<Long> total,
      AtomicReference<CompletableFuture<RawPage>> inFlight) {
    CompletableFuture<RawPage> sent = request.fetch(client, startKey, true);
    inFlight.set(sent);
    if (total.isCancelled()) { // cancelled while this page was being sent
      sent.cancel(true);
      return;
    }
    sent.whenComplete((raw, failure) -> {
      if (failure != null) {
        total.completeExceptionally(AsyncCalls.unwrap(failure));
      } else if (raw.hasMore() && !total.isDone()) {
        countFrom(raw.lastEvaluatedKey(), sofar + raw.count(), total, inFlight);
      } else {
        total.complete(sofar + raw.count());
      }
    });
  }

  private CompletableFuture<RawPage> fetch(Map<String, AttributeValue> startKey) {
    return request.fetch(client, startKey, false);
  }

  private Page<T> toPage(RawPage raw) {
    return Paging.page(request, request.table.decoder(), raw);
  }

  @Override
  public String toString() {
    return "async " + request.description();
  }
}
