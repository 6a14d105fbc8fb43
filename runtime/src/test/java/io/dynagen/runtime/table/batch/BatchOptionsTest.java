package io.dynagen.runtime.table.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.function.LongConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Options of batch writes and gets: defaults, copies, and arguments out of range. */
class BatchOptionsTest {

  private static void rejected(Executable call, String... mentions) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    for (String mention : mentions) {
      assertTrue(e.getMessage().contains(mention), e.getMessage());
    }
  }

  @Test
  void writeDefaults() {
    BatchWriteOptions options = BatchWriteOptions.defaults();
    assertEquals(8, options.maxInFlight());
    assertEquals(10, options.maxAttempts());
    assertEquals(Duration.ofMillis(50), options.backoffBase());
    assertEquals(Duration.ofSeconds(5), options.backoffCap());
    assertNull(options.executor());
    assertNull(options.progressListener());
  }

  @Test
  void withersChangeACopy() {
    Executor direct = Runnable::run;
    LongConsumer listener = landed -> {};
    BatchWriteOptions defaults = BatchWriteOptions.defaults();
    BatchWriteOptions changed =
        defaults
            .withMaxInFlight(16)
            .withMaxAttempts(3)
            .withBackoff(Duration.ZERO, Duration.ofMillis(10))
            .withExecutor(direct)
            .withProgressListener(listener);
    assertEquals(16, changed.maxInFlight());
    assertEquals(3, changed.maxAttempts());
    assertEquals(Duration.ZERO, changed.backoffBase());
    assertEquals(Duration.ofMillis(10), changed.backoffCap());
    assertSame(direct, changed.executor());
    assertSame(listener, changed.progressListener());
    assertEquals(8, defaults.maxInFlight(), "the defaults are unchanged");
    assertEquals(10, defaults.maxAttempts());
    assertNull(defaults.executor());
  }

  @Test
  void writeArgumentsOutOfRangeNameTheRange() {
    BatchWriteOptions options = BatchWriteOptions.defaults();
    rejected(() -> options.withMaxInFlight(0), "maxInFlight is 0", "from 1", "to 64");
    rejected(() -> options.withMaxInFlight(65), "maxInFlight is 65", "to 64");
    rejected(() -> options.withMaxAttempts(0), "maxAttempts is 0", "from 1", "to 100");
    rejected(() -> options.withMaxAttempts(101), "maxAttempts is 101");
    rejected(() -> options.withBackoff(Duration.ofMillis(-1), Duration.ofSeconds(1)), "base is PT-0.001S", "from 0", "PT1M");
    rejected(() -> options.withBackoff(Duration.ofMinutes(2), Duration.ofMinutes(3)), "base is PT2M");
    rejected(() -> options.withBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1)), "cap is PT1S", "from the base (PT2S)", "PT15M");
    rejected(() -> options.withBackoff(Duration.ZERO, Duration.ofMinutes(16)), "cap is PT16M");
    assertThrows(NullPointerException.class, () -> options.withExecutor(null));
    assertThrows(NullPointerException.class, () -> options.withProgressListener(null));
    assertThrows(NullPointerException.class, () -> options.withBackoff(null, Duration.ZERO));
  }

  @Test
  void getOptions() {
    BatchGetOptions defaults = BatchGetOptions.defaults();
    assertEquals(10, defaults.maxAttempts());
    assertEquals(Duration.ofMillis(50), defaults.backoffBase());
    assertEquals(Duration.ofSeconds(5), defaults.backoffCap());
    BatchGetOptions changed = defaults.withMaxAttempts(2).withBackoff(Duration.ofMillis(1), Duration.ofMillis(2));
    assertEquals(2, changed.maxAttempts());
    assertEquals(Duration.ofMillis(2), changed.backoffCap());
    assertEquals(10, defaults.maxAttempts());
    rejected(() -> defaults.withMaxAttempts(0), "maxAttempts is 0", "from 1");
    rejected(() -> defaults.withBackoff(Duration.ofSeconds(1), Duration.ZERO), "cap is PT0S");
  }

  @Test
  void pausesGrowExponentiallyUpToTheCapWithFullJitter() {
    RetryPolicy policy = new RetryPolicy(10, Duration.ofMillis(50), Duration.ofMillis(300));
    long[] bounds = {50, 100, 200, 300, 300, 300};
    for (int attempts = 1; attempts <= bounds.length; attempts++) {
      long bound = Duration.ofMillis(bounds[attempts - 1]).toNanos();
      long longest = 0;
      long shortest = Long.MAX_VALUE;
      for (int i = 0; i < 2000; i++) {
        long pause = policy.pauseNanos(attempts);
        assertTrue(pause >= 0 && pause <= bound, attempts + " attempts: " + pause);
        longest = Math.max(longest, pause);
        shortest = Math.min(shortest, pause);
      }
      // Full jitter: pauses spread over the whole range, not only near its top.
      assertTrue(longest > bound * 9 / 10 && shortest < bound / 10, attempts + ": " + shortest + ".." + longest);
    }
    assertEquals(0, new RetryPolicy(3, Duration.ZERO, Duration.ZERO).pauseNanos(3));
    assertTrue(new RetryPolicy(100, Duration.ofMinutes(1), Duration.ofMinutes(15)).pauseNanos(100) <= Duration.ofMinutes(15).toNanos());
    assertTrue(policy.allowsAnotherAttempt(9));
    assertTrue(!policy.allowsAnotherAttempt(10));
  }

  @Test
  void deadlines() {
    assertNull(BatchWriteOptions.defaults().deadline());
    assertNull(BatchGetOptions.defaults().deadline());
    BatchWriteOptions write = BatchWriteOptions.defaults().withDeadline(Duration.ofSeconds(30)).withMaxInFlight(2);
    assertEquals(Duration.ofSeconds(30), write.deadline());
    assertTrue(write.toString().endsWith(", deadline=PT30S]"), write.toString());
    assertEquals(Duration.ofSeconds(5), BatchGetOptions.defaults().withDeadline(Duration.ofSeconds(5)).withMaxAttempts(3).deadline());
    rejected(() -> BatchWriteOptions.defaults().withDeadline(Duration.ZERO), "PT0S", "more than zero");
    rejected(() -> BatchGetOptions.defaults().withDeadline(Duration.ofDays(2)), "at most PT24H");
    rejected(() -> BatchWriteOptions.defaults().withDeadline(null), "null");
  }
}
