package io.dynagen.example.single;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.runtime.table.ConditionFailedException;
import io.dynagen.runtime.table.VersionConflictException;
import io.dynagen.runtime.table.batch.BatchWriter;
import io.dynagen.runtime.table.transact.TransactWrite;
import io.dynagen.runtime.table.transact.TransactionFailedException;
import io.dynagen.runtime.testing.LocalDynamoDb;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * An entity with a {@code @Version}, timestamps, a generated UUID and an atomic counter, written
 * through its accessor as a one-class table writes them: generated values filled on put, the
 * version checked and raised on put, update and delete ({@link VersionConflictException} when
 * another write came first), and nothing written when the check fails.
 */
class VersionedEntityTest {
  private static final DynamoDbClient CLIENT = LocalDynamoDb.client();
  private static BoardTable board;

  @BeforeAll
  static void createTable() {
    board = BoardTable.create(CLIENT, LocalDynamoDb.uniqueTableName("board"));
    board.createTable();
  }

  @AfterAll
  static void deleteTable() {
    board.deleteTable();
  }

  @Test
  void aPutFillsTheGeneratedValuesAndTheNextPutChecksTheVersion() {
    Task written = board.tasks().put(Task.fresh("b-1", "t-1", "Write the docs"));
    assertEquals(1L, written.version());
    assertNotNull(written.token());
    assertNotNull(written.createdAt());
    assertNotNull(written.updatedAt());
    assertEquals(100L, written.edits());
    assertEquals(written, board.tasks().get("b-1", "t-1").orElseThrow());

    Task second = board.tasks().put(written.retitled("Write the good docs"));
    assertEquals(2L, second.version());
    assertEquals(written.token(), second.token());
    assertEquals(written.createdAt(), second.createdAt());

    // The object read before the second put is stale: refused, and the stored item is unchanged.
    VersionConflictException stale =
        assertThrows(VersionConflictException.class, () -> board.tasks().put(written.retitled("Lost")));
    assertEquals(1L, stale.expectedVersion());
    assertEquals(2L, stale.foundVersion());
    // A task never written (no version) may not replace one that exists.
    assertThrows(VersionConflictException.class, () -> board.tasks().put(Task.fresh("b-1", "t-1", "Impostor")));
    assertEquals(second, board.tasks().get("b-1", "t-1").orElseThrow());
    assertFalse(board.tasks().putIfAbsent(Task.fresh("b-1", "t-1", "Again")));
    // A batch cannot check a version: it refuses the put before sending anything.
    try (BatchWriter<Task> batch = board.tasks().batchWriter()) {
      IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> batch.put(second));
      assertTrue(refused.getMessage().contains("unsafelyWriteVersionsUnchecked()"), refused.getMessage());
    }
    assertEquals(second, board.tasks().get("b-1", "t-1").orElseThrow());
  }

  @Test
  void anUpdateOfTheObjectChecksItsVersionAndAnUpdateByKeyRaisesIt() {
    Task written = board.tasks().put(Task.fresh("b-2", "t-1", "Plan"));

    Task updated = board.tasks().update(written, Task_.title.set("Plan the week"));
    assertEquals(2L, updated.version());
    assertEquals(105L, updated.edits());
    assertEquals("Plan the week", updated.title());
    assertThrows(VersionConflictException.class, () -> board.tasks().update(written, Task_.title.set("Lost")));

    Task byKey = board.tasks().update("b-2", "t-1", Task_.title.set("Plan the month"));
    assertEquals(3L, byKey.version());
    assertEquals(110L, byKey.edits());
    assertEquals(byKey, board.tasks().get("b-2", "t-1").orElseThrow());

    // An update never creates an entity's item, versioned or not.
    assertThrows(ConditionFailedException.class,
        () -> board.tasks().update(Task.fresh("b-2", "t-none", "Nothing"), Task_.title.set("x")));
  }

  @Test
  void aDeleteOfAStaleObjectIsRefused() {
    Task written = board.tasks().put(Task.fresh("b-3", "t-1", "Tidy"));
    Task current = board.tasks().put(written.retitled("Tidy up"));

    assertThrows(VersionConflictException.class, () -> board.tasks().delete(written));
    assertTrue(board.tasks().get("b-3", "t-1").isPresent());
    board.tasks().delete(current);
    assertFalse(board.tasks().get("b-3", "t-1").isPresent());
  }

  @Test
  void transactionsCheckTheVersionAndTheRootTableRefusesToWriteWithoutIt() {
    Task written = board.tasks().put(Task.fresh("b-4", "t-1", "Ship"));
    TaskNote note = new TaskNote("b-4", "n-1", "ship on Friday");
    TransactWrite.with(CLIENT).put(board.tasks(), written.retitled("Ship it")).put(board.taskNotes(), note).execute();
    Task shipped = board.tasks().get("b-4", "t-1").orElseThrow();
    assertEquals(2L, shipped.version());

    assertThrows(TransactionFailedException.class, () -> TransactWrite.with(CLIENT)
        .put(board.tasks(), written.retitled("Stale")).put(board.taskNotes(), new TaskNote("b-4", "n-2", "lost"))
        .execute());
    assertEquals(List.of(note, shipped), board.boardCollection("b-4").toList());

    IllegalArgumentException unchecked =
        assertThrows(IllegalArgumentException.class, () -> board.typed().put(shipped.retitled("Unchecked")));
    assertTrue(unchecked.getMessage().contains("@Version"), unchecked.getMessage());
    assertEquals(shipped, board.tasks().get("b-4", "t-1").orElseThrow());
    // An entity without generated values is still written through the root's table.
    board.typed().put(new TaskNote("b-4", "n-3", "through the root"));
    assertEquals(3, board.boardCollection("b-4").count());
  }
}
