package io.dynagen.runtime.table.batch;

import io.dynagen.runtime.table.AsyncTypedTable;
import io.dynagen.runtime.table.internal.AsyncCalls;
import io.dynagen.runtime.table.internal.TableInternals;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The async face of {@link BatchWriter}: puts and deletes of one table, buffered and sent 25 per
 * BatchWriteItem through the SDK's async client, with the same guarantees (one write per key in
 * a batch, a key in flight never overtaken by a later write of it, unprocessed and throttled
 * writes resent with backoff, exactly the writes that did not land reported at {@link #close()}).
 *
 * <p>Bounded, and nothing waits: at most {@link BatchWriteOptions#maxInFlight()} requests in
 * flight and at most 2 × 25 × that many writes held (buffered or in flight). {@link #put} and
 * {@link #delete} return a future that completes once the write is taken in: at once while
 * there is room, else when a batch lands; a producer that waits for it before the next write
 * (or chains the next write on it) cannot fill the memory.
 *
 * <p>The options are the sync writer's, and mean the same: the progress listener is told the
 * number of writes landed so far, each time batches land (on the thread that completes the
 * response, one call at a time, counts only growing; the last before {@code close()} completes;
 * an exception it throws fails {@code close()}, writing goes on); past the deadline no further
 * request is sent and every pending future, {@code close()}'s included, fails with the {@link
 * BatchWriteException} listing exactly the writes that did not land (those never sent among
 * them). An executor is refused: the writer runs no task of its own, each step runs in the
 * callback of the client's response.
 *
 * <p>Argument errors (a null item, a missing key, a {@code @Version}ed class) fail the returned
 * future with {@code IllegalArgumentException}, before anything is held.
 *
 * @param <T> the mapped class
 */
public final class AsyncBatchWriter<T> {
  private final AsyncTypedTable<T> table;
  private final AsyncBatchWriteEngine engine;
  private final boolean versionsUnchecked;

  private AsyncBatchWriter(AsyncTypedTable<T> table, BatchWriteOptions options) {
    if (options.executor() != null) {
      throw new IllegalArgumentException(
          "BatchWriteOptions.withExecutor(...) was given to an async batch writer, which runs no task"
              + " of its own (each step runs in the callback of the client's response), so it has nothing"
              + " to run there: leave the executor out, and move your own work onto it with"
              + " thenRunAsync(..., executor) on the futures the writer returns");
    }
    this.table = table;
    this.engine = new AsyncBatchWriteEngine(table.client(), options);
    this.versionsUnchecked = options.writesVersionsUnchecked();
  }

  /**
   * A batch writer of {@code table}; see {@link AsyncTypedTable#batchWriter()}.
   *
   * @param <T> the mapped class
   * @param table the table
   * @param options the options
   * @return the async table
   * @throws IllegalArgumentException if the options have an executor (see {@link AsyncBatchWriter})
   */
  public static <T> AsyncBatchWriter<T> of(AsyncTypedTable<T> table, BatchWriteOptions options) {
    return new AsyncBatchWriter<>(table, options);
  }

  /**
   * Buffers a put of the item; completes once it is taken in.
   *
   * @param item the item
   * @return a future completing once the put is taken in (not once it lands: {@link #flush()} and
   *     {@link #close()} tell that)
   */
  public CompletableFuture<Void> put(T item) {
    PendingWrite write;
    try {
      write = PendingWrite.put(TableInternals.operations(table), item, versionsUnchecked);
    } catch (RuntimeException e) {
      return AsyncCalls.failed(e);
    }
    return engine.add(write);
  }

  /**
   * Buffers a delete of the item with this key; completes once it is taken in.
   *
   * @param key the item's key
   * @return a future completing once the delete is taken in (not once it lands: {@link #flush()}
   *     and {@link #close()} tell that)
   */
  public CompletableFuture<Void> delete(Map<String, AttributeValue> key) {
    PendingWrite write;
    try {
      write = PendingWrite.delete(TableInternals.operations(table), key);
    } catch (RuntimeException e) {
      return AsyncCalls.failed(e);
    }
    return engine.add(write);
  }

  /**
   * Buffers a delete of {@code item}, by its key; completes once it is taken in.
   *
   * @param item the item
   * @return a future completing once the delete is taken in (not once it lands: {@link #flush()}
   *     and {@link #close()} tell that)
   */
  public CompletableFuture<Void> delete(T item) {
    PendingWrite write;
    try {
      write = PendingWrite.delete(TableInternals.operations(table), item, versionsUnchecked);
    } catch (RuntimeException e) {
      return AsyncCalls.failed(e);
    }
    return engine.add(write);
  }

  /**
   * Sends everything taken in so far; completes once all of it has landed or been given up.
   *
   * @return a future completing once everything taken in so far is settled
   */
  public CompletableFuture<Void> flush() {
    return engine.flush();
  }

  /**
   * Refuses further writes, sends the rest, and completes once everything is settled; fails
   * with a {@link BatchWriteException} listing every write that did not land.
   *
   * @return a future completing once everything is settled
   */
  public CompletableFuture<Void> close() {
    return engine.close();
  }

  /**
   * Puts and deletes landed so far.
   *
   * @return how many writes landed
   */
  public long written() {
    return engine.written();
  }

  /**
   * How many writes this writer holds at most (buffered or in flight).
   *
   * @return the bound on writes held
   */
  public int maxHeld() {
    return engine.maxHeld();
  }

  @Override
  public String toString() {
    return "AsyncBatchWriter[" + table.tableName() + ", " + written() + " written]";
  }
}
