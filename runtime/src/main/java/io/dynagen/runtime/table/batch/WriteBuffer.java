package io.dynagen.runtime.table.batch;

import io.dynagen.runtime.table.internal.ItemKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The writes a batch writer holds, and the keys its batches have in flight. It decides what the
 * next batch carries so that:
 *
 * <ul>
 *   <li>a batch never names a key twice (DynamoDB rejects such a batch), because a later write of
 *       a key still buffered replaces the earlier one ("overwrite by keys", as boto3's writer);
 *   <li>writes of one key land in the order they were made, even with several batches in flight:
 *       a write of a key that a batch has in flight (sent, or waiting to be resent) waits until
 *       that batch is done with it, and a resend is dropped if a newer write of its key waits;
 *   <li>a batch holds at most {@code maxRequests} writes and {@code maxBytes} bytes (a lone
 *       write over {@code maxBytes} still goes, alone).
 * </ul>
 *
 * <p>Not thread-safe: the writer's engine guards it with its lock.
 */
final class WriteBuffer {
  private final int maxRequests;
  private final long maxBytes;
  /** Writes that may go in the next batch, oldest first; none of their keys is in flight. */
  private final LinkedHashMap<ItemKey, PendingWrite> ready = new LinkedHashMap<>();
  /** For keys in flight, the newest write made since, sent when the batch is done with the key. */
  private final Map<ItemKey, PendingWrite> waiting = new HashMap<>();
  private final Set<ItemKey> inFlight = new HashSet<>();
  private long readyBytes;

  WriteBuffer(int maxRequests, long maxBytes) {
    this.maxRequests = maxRequests;
    this.maxBytes = maxBytes;
  }

  /**
   * Adds a write, replacing a write of the same key not yet sent.
   *
   * @return the write replaced, or {@code null}
   */
  PendingWrite add(PendingWrite write) {
    ItemKey key = write.identity();
    if (inFlight.contains(key)) {
      return waiting.put(key, write);
    }
    PendingWrite replaced = ready.put(key, write);
    readyBytes += write.size() - (replaced == null ? 0 : replaced.size());
    return replaced;
  }

  /** True if the writes ready to go fill a batch. */
  boolean hasFullBatch() {
    return ready.size() >= maxRequests || readyBytes >= maxBytes;
  }

  /** True if any write is ready to go. */
  boolean hasReady() {
    return !ready.isEmpty();
  }

  /** True if nothing is held: nothing ready, waiting, or in flight. */
  boolean isEmpty() {
    return ready.isEmpty() && waiting.isEmpty() && inFlight.isEmpty();
  }

  /**
   * Moves ready writes, oldest first, into {@code batch} (which may already hold writes to
   * resend) while it has room, and marks their keys in flight.
   */
  void fill(List<PendingWrite> batch) {
    long bytes = 0;
    for (PendingWrite write : batch) {
      bytes += write.size();
    }
    Iterator<PendingWrite> writes = ready.values().iterator();
    while (batch.size() < maxRequests && writes.hasNext()) {
      PendingWrite write = writes.next();
      if (!batch.isEmpty() && bytes + write.size() > maxBytes) {
        break; // the oldest write goes first: it is not overtaken by a smaller one
      }
      writes.remove();
      readyBytes -= write.size();
      inFlight.add(write.identity());
      batch.add(write);
      bytes += write.size();
    }
  }

  /**
   * The batch holding {@code key} is done with it (its write landed or was given up): a write of
   * the key waiting meanwhile becomes ready.
   */
  void release(ItemKey key) {
    inFlight.remove(key);
    PendingWrite next = waiting.remove(key);
    if (next != null) {
      ready.put(key, next);
      readyBytes += next.size();
    }
  }

  /**
   * Takes out every write not sent yet, ready or waiting for its key, for a writer that stops
   * sending; the keys in flight stay until their batches are done with them.
   */
  List<PendingWrite> takeUnsent() {
    List<PendingWrite> unsent = new ArrayList<>(ready.values());
    unsent.addAll(waiting.values());
    ready.clear();
    waiting.clear();
    readyBytes = 0;
    return unsent;
  }

  /**
   * True if a newer write of this in-flight key waits, so resending the older one would be
   * pointless: the newer one replaces it, as it would have in the buffer.
   */
  boolean isSuperseded(ItemKey key) {
    return waiting.containsKey(key);
  }
}
