package io.dynagen.runtime.table.batch;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * How often a batch resends what the service left unprocessed or throttled, and how long it
 * pauses first: exponential backoff with full jitter, as AWS advises for batch operations (a
 * pause drawn uniformly from zero to {@code min(cap, base * 2^(attempts - 1))}, so that many
 * clients backing off at once spread out instead of retrying in step).
 *
 * @param maxAttempts the attempts per request, the first included
 * @param base the upper bound of the first pause
 * @param cap the largest upper bound of any pause
 */
record RetryPolicy(int maxAttempts, Duration base, Duration cap) {
  static final int MAX_ATTEMPTS_LIMIT = 100;
  static final Duration MAX_BASE = Duration.ofMinutes(1);
  static final Duration MAX_CAP = Duration.ofMinutes(15);

  /** Ten attempts, pauses of up to 50 ms doubling up to 5 s: about 13 s in the worst case. */
  static final RetryPolicy DEFAULTS = new RetryPolicy(10, Duration.ofMillis(50), Duration.ofSeconds(5));

  RetryPolicy {
    if (maxAttempts < 1 || maxAttempts > MAX_ATTEMPTS_LIMIT) {
      throw new IllegalArgumentException(
          "maxAttempts is " + maxAttempts + ": it counts the first attempt, so it must be from 1"
              + " (never resend) to " + MAX_ATTEMPTS_LIMIT);
    }
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(cap, "cap");
    if (base.isNegative() || base.compareTo(MAX_BASE) > 0) {
      throw new IllegalArgumentException(
          "The backoff base is " + base + ": it must be from 0 (resend at once) to " + MAX_BASE);
    }
    if (cap.compareTo(base) < 0 || cap.compareTo(MAX_CAP) > 0) {
      throw new IllegalArgumentException(
          "The backoff cap is " + cap + ": it must be from the base (" + base + ") to " + MAX_CAP);
    }
  }

  RetryPolicy withMaxAttempts(int attempts) {
    return new RetryPolicy(attempts, base, cap);
  }

  RetryPolicy withBackoff(Duration newBase, Duration newCap) {
    return new RetryPolicy(maxAttempts, newBase, newCap);
  }

  /** True if a request tried {@code attempts} times may be sent again. */
  boolean allowsAnotherAttempt(int attempts) {
    return attempts < maxAttempts;
  }

  /** The pause before the next attempt of a request already tried {@code attempts} times. */
  long pauseNanos(int attempts) {
    long bound = base.toNanos();
    // Doubling stops at the cap; counting the shifts keeps the product from overflowing.
    for (int i = 1; i < attempts && bound < cap.toNanos(); i++) {
      bound *= 2;
    }
    bound = Math.min(bound, cap.toNanos());
    return bound <= 0 ? 0 : ThreadLocalRandom.current().nextLong(bound + 1);
  }

  /**
   * Sleeps before the next attempt. An interrupt ends the pause early and stays set: the attempt
   * then goes ahead (and fails fast if the client honours interrupts), so the request still ends
   * up written or reported, never forgotten.
   */
  void pause(int attempts) {
    pause(attempts, Long.MAX_VALUE);
  }

  /** As {@link #pause(int)}, ending at {@code deadlineNanos} (a System.nanoTime()) at the latest. */
  void pause(int attempts, long deadlineNanos) {
    long nanos = pauseNanos(attempts);
    if (deadlineNanos != Long.MAX_VALUE) {
      nanos = Math.max(0, Math.min(nanos, deadlineNanos - System.nanoTime()));
    }
    if (nanos == 0) {
      return;
    }
    try {
      TimeUnit.NANOSECONDS.sleep(nanos);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
