package io.dynagen.runtime.table.read;

import io.dynagen.runtime.table.DeadlineExceededException;
import io.dynagen.runtime.table.TableNotFoundException;
import io.dynagen.runtime.table.internal.Deadlines;
import io.dynagen.runtime.table.internal.ItemDecoder;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A scan split into segments read at the same time, each by its own worker, the items handed to
 * the caller's thread as they come: for reading a large table (or index) faster than one scan
 * can. Made by {@link Scan#segments(int)}, with the scan's filter, projection, page size and
 * consistent read. Immutable; each read runs the scan anew.
 *
 * <pre>{@code
 * try (Stream<User> users = table.scan().filter(User_.age.lt(27)).segments(4).stream()) {
 *   users.forEach(this::export);
 * }
 * }</pre>
 *
 * <p>What to know:
 *
 * <ul>
 *   <li>Items come in no particular order; each item of the table is read once.
 *   <li>Workers run on daemon threads of their own, which end when their segments are read, or
 *       on the {@link #executor(Executor) executor} given. At most {@value #MAX_CONCURRENT_SEGMENTS}
 *       segments are read at a time; further segments are read as earlier ones finish.
 *   <li>Memory stays bounded: at most {@value #MAX_WAITING_PAGES} pages wait for the caller (a
 *       page is at most 1 MB, or {@code pageSize} items), plus one page per worker; workers wait
 *       while the caller is slow.
 *   <li>If a request of any segment fails, the others stop and the caller's thread gets the
 *       failure as it was thrown (such as {@link TableNotFoundException}).
 *   <li>{@link #stream()} and {@link #iterator()} must be closed if not read to the end (a
 *       try-with-resources; {@code stream().limit(n)} does not close by itself): closing stops
 *       the workers after their current request. {@link #toList()}, {@link #forEach}, {@link
 *       #count()} read everything and clean up by themselves.
 *   <li>Read capacity is spent {@code n} times as fast as by one scan: on a provisioned table, a
 *       parallel scan can starve other traffic.
 * </ul>
 *
 * @param <T> the item class
 */
public final class ParallelScan<T> {
  /** How many segments are read at the same time, at most. */
  public static final int MAX_CONCURRENT_SEGMENTS = 64;

  /** How many pages may wait for the caller, at most. */
  public static final int MAX_WAITING_PAGES = 16;

  private static final AtomicInteger THREAD_NUMBER = new AtomicInteger();

  private final Scan<T> scan;
  private final int totalSegments;
  private final Executor executor;
  private final Duration deadline;

  ParallelScan(Scan<T> scan, int totalSegments, Executor executor) {
    this(scan, totalSegments, executor, null);
  }

  private ParallelScan(Scan<T> scan, int totalSegments, Executor executor, Duration deadline) {
    this.scan = scan;
    this.totalSegments = totalSegments;
    this.executor = executor;
    this.deadline = deadline;
  }

  /**
   * {@return this scan with a deadline, counted from when a read starts: after it, the segments
   * send no further request (each ends after its request in flight, within the client's own
   * timeouts) and the reader gets a {@link DeadlineExceededException} instead of more items} An
   * interrupt of the reading thread stops the segments the same way (an AbortedException, the
   * interrupt status kept).
   *
   * @param timeout how long it may take, from the start
   * @throws IllegalArgumentException unless {@code timeout} is more than zero and at most a day
   */
  public ParallelScan<T> deadline(Duration timeout) {
    return new ParallelScan<>(scan, totalSegments, executor, Deadlines.check(timeout));
  }

  /**
   * {@return this scan, its segments run on {@code executor} instead of threads of its own} The
   * executor must run tasks on threads other than the caller's (a direct executor such as {@code
   * Runnable::run} fails the read with an {@link IllegalStateException}); each read submits up to
   * {@value #MAX_CONCURRENT_SEGMENTS} tasks, which wait while the caller is slow.
   *
   * @param executor where to run them
   */
  public ParallelScan<T> executor(Executor executor) {
    return new ParallelScan<>(scan, totalSegments, Objects.requireNonNull(executor, "executor"), deadline);
  }

  /** The whole scan, for its async face. */
  Scan<T> scan() {
    return scan;
  }

  /** {@return the number of segments} */
  public int segments() {
    return totalSegments;
  }

  /**
   * {@return the items, as the segments read them} Close the stream (try-with-resources) unless it
   * is read to the end: that stops the workers.
   */
  public Stream<T> stream() {
    ItemIterator<T> items = iterator();
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(items, Spliterator.NONNULL), false)
        .onClose(items::close);
  }

  /**
   * {@return the items, as the segments read them; the workers start at the first {@code
   * hasNext()}} Close the iterator unless it is read to the end: that stops the workers.
   */
  public ItemIterator<T> iterator() {
    return new ParallelScanIterator<>(this);
  }

  /**
   * Passes every item to {@code action}, on the caller's thread.
   *
   * @param action the first update action
   */
  public void forEach(Consumer<? super T> action) {
    Objects.requireNonNull(action, "action");
    try (ItemIterator<T> items = iterator()) {
      items.forEachRemaining(action);
    }
  }

  /** {@return all items, in a list} */
  public List<T> toList() {
    try (Stream<T> items = stream()) {
      return items.toList();
    }
  }

  /**
   * {@return the number of matching items, after the filter, counted by each segment as {@link
   * ReadRequest#count()} counts: the number of items the same read returns}
   */
  public long count() {
    PageBuffer<Long> counts = newBuffer();
    try {
      start(counts, true, raw -> raw.count() == 0 ? null : (long) raw.count());
      long total = 0;
      for (Long count = counts.take(); count != null; count = counts.take()) {
        total += count;
      }
      return total;
    } finally {
      counts.stop();
    }
  }

  /** A buffer sized for this scan's workers. */
  <P> PageBuffer<P> newBuffer() {
    return new PageBuffer<>(Math.min(workers(), MAX_WAITING_PAGES), workers(), deadline, "parallel " + scan.description());
  }

  /** Starts the workers; they read the segments into {@code buffer}, for the calling thread. */
  <P> void start(PageBuffer<P> buffer, boolean countOnly, Function<RawPage, P> toPage) {
    AtomicInteger nextSegment = new AtomicInteger();
    Thread reader = Thread.currentThread();
    for (int i = 0; i < workers(); i++) {
      SegmentWorker<P> worker =
          new SegmentWorker<>(scan, totalSegments, nextSegment, countOnly, toPage, buffer, reader);
      try {
        if (executor == null) {
          startDaemonThread(worker);
        } else {
          executor.execute(worker);
        }
      } catch (RuntimeException | Error e) {
        // A rejected task (a shut-down executor, a full queue): fail the read, stop the others.
        buffer.fail(e);
        return;
      }
    }
  }

  /** Decodes the items of a response in the worker, so that decoding runs in parallel too. */
  Function<RawPage, List<T>> itemsOfPage() {
    ItemDecoder<T> decoder = scan.table.decoder();
    return raw -> raw.items().isEmpty() ? null : decoder.decodeAll(raw.items());
  }

  private int workers() {
    return Math.min(totalSegments, MAX_CONCURRENT_SEGMENTS);
  }

  private void startDaemonThread(Runnable worker) {
    Thread thread =
        new Thread(worker, "dynagen-scan-" + scan.table.tableName() + "-" + THREAD_NUMBER.incrementAndGet());
    // A forgotten, unclosed scan must not keep the JVM alive.
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public String toString() {
    return "parallel " + scan.description() + " in " + totalSegments + " segments";
  }

  /**
   * An iterator over the items of a parallel scan, to close if it is not read to the end.
   *
   * @param <T> the item class
   */
  public interface ItemIterator<T> extends Iterator<T>, AutoCloseable {
    /** Stops the workers after their current request and drops the items not read yet. */
    @Override
    void close();
  }
}
