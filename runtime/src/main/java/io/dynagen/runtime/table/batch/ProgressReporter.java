package io.dynagen.runtime.table.batch;

import java.util.function.LongConsumer;

/**
 * Tells a batch writer's progress listener how many writes have landed. Batches land on
 * several threads, and each reports the count it read; calls are serialized and a count not
 * above the last one told is skipped, so the listener sees a growing sequence that ends with
 * the total (the thread that lands the last writes reads the total).
 */
final class ProgressReporter {
  private final LongConsumer listener;
  private long told;
  private RuntimeException failure;

  /** @param listener the listener, or {@code null} for none */
  ProgressReporter(LongConsumer listener) {
    this.listener = listener;
  }

  /** Tells the listener {@code landed}, unless it was told as much already. */
  synchronized void report(long landed) {
    if (listener == null || landed <= told) {
      return;
    }
    told = landed;
    try {
      listener.accept(landed);
    } catch (RuntimeException e) {
      // Writing goes on: a listener's bug must not cost the user's data. close() rethrows it.
      if (failure == null) {
        failure = e;
      }
    }
  }

  /** The first exception the listener threw, or {@code null}. */
  synchronized RuntimeException failure() {
    return failure;
  }
}
