package io.dynagen.runtime.table.internal;

import java.time.Duration;

/** Deadlines of bulk work as {@link System#nanoTime()} values. */
public final class Deadlines {
  /** The largest deadline an option takes: beyond it, a deadline is a mistake. */
  static final Duration MAX = Duration.ofDays(1);

  private Deadlines() {}

  /** The nanoTime {@code timeout} from now, or {@code Long.MAX_VALUE} for none ({@code null}). */
  public static long at(Duration timeout) {
    return timeout == null ? Long.MAX_VALUE : System.nanoTime() + timeout.toNanos();
  }

  /** Checks a deadline option. */
  public static Duration check(Duration timeout) {
    if (timeout == null || timeout.isNegative() || timeout.isZero() || timeout.compareTo(MAX) > 0) {
      throw new IllegalArgumentException(
          "The deadline is " + timeout + ": it must be more than zero and at most " + MAX
              + " (leave it out for none)");
    }
    return timeout;
  }

  /** True once {@code deadlineNanos} has passed. */
  public static boolean passed(long deadlineNanos) {
    return deadlineNanos != Long.MAX_VALUE && System.nanoTime() - deadlineNanos >= 0;
  }
}
