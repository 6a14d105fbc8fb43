package io.dynagen.example.single;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dynagen.runtime.testing.LocalDynamoDb;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two entity types whose sort keys begin alike ({@code E#{number}} and {@code E#{number}#NOTE}),
 * in a table that stores the type (the default, and without {@code @SingleTable} at all): each
 * entity's query filters by type, so it returns only its own items; the collection holds both,
 * each note after its entry.
 */
class OverlappingPrefixesTest {
  private static LedgerTable ledger;

  @BeforeAll
  static void createTable() {
    ledger = LedgerTable.create(LocalDynamoDb.client(), LocalDynamoDb.uniqueTableName("ledger"));
    ledger.createTable();
  }

  @AfterAll
  static void deleteTable() {
    ledger.deleteTable();
  }

  @Test
  void entityQueriesReturnOnlyTheirTypeAndTheCollectionInterleaves() {
    Entry first = new Entry("a-1", 1, 500);
    Entry second = new Entry("a-1", 2, -250);
    EntryNote note = new EntryNote("a-1", 1, "refund expected");
    ledger.entries().put(second);
    ledger.entryNotes().put(note);
    ledger.entries().put(first);

    assertEquals(List.of(first, second), ledger.entries().query("a-1").toList());
    assertEquals(List.of(note), ledger.entryNotes().query("a-1").toList());
    assertEquals(List.of(first, note, second), ledger.accountCollection("a-1").toList());
    assertEquals(note, ledger.entryNotes().get("a-1", 1).orElseThrow());
  }
}
