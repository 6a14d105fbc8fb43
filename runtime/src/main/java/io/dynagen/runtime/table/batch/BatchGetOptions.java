package io.dynagen.runtime.table.batch;

import io.dynagen.runtime.table.internal.Deadlines;
import java.time.Duration;

/**
 * Options of a {@link BatchGet}: how often keys the service leaves unprocessed (or whose request
 * it throttles) are asked again, and the pauses in between. Immutable: {@code
 * BatchGetOptions.defaults().withMaxAttempts(5)}.
 *
 * <p>The defaults: 10 attempts per key, pauses drawn from 0 to 50 ms, doubling up to 5 s.
 */
public final class BatchGetOptions {
  private static final BatchGetOptions DEFAULTS = new BatchGetOptions(RetryPolicy.DEFAULTS);

  private final RetryPolicy retry;
  private final Duration deadline;

  private BatchGetOptions(RetryPolicy retry) {
    this(retry, null);
  }

  private BatchGetOptions(RetryPolicy retry, Duration deadline) {
    this.retry = retry;
    this.deadline = deadline;
  }

  /** {@return the default options} */
  public static BatchGetOptions defaults() {
    return DEFAULTS;
  }

  /**
   * {@return these options, asking for each key at most {@code attempts} times, the first included}
   *
   * @param attempts how many attempts, the first included
   * @throws IllegalArgumentException unless {@code attempts} is from 1 to 100
   */
  public BatchGetOptions withMaxAttempts(int attempts) {
    return new BatchGetOptions(retry.withMaxAttempts(attempts), deadline);
  }

  /**
   * {@return these options, pausing before attempt {@code n + 1} for a random time from zero to
   * {@code min(cap, base * 2^(n - 1))} (exponential backoff with full jitter)}
   *
   * @param base the upper bound of the first pause
   * @param cap the largest upper bound of a pause
   * @throws IllegalArgumentException unless {@code base} is from 0 to 1 minute and {@code cap}
   *     from {@code base} to 15 minutes
   */
  public BatchGetOptions withBackoff(Duration base, Duration cap) {
    return new BatchGetOptions(retry.withBackoff(base, cap), deadline);
  }

  /**
   * Attempts per key, the first included.
   *
   * @return the attempts per key, the first included
   */
  public int maxAttempts() {
    return retry.maxAttempts();
  }

  /** {@return the upper bound of the first pause before asking again} */
  public Duration backoffBase() {
    return retry.base();
  }

  /** {@return the largest upper bound of a pause before asking again} */
  public Duration backoffCap() {
    return retry.cap();
  }

  /**
   * {@return these options, with a deadline counted from when {@code execute()} starts: after it,
   * no further request is sent and the keys not read yet are reported in a {@link
   * BatchGetException} (a request in flight ends within the client's own timeouts)} An interrupt of
   * the reading thread stops it the same way, and the interrupt status stays set.
   *
   * @param timeout how long it may take, from the start
   * @throws IllegalArgumentException unless {@code timeout} is more than zero and at most a day
   */
  public BatchGetOptions withDeadline(Duration timeout) {
    return new BatchGetOptions(retry, Deadlines.check(timeout));
  }

  /** {@return the deadline, or {@code null} for none} */
  public Duration deadline() {
    return deadline;
  }

  RetryPolicy retry() {
    return retry;
  }

  @Override
  public String toString() {
    return "BatchGetOptions[maxAttempts=" + retry.maxAttempts() + ", backoff=" + retry.base() + ".." + retry.cap() + "]";
  }
}
