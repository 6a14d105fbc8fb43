package io.dynagen.runtime.table.read;

import java.lang.ref.Cleaner;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The caller's side of a parallel scan: starts the workers at the first {@link #hasNext()}, then
 * hands out the items of the pages they read. Closing it, reading it to the end, or a failure
 * stops the workers; so does losing it unclosed, when the garbage collector finds it (a late
 * safety net, not a way to close).
 */
final class ParallelScanIterator<T> implements ParallelScan.ItemIterator<T> {
  private static final Cleaner CLEANER = Cleaner.create();

  private final ParallelScan<T> scan;
  private final PageBuffer<List<T>> buffer;
  // Holds the buffer, never this iterator, so that an unreachable iterator can be cleaned.
  private final Cleaner.Cleanable stopper;
  private Iterator<T> current = Collections.emptyIterator();
  private boolean started;
  private boolean finished;

  ParallelScanIterator(ParallelScan<T> scan) {
    this.scan = scan;
    this.buffer = scan.newBuffer();
    this.stopper = CLEANER.register(this, buffer::stop);
  }

  @Override
  public boolean hasNext() {
    while (!current.hasNext()) {
      if (finished) {
        return false;
      }
      if (!started) {
        started = true;
        scan.start(buffer, false, scan.itemsOfPage());
      }
      List<T> page = buffer.take();
      if (page == null) {
        close();
        return false;
      }
      current = page.iterator();
    }
    return true;
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException("No more items in the " + scan);
    }
    return current.next();
  }

  @Override
  public void close() {
    finished = true;
    current = Collections.emptyIterator();
    stopper.clean();
  }
}
