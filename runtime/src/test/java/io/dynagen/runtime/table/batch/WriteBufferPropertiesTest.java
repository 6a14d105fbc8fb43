package io.dynagen.runtime.table.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.runtime.table.internal.ItemKey;
import io.dynagen.runtime.testing.Gen;
import io.dynagen.runtime.testing.Gens;
import io.dynagen.runtime.testing.Property;
import io.dynagen.runtime.testing.RandomCases;
import io.dynagen.runtime.testmodel.TestUser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The buffer under random writes and random service behaviour: batches in flight that land in
 * any order, writes left unprocessed and resent. Whatever happens, no batch names a key twice or
 * exceeds its limits, no key is in two batches at once, and the writes that land leave each key
 * as its last write says (overwrite by keys, in order).
 */
class WriteBufferPropertiesTest {
  private static final int KEYS = 6;

  /** A put ({@code age} >= 0) or a delete ({@code age} < 0) of user {@code key}. */
  record Op(int key, int age) {
    PendingWrite write() {
      return age < 0
          ? OfflineTables.delete("u" + key, "x")
          : OfflineTables.put(TestUser.of("u" + key, "x").withAge(age).withFirstName("f".repeat(age % 50)));
    }
  }

  private static Gen<List<Op>> ops() {
    return Gen.combine(Gens.ints(0, KEYS - 1), Gens.ints(-3, 60), Op::new).list(0, 200);
  }

  static Stream<Arguments> batchesAreValidAndTheLastWriteOfEachKeyWins() {
    return RandomCases.of(300, ops(), Gens.ints(1, 25), Gens.ints(40, 400), Gens.randoms());
  }

  @Property
  void batchesAreValidAndTheLastWriteOfEachKeyWins(List<Op> ops, int maxRequests, int maxBytes, Random schedule) {
    WriteBuffer buffer = new WriteBuffer(maxRequests, maxBytes);
    Map<String, Integer> expected = new HashMap<>();
    Map<String, Integer> stored = new HashMap<>();
    List<List<PendingWrite>> inFlight = new ArrayList<>();
    Iterator<Op> next = ops.iterator();
    while (next.hasNext() || !buffer.isEmpty()) {
      int action = schedule.nextInt(4);
      if (action <= 1 && next.hasNext()) {
        Op op = next.next();
        buffer.add(op.write());
        if (op.age() < 0) {
          expected.remove("u" + op.key());
        } else {
          expected.put("u" + op.key(), op.age());
        }
      } else if (action == 2 && buffer.hasReady()) {
        List<PendingWrite> batch = new ArrayList<>();
        buffer.fill(batch);
        inFlight.add(batch);
        checkBatches(inFlight, maxRequests, maxBytes);
      } else if (!inFlight.isEmpty()) {
        List<PendingWrite> batch = inFlight.remove(schedule.nextInt(inFlight.size()));
        // Once the ops run out, the service stops leaving writes unprocessed, so it all ends.
        List<PendingWrite> resend = land(batch, buffer, stored, next.hasNext() ? schedule : null);
        if (!resend.isEmpty()) {
          buffer.fill(resend);
          inFlight.add(resend);
          checkBatches(inFlight, maxRequests, maxBytes);
        }
      }
    }
    assertEquals(expected, stored);
  }

  /** The service: lands each write, or leaves it unprocessed at random; returns what to resend. */
  private static List<PendingWrite> land(
      List<PendingWrite> batch, WriteBuffer buffer, Map<String, Integer> stored, Random unprocessed) {
    List<PendingWrite> resend = new ArrayList<>();
    for (PendingWrite write : batch) {
      if (unprocessed != null && unprocessed.nextInt(3) == 0) {
        if (buffer.isSuperseded(write.identity())) {
          buffer.release(write.identity());
        } else {
          resend.add(write);
        }
        continue;
      }
      String username = write.key().get("username").s();
      if (write.isPut()) {
        stored.put(username, ((TestUser) write.item()).age());
      } else {
        stored.remove(username);
      }
      buffer.release(write.identity());
    }
    return resend;
  }

  private static void checkBatches(List<List<PendingWrite>> inFlight, int maxRequests, int maxBytes) {
    Set<ItemKey> keysInFlight = new HashSet<>();
    for (List<PendingWrite> batch : inFlight) {
      assertTrue(batch.size() <= maxRequests, "too many writes: " + batch.size());
      long bytes = 0;
      for (PendingWrite write : batch) {
        assertTrue(keysInFlight.add(write.identity()), "a key twice in flight: " + write);
        bytes += write.size();
      }
      assertTrue(batch.size() == 1 || bytes <= maxBytes, "over the byte limit: " + bytes);
    }
  }
}
