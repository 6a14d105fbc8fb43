package io.dynagen.runtime.table.batch;

import static io.dynagen.runtime.table.batch.OfflineTables.delete;
import static io.dynagen.runtime.table.batch.OfflineTables.put;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.runtime.testmodel.TestUser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the next batch carries: one write per key, at most 25 writes and 16 MB, keys in order. */
class WriteBufferTest {
  private final WriteBuffer buffer =
      new WriteBuffer(BatchWriteEngine.MAX_WRITES_PER_REQUEST, BatchWriteEngine.MAX_BYTES_PER_REQUEST);

  private List<PendingWrite> nextBatch() {
    List<PendingWrite> batch = new ArrayList<>();
    buffer.fill(batch);
    return batch;
  }

  private static List<String> describe(List<PendingWrite> batch) {
    List<String> out = new ArrayList<>();
    for (PendingWrite write : batch) {
      out.add((write.isPut() ? "put " : "delete ") + write.key().get("username").s()
          + (write.isPut() ? " " + ((TestUser) write.item()).age() : ""));
    }
    return out;
  }

  @Test
  void aLaterWriteOfABufferedKeyReplacesIt() {
    buffer.add(put(TestUser.of("a", "x").withAge(1)));
    buffer.add(put(TestUser.of("b", "x").withAge(1)));
    buffer.add(put(TestUser.of("a", "x").withAge(2)));
    buffer.add(delete("b", "x"));
    buffer.add(put(TestUser.of("c", "x").withAge(1)));
    assertEquals(List.of("put a 2", "delete b", "put c 1"), describe(nextBatch()));
    assertFalse(buffer.isEmpty(), "keys of a batch are in flight until released");
    assertFalse(buffer.hasReady());
  }

  @Test
  void thirtyPutsOfOneKeyLeaveOneWrite() {
    for (int age = 0; age < 30; age++) {
      buffer.add(put(TestUser.of("a", "x").withAge(age)));
    }
    assertFalse(buffer.hasFullBatch());
    assertEquals(List.of("put a 29"), describe(nextBatch()));
  }

  @Test
  void batchesHoldAtMostTwentyFiveWritesOldestFirst() {
    for (int i = 0; i < 60; i++) {
      buffer.add(put(TestUser.of("u" + i, "x").withAge(i)));
    }
    assertTrue(buffer.hasFullBatch());
    List<PendingWrite> first = nextBatch();
    List<PendingWrite> second = nextBatch();
    assertFalse(buffer.hasFullBatch(), "10 left");
    List<PendingWrite> third = nextBatch();
    assertEquals(List.of(25, 25, 10), List.of(first.size(), second.size(), third.size()));
    assertEquals("put u0 0", describe(first).get(0));
    assertEquals("put u25 25", describe(second).get(0));
    assertEquals("put u59 59", describe(third).get(9));
    assertTrue(nextBatch().isEmpty());
  }

  @Test
  void batchesStayUnderTheByteLimitWithoutReordering() {
    long smallSize = put(TestUser.of("s0", "x").withFirstName("y".repeat(100))).size();
    // A buffer whose byte limit holds three small writes: the same packing as 16 MB, smaller.
    WriteBuffer tight = new WriteBuffer(25, 3 * smallSize);
    for (int i = 0; i < 7; i++) {
      tight.add(put(TestUser.of("s" + i, "x").withFirstName("y".repeat(100))));
    }
    tight.add(put(TestUser.of("big", "x").withFirstName("y".repeat(1000))));
    tight.add(put(TestUser.of("after", "x")));
    List<Integer> sizes = new ArrayList<>();
    List<PendingWrite> batch;
    do {
      batch = new ArrayList<>();
      tight.fill(batch);
      long bytes = 0;
      for (PendingWrite write : batch) {
        bytes += write.size();
      }
      assertTrue(batch.size() <= 1 || bytes <= 3 * smallSize, "over the byte limit: " + bytes);
      if (!batch.isEmpty()) {
        sizes.add(batch.size());
      }
    } while (!batch.isEmpty());
    // s0-s2, s3-s5, s6 (big does not fit with it), big alone (over the limit, still sent), after.
    assertEquals(List.of(3, 3, 1, 1, 1), sizes);
  }

  @Test
  void theByteLimitAloneMakesAFullBatch() {
    WriteBuffer tight = new WriteBuffer(25, 1000);
    tight.add(put(TestUser.of("a", "x").withFirstName("y".repeat(600))));
    assertFalse(tight.hasFullBatch());
    tight.add(put(TestUser.of("b", "x").withFirstName("y".repeat(600))));
    assertTrue(tight.hasFullBatch());
  }

  @Test
  void aWriteOfAKeyInFlightWaitsForItsBatch() {
    buffer.add(put(TestUser.of("a", "x").withAge(1)));
    List<PendingWrite> inFlight = nextBatch();
    buffer.add(put(TestUser.of("a", "x").withAge(2)));
    buffer.add(put(TestUser.of("a", "x").withAge(3)));
    buffer.add(put(TestUser.of("b", "x").withAge(1)));
    assertEquals(List.of("put b 1"), describe(nextBatch()), "a's newer writes wait");
    assertTrue(buffer.isSuperseded(inFlight.get(0).identity()));
    buffer.release(inFlight.get(0).identity());
    assertEquals(List.of("put a 3"), describe(nextBatch()), "the newest write of a, once");
  }

  @Test
  void aResendKeepsItsKeyInFlight() {
    buffer.add(put(TestUser.of("a", "x").withAge(1)));
    List<PendingWrite> resend = nextBatch();
    assertFalse(buffer.isSuperseded(resend.get(0).identity()));
    buffer.add(put(TestUser.of("b", "x")));
    buffer.fill(resend); // topped up after the pause
    assertEquals(List.of("put a 1", "put b null"), describe(resend));
    buffer.release(resend.get(0).identity());
    buffer.release(resend.get(1).identity());
    assertTrue(buffer.isEmpty());
  }

  @Test
  void releasingAKeyWithNothingWaitingLeavesNothingReady() {
    PendingWrite write = put(TestUser.of("a", "x"));
    buffer.add(write);
    assertSame(write, nextBatch().get(0));
    buffer.release(write.identity());
    assertFalse(buffer.hasReady());
    assertTrue(buffer.isEmpty());
  }
}
