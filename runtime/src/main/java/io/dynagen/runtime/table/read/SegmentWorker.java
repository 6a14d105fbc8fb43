package io.dynagen.runtime.table.read;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One worker of a parallel scan: takes the next segment nobody has taken, reads it page by page
 * into the {@link PageBuffer}, and goes on until no segment is left, the reader stops, or a
 * request fails (then the failure goes to the reader and stops the other workers).
 *
 * @param <P> what a page is for the reader: decoded items, or a count
 */
final class SegmentWorker<P> implements Runnable {
  private final Scan<?> scan;
  private final int totalSegments;
  private final AtomicInteger nextSegment;
  private final boolean countOnly;
  private final Function<RawPage, P> toPage;
  private final PageBuffer<P> buffer;
  private final Thread reader;

  /**
   * @param nextSegment shared by the workers of one scan: each segment is read by one of them
   * @param toPage what to hand the reader for a response, or {@code null} to hand nothing
   * @param reader the thread that reads the buffer, which must not run a worker
   */
  SegmentWorker(
      Scan<?> scan,
      int totalSegments,
      AtomicInteger nextSegment,
      boolean countOnly,
      Function<RawPage, P> toPage,
      PageBuffer<P> buffer,
      Thread reader) {
    this.scan = scan;
    this.totalSegments = totalSegments;
    this.nextSegment = nextSegment;
    this.countOnly = countOnly;
    this.toPage = toPage;
    this.buffer = buffer;
    this.reader = reader;
  }

  @Override
  public void run() {
    try {
      if (Thread.currentThread() == reader) {
        // The reader would wait for its own worker to make room in the buffer: forever.
        throw new IllegalStateException(
            "The executor of the parallel " + scan.description() + " ran a segment on the thread"
                + " that reads the items, which would then wait for itself: pass an executor"
                + " that runs tasks on other threads (not Runnable::run)");
      }
      int segment = nextSegment.getAndIncrement();
      while (segment < totalSegments && read(scan.segment(segment, totalSegments))) {
        segment = nextSegment.getAndIncrement();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      buffer.fail(
          AbortedException.builder()
              .message("A segment of the parallel " + scan.description() + " was interrupted")
              .cause(e)
              .build());
    } catch (RuntimeException | Error e) {
      buffer.fail(e);
    } finally {
      buffer.workerDone();
    }
  }

  /** Reads one segment to its end; false if the scan was stopped first. */
  private boolean read(Scan<?> segment) throws InterruptedException {
    Map<String, AttributeValue> startKey = null;
    do {
      if (buffer.isStopped() || buffer.checkDeadline()) {
        return false;
      }
      RawPage raw = segment.fetch(startKey, countOnly);
      P page = toPage.apply(raw);
      if (page != null && !buffer.put(page)) {
        return false;
      }
      startKey = raw.hasMore() ? raw.lastEvaluatedKey() : null;
    } while (startKey != null);
    return true;
  }
}
