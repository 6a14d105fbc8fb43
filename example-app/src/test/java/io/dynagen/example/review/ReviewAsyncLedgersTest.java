package io.dynagen.example.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.runtime.expr.Update;
import io.dynagen.runtime.table.ConditionFailedException;
import io.dynagen.runtime.table.VersionConflictException;
import io.dynagen.runtime.testing.LocalDynamoDb;
import io.dynagen.runtime.testing.OneThreadAsyncClient;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A first user's check of the async face of a bean with a {@code @Version}, an
 * {@code @AtomicCounter}, an {@code @AutoTimestamp}, a nested document and a list, set and map:
 * the same writes through the sync table and the async one, on twin items, give the same items
 * (but the timestamp's instant) and fail with the same exceptions.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewAsyncLedgersTest {
  private final OneThreadAsyncClient async = new OneThreadAsyncClient();
  private final LedgerTable sync =
      LedgerTable.create(LocalDynamoDb.client(), LocalDynamoDb.uniqueTableName("review_ledgers"));
  private final LedgerAsyncTable ledgers = LedgerAsyncTable.create(async.client(), sync.tableName());

  ReviewAsyncLedgersTest() throws Throwable {
    async.await(ledgers.createTable());
  }

  @AfterAll
  void dropTable() throws Throwable {
    async.await(ledgers.deleteTable());
    async.close();
  }

  private static Ledger ledger(String id) {
    return new Ledger(id, "ann", new Origin("Lisbon", 1100, List.of("Rua Augusta")), List.of(5, -2),
        Set.of("cash", "eur"), Map.of("jan", 3L));
  }

  /** The sync item with the async one's id and timestamp: what the async write must have made. */
  private static void assertTwins(Ledger syncItem, Ledger asyncItem) {
    assertEquals(syncItem.contents(), asyncItem.contents());
    assertNotNull(asyncItem.getTouchedAt());
  }

  @Test
  void generatedValuesAreWrittenAsTheSyncTableWritesThem() throws Throwable {
    Ledger syncPut = sync.put(ledger("sync-1"));
    Ledger asyncPut = async.await(ledgers.put(ledger("async-1")));
    assertTwins(syncPut, asyncPut);
    assertEquals(1L, asyncPut.getVersion());
    assertEquals(Optional.of(asyncPut), sync.get("async-1"));

    Ledger given = ledger("async-2");
    async.await(ledgers.put(given));
    assertNull(given.getVersion(), "the object given is not changed");
    assertNull(given.getTouchedAt());

    Ledger syncUpdated = sync.update(syncPut, Ledger_.owner.set("bob"), Ledger_.origin.city.set("Porto"));
    Ledger asyncUpdated = async.await(ledgers.update(asyncPut, Ledger_.owner.set("bob"), Ledger_.origin.city.set("Porto")));
    assertTwins(syncUpdated, asyncUpdated);
    assertEquals(2L, asyncUpdated.getVersion());
    assertEquals("Porto", asyncUpdated.getOrigin().city());
    assertEquals(List.of("Rua Augusta"), asyncUpdated.getOrigin().roads());
    assertTrue(asyncUpdated.getTouchedAt().compareTo(asyncPut.getTouchedAt()) >= 0);

    Ledger syncByKey = sync.update("sync-1", Ledger_.tags.addElements("usd"), Ledger_.totals.get("feb").set(9L));
    Ledger asyncByKey = async.await(ledgers.update("async-1", Ledger_.tags.addElements("usd"), Ledger_.totals.get("feb").set(9L)));
    assertTwins(syncByKey, asyncByKey);
    assertEquals(Set.of("cash", "eur", "usd"), asyncByKey.getTags());
    assertEquals(Map.of("jan", 3L, "feb", 9L), asyncByKey.getTotals());
    assertEquals(syncByKey.getEntries(), asyncByKey.getEntries());
    assertEquals(3L, asyncByKey.getVersion());

    Ledger form = new Ledger();
    form.setOwner("cy");
    form.setVersion(3L);
    form.setId("sync-1");
    Ledger syncPatched = sync.patch(form);
    form.setId("async-1");
    Ledger asyncPatched = async.await(ledgers.patch(form));
    assertTwins(syncPatched, asyncPatched);
    assertEquals(List.of(5, -2), asyncPatched.getAmounts());
    assertEquals(4L, asyncPatched.getVersion());
  }

  @Test
  void aStaleVersionFailsAsTheSyncTableFails() throws Throwable {
    Ledger syncFirst = sync.put(ledger("sync-v"));
    Ledger asyncFirst = async.await(ledgers.put(ledger("async-v")));
    sync.update(syncFirst, Ledger_.owner.set("newer"));
    Ledger asyncNewer = async.await(ledgers.update(asyncFirst, Ledger_.owner.set("newer")));

    VersionConflictException syncFailure =
        assertThrows(VersionConflictException.class, () -> sync.update(syncFirst, Ledger_.owner.set("stale")));
    VersionConflictException asyncFailure =
        assertThrows(VersionConflictException.class, () -> async.await(ledgers.update(asyncFirst, Ledger_.owner.set("stale"))));
    assertEquals(syncFailure.expectedVersion(), asyncFailure.expectedVersion());
    assertEquals(syncFailure.foundVersion(), asyncFailure.foundVersion());
    assertEquals(2L, asyncFailure.foundVersion());
    assertEquals(syncFailure.getMessage().replace("sync-v", "async-v"), asyncFailure.getMessage());
    assertEquals(Optional.of(asyncNewer), asyncFailure.item(Ledger.class));

    assertThrows(VersionConflictException.class, () -> async.await(ledgers.put(asyncFirst)));
    assertThrows(VersionConflictException.class, () -> async.await(ledgers.delete(asyncFirst)));
    assertThrows(VersionConflictException.class, () -> async.await(ledgers.patch(asyncFirst)));
    ConditionFailedException falseCondition = assertThrows(ConditionFailedException.class,
        () -> async.await(ledgers.update(asyncNewer, Update.of(Ledger_.owner.set("x")), Ledger_.owner.eq("nobody"))));
    assertEquals(ConditionFailedException.class, falseCondition.getClass(), "a false condition is not a version conflict");
    assertEquals(Optional.of(asyncNewer), falseCondition.item(Ledger.class));
    assertEquals(Optional.of(asyncNewer), sync.get("async-v"));

    async.await(ledgers.delete(asyncNewer));
    assertEquals(Optional.empty(), sync.get("async-v"));
  }
  /** An object whose item was deleted meanwhile: the same conflict, with no item as it stood. */
  @Test
  void aVersionedWriteOfADeletedItemFailsAsTheSyncOneFails() throws Throwable {
    Ledger syncGone = sync.put(ledger("sync-gone"));
    Ledger asyncGone = async.await(ledgers.put(ledger("async-gone")));
    sync.delete("sync-gone");
    async.await(ledgers.delete("async-gone"));
    VersionConflictException syncFailure =
        assertThrows(VersionConflictException.class, () -> sync.update(syncGone, Ledger_.owner.set("late")));
    VersionConflictException asyncFailure =
        assertThrows(VersionConflictException.class, () -> async.await(ledgers.update(asyncGone, Ledger_.owner.set("late"))));
    assertEquals(syncFailure.getMessage().replace("sync-gone", "async-gone"), asyncFailure.getMessage());
    assertEquals(syncFailure.foundVersion(), asyncFailure.foundVersion());
    assertEquals(Optional.empty(), asyncFailure.item(Ledger.class));
    assertEquals(sync.putIfAbsent(ledger("sync-new")).isPresent(), async.await(ledgers.putIfAbsent(ledger("async-new"))).isPresent());
    assertEquals(sync.get("sync-new").map(Ledger::contents), async.await(ledgers.get("async-new")).map(Ledger::contents));
  }
}
