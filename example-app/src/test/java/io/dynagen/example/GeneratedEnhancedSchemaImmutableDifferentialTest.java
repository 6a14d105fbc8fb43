package io.dynagen.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.ImmutableTableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.IgnoreNullsMode;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.ReadBatch;
import software.amazon.awssdk.enhanced.dynamodb.model.TransactGetItemsEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.TransactWriteItemsEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * The Enhanced Client over {@code TableSchema.fromImmutableClass} (an immutable class built
 * through its builder; {@code TableSchema.fromClass} picks the same schema for it) and over
 * Dynagen's generated {@link ImmutableAccountEnhancedSchema}, side by side on DynamoDB Local with
 * the same extensions: every operation gives equal objects, fails alike and leaves equal items.
 */
class GeneratedEnhancedSchemaImmutableDifferentialTest {
  private static final DynamoDbEnhancedClient ENHANCED = EnhancedSideBySide.ENHANCED;
  private static EnhancedSideBySide<ImmutableAccount> sides;

  @BeforeAll
  static void createTables() {
    TableSchema<ImmutableAccount> reflective = TableSchema.fromClass(ImmutableAccount.class);
    assertEquals(ImmutableTableSchema.class, reflective.getClass());
    sides = EnhancedSideBySide.create("immutable_accounts", "by-region", reflective,
        ImmutableAccountEnhancedSchema.INSTANCE);
  }

  @AfterAll
  static void deleteTables() {
    sides.deleteTables();
  }

  private static ImmutableAccount account(String owner, String id) {
    return ImmutableAccount.builder().owner(owner).id(id).region("eu").rank(id.length()).name("name of " + id)
        .notes(List.of("first", "", "third")).limits(Map.of("daily", 10, "monthly", -300))
        .address(new AccountAddress("Paris", "1 rue de Rivoli", 3)).build();
  }

  private static ImmutableAccount.Builder copy(ImmutableAccount account) {
    return ImmutableAccount.builder().owner(account.getOwner()).id(account.getId()).region(account.getRegion())
        .rank(account.getRank()).name(account.getName()).version(account.getVersion()).logins(account.getLogins())
        .updatedAt(account.getUpdatedAt()).notes(account.getNotes()).limits(account.getLimits())
        .address(account.getAddress());
  }

  private static Key key(String owner, String id) {
    return Key.builder().partitionValue(owner).sortValue(id).build();
  }

  @Test
  void putGetUpdateDeleteWithVersionsCountersAndTimestamps() {
    sides.both(table -> {
      table.putItem(account("crud", "full"));
      table.putItem(ImmutableAccount.builder().owner("crud").id("sparse").build());
      return null;
    });
    sides.assertSameItems();
    ImmutableAccount read = sides.both(table -> table.getItem(key("crud", "full")));
    assertEquals(1L, read.getVersion());
    assertEquals(0L, read.getLogins());
    assertEquals(EnhancedSideBySide.NOW, read.getUpdatedAt());

    ImmutableAccount renamed = copy(read).name("renamed").notes(null).build();
    ImmutableAccount updated = sides.both(table -> table.updateItem(renamed));
    assertEquals(2L, updated.getVersion());
    assertEquals(1L, updated.getLogins());
    assertEquals(null, updated.getNotes());
    sides.assertSameItems();

    // Only the city, ignoring nulls: SCALAR_ONLY sets the document's attribute alone.
    ImmutableAccount moved = ImmutableAccount.builder().owner("crud").id("full").version(2L)
        .address(new AccountAddress("Lyon", null, null)).build();
    ImmutableAccount afterMove = sides.both(table -> table.updateItem(
        request -> request.item(moved).ignoreNullsMode(IgnoreNullsMode.SCALAR_ONLY)));
    assertEquals(new AccountAddress("Lyon", "1 rue de Rivoli", 3), afterMove.getAddress());
    assertEquals("renamed", afterMove.getName());

    // The objects read before are stale now: both refuse them, and nothing changes.
    sides.both(table -> assertThrows(ConditionalCheckFailedException.class, () -> table.updateItem(renamed)).getClass());
    sides.both(table -> assertThrows(ConditionalCheckFailedException.class, () -> table.putItem(read)).getClass());
    sides.assertSameItems();

    assertEquals(afterMove, sides.both(table -> table.deleteItem(key("crud", "full"))));
    ImmutableAccount gone = sides.both(table -> table.getItem(key("crud", "full")));
    assertEquals(null, gone);
    sides.assertSameItems();
  }

  @Test
  void queriesIndexesScansBatchesAndTransactions() {
    sides.both(table -> {
      for (String id : List.of("a", "bb", "ccc")) {
        table.putItem(account("reader", id));
      }
      return null;
    });
    assertEquals(3, sides.both(table -> table.query(QueryConditional.keyEqualTo(k -> k.partitionValue("reader")))
        .items().stream().collect(Collectors.toList())).size());
    List<ImmutableAccount> ranked = sides.both(table -> table.index("by-region")
        .query(QueryConditional.sortGreaterThan(k -> k.partitionValue("eu").sortValue(1))).stream()
        .flatMap(page -> page.items().stream())
        .filter(account -> account.getOwner().equals("reader"))
        .collect(Collectors.toList()));
    assertEquals(List.of("bb", "ccc"), ranked.stream().map(ImmutableAccount::getId).collect(Collectors.toList()));
    sides.both(table -> table.scan().items().stream()
        .sorted(Comparator.comparing(account -> account.getOwner() + "/" + account.getId()))
        .collect(Collectors.toList()));

    List<ImmutableAccount> fetched = sides.both(table -> ENHANCED.batchGetItem(request -> request.addReadBatch(
            ReadBatch.builder(ImmutableAccount.class).mappedTableResource(table)
                .addGetItem(key("reader", "a")).addGetItem(key("reader", "bb")).build()))
        .resultsForTable(table).stream()
        .sorted(Comparator.comparing(ImmutableAccount::getId))
        .collect(Collectors.toList()));
    assertEquals(2, fetched.size());

    ImmutableAccount changed = copy(fetched.get(0)).name("in a transaction").build();
    sides.both(table -> {
      ENHANCED.transactWriteItems(TransactWriteItemsEnhancedRequest.builder()
          .addUpdateItem(table, changed)
          .addPutItem(table, account("reader", "dddd"))
          .build());
      return null;
    });
    List<ImmutableAccount> transacted = sides.both(table -> {
      List<ImmutableAccount> read = new ArrayList<>();
      ENHANCED.transactGetItems(TransactGetItemsEnhancedRequest.builder()
              .addGetItem(table, key("reader", "a"))
              .addGetItem(table, key("reader", "dddd"))
              .build())
          .forEach(document -> read.add(document.getItem(table)));
      return read;
    });
    assertEquals("in a transaction", transacted.get(0).getName());
    assertEquals(2L, transacted.get(0).getVersion());
    sides.both(table -> assertThrows(TransactionCanceledException.class, () -> ENHANCED.transactWriteItems(
        TransactWriteItemsEnhancedRequest.builder().addPutItem(table, changed).build())).getClass());
    sides.assertSameItems();
  }
}
