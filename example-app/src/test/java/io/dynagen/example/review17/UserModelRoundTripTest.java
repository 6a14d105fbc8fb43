package io.dynagen.example.review17;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.runtime.MappingException;
import io.dynagen.runtime.testing.LocalDynamoDb;
import io.dynagen.runtime.testing.OneThreadAsyncClient;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * A user's model, written and read through the generated tables on DynamoDB Local after the
 * one-statement-per-property toItem and read: every property kind set, null, and empty; a
 * stored value of the wrong type read back through the table.
 */
class UserModelRoundTripTest {
  private static final DynamoDbClient CLIENT = LocalDynamoDb.client();
  private static ShelfTable shelves;
  private static CrateTable crates;

  @BeforeAll
  static void createTables() {
    shelves = ShelfTable.create(CLIENT, LocalDynamoDb.uniqueTableName("review17_shelves"));
    assertTrue(shelves.createTableIfMissing());
    crates = CrateTable.create(CLIENT, LocalDynamoDb.uniqueTableName("review17_crates"));
    assertTrue(crates.createTableIfMissing());
  }

  @AfterAll
  static void deleteTables() {
    shelves.deleteTable();
    crates.deleteTable();
  }

  @Test
  void aRecordOfEveryKindReadsAsWritten() {
    Shelf full = new Shelf("s1", 1, Colour.RED, List.of("a", "b"), Set.of(3, 4), Map.of("x", 7L),
        new Label("top", 2, List.of("l1")), Optional.of("n"), Instant.parse("2026-12-02T10:15:30.5Z"), true);
    shelves.put(full);
    assertEquals(Optional.of(full), shelves.get("s1", 1));
    assertEquals(List.of(full), shelves.byColourIndex().query(Colour.RED).toList());

    Shelf bare = new Shelf("s1", 2, null, null, null, null, null, Optional.empty(), null, null);
    shelves.put(bare);
    assertEquals(Optional.of(bare), shelves.get("s1", 2));
    assertEquals(Set.of("store", "position"), stored(shelves.tableName(), "store", "s1", "position", "2").keySet());

    // Empty collections: the list, map and the document's list are kept; the empty set is left out.
    Shelf empty = new Shelf("s1", 3, Colour.GREEN, List.of(), Set.of(), Map.of(),
        new Label(null, 0, List.of()), Optional.empty(), null, false);
    shelves.put(empty);
    Shelf read = shelves.get("s1", 3).orElseThrow();
    assertEquals(List.of(), read.tags());
    assertNull(read.sizes());
    assertEquals(Map.of(), read.stock());
    assertEquals(new Label(null, 0, List.of()), read.label());
    assertEquals(Boolean.FALSE, read.open());
    assertEquals(3, shelves.query("s1").count());
  }

  @Test
  void aJavaBeanOfEveryKindReadsAsWritten() {
    Crate full = crate("c1");
    full.setColour(Colour.GREEN);
    full.setWeights(List.of(1, 2));
    full.setLabels(Set.of("fragile"));
    full.setColours(Map.of("lid", Colour.RED));
    full.setLabel(new Label("side", 1, List.of()));
    full.setVolume(Optional.of(12L));
    crates.put(full);
    Crate read = crates.get("d1", "c1").orElseThrow();
    assertEquals(Colour.GREEN, read.getColour());
    assertEquals(List.of(1, 2), read.getWeights());
    assertEquals(Set.of("fragile"), read.getLabels());
    assertEquals(Map.of("lid", Colour.RED), read.getColours());
    assertEquals(new Label("side", 1, List.of()), read.getLabel());
    assertEquals(Optional.of(12L), read.getVolume());
    assertEquals(1, crates.byColourIndex().query(Colour.GREEN).count());

    Crate bare = crate("c2");
    bare.setVolume(null);
    crates.put(bare);
    Crate bareRead = crates.get("d1", "c2").orElseThrow();
    assertNull(bareRead.getColour());
    assertNull(bareRead.getWeights());
    assertNull(bareRead.getLabels());
    assertNull(bareRead.getColours());
    assertNull(bareRead.getLabel());
    assertEquals(Optional.empty(), bareRead.getVolume());
  }

  @Test
  void aStoredValueOfTheWrongTypeIsAMappingExceptionThroughTheTable() {
    Map<String, AttributeValue> item = new HashMap<>(ShelfSchema.INSTANCE.toItem(
        new Shelf("s2", 1, Colour.RED, null, null, null, null, Optional.empty(), null, null)));
    item.put("stock", AttributeValue.fromM(Map.of("x", AttributeValue.fromS("seven"))));
    CLIENT.putItem(PutItemRequest.builder().tableName(shelves.tableName()).item(item).build());
    MappingException e = assertThrows(MappingException.class, () -> shelves.get("s2", 1));
    assertEquals(shelves.tableName(), e.table());
    assertEquals("stock.x", e.path());
    assertEquals("Cannot read attribute 'stock.x' of item {store=S \"s2\", position=N 1} in table '"
        + shelves.tableName() + "': expected N (long), found S \"seven\"", e.getMessage());

    item.put("stock", AttributeValue.fromM(Map.of()));
    item.put("colour", AttributeValue.fromS("BLUE"));
    CLIENT.putItem(PutItemRequest.builder().tableName(shelves.tableName()).item(item).build());
    MappingException enumError = assertThrows(MappingException.class, () -> shelves.query("s2").toList());
    assertEquals("colour", enumError.path());
    assertEquals("Cannot read attribute 'colour' of item {store=S \"s2\", position=N 1} in table '"
        + shelves.tableName() + "': expected S, a constant of Colour (RED, GREEN), found S \"BLUE\", which is not one"
        + " (No enum constant Colour.BLUE)", enumError.getMessage());

    item.put("colour", AttributeValue.fromS("RED"));
    item.put("label", AttributeValue.fromM(Map.of("size", AttributeValue.fromS("2"))));
    CLIENT.putItem(PutItemRequest.builder().tableName(shelves.tableName()).item(item).build());
    MappingException nested = assertThrows(MappingException.class, () -> shelves.get("s2", 1));
    assertEquals("label.size", nested.path());
    assertEquals("Cannot read attribute 'label.size' of item {store=S \"s2\", position=N 1} in table '"
        + shelves.tableName() + "': expected N (int), found S \"2\"", nested.getMessage());

    try (OneThreadAsyncClient async = new OneThreadAsyncClient()) {
      ShelfAsyncTable asyncShelves = ShelfAsyncTable.create(async.client(), shelves.tableName());
      CompletionException failed = assertThrows(CompletionException.class, () -> asyncShelves.get("s2", 1).join());
      MappingException asyncError = assertInstanceOf(MappingException.class, failed.getCause());
      assertEquals(nested.getMessage(), asyncError.getMessage());
    }
  }

  private static Crate crate(String code) {
    Crate crate = new Crate();
    crate.setDepot("d1");
    crate.setCode(code);
    return crate;
  }

  private static Map<String, AttributeValue> stored(String table, String pk, String pkValue, String sk, String skNumber) {
    return CLIENT.getItem(GetItemRequest.builder().tableName(table).consistentRead(true).key(Map.of(
        pk, AttributeValue.fromS(pkValue), sk, AttributeValue.fromN(skNumber))).build()).item();
  }
}
