package io.dynagen.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dynagen.annotations.PartitionKey;
import io.dynagen.annotations.SortKey;
import io.dynagen.annotations.Table;
import io.dynagen.runtime.testing.LocalDynamoDb;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.IgnoreNullsMode;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.ReadBatch;
import software.amazon.awssdk.enhanced.dynamodb.model.TransactGetItemsEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.TransactWriteItemsEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.WriteBatch;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * The Enhanced Client over {@code TableSchema.fromBean} and over Dynagen's generated {@link
 * AccountEnhancedSchema}, side by side on DynamoDB Local over HTTP, each on a table of its own,
 * with the same extensions (versioning, atomic counter, timestamps from one fixed clock): every
 * operation gives the same objects, the same errors, and leaves the same items.
 *
 * <p>The clock's instant has nine fraction digits, so the Enhanced Client's {@code
 * Instant.toString()} is the fixed width Dynagen writes (docs/encoding.md: the only difference in
 * the items of this class); no empty set is written (the Enhanced Client would send one, which
 * DynamoDB rejects).
 */
class GeneratedEnhancedSchemaDifferentialTest {
  private static final DynamoDbClient CLIENT = EnhancedSideBySide.CLIENT;
  private static final DynamoDbEnhancedClient ENHANCED = EnhancedSideBySide.ENHANCED;
  private static final Instant NOW = EnhancedSideBySide.NOW;

  private static EnhancedSideBySide<Account> sides;
  private static DynamoDbTable<Account> reflective;
  private static DynamoDbTable<Account> generated;

  @BeforeAll
  static void createTables() {
    sides = EnhancedSideBySide.create("accounts", "by-region", TableSchema.fromBean(Account.class),
        AccountEnhancedSchema.INSTANCE);
    reflective = sides.reflective;
    generated = sides.generated;
  }

  @AfterAll
  static void deleteTables() {
    sides.deleteTables();
  }

  static Account account(String owner, String id) {
    Account account = new Account();
    account.setOwner(owner);
    account.setId(id);
    account.setRegion("eu");
    account.setRank(id.length());
    account.setName("name of " + id);
    account.setNotes(List.of("first", "", "third"));
    account.setTags(new LinkedHashSet<>(List.of("a", "b")));
    account.setLimits(new LinkedHashMap<>(Map.of("daily", 10, "monthly", -300)));
    account.setAddress(new AccountAddress("Paris", "1 rue de Rivoli", 3));
    return account;
  }

  /** The same call on both tables; the results are equal, and returned. */
  private static <R> R both(Function<DynamoDbTable<Account>, R> operation) {
    return sides.both(operation);
  }

  /** Both tables hold the same items, attribute for attribute. */
  private static void assertSameItems() {
    sides.assertSameItems();
  }

  @Test
  void theTablesAreCreatedAlike() {
    TableDescription fromBean = CLIENT.describeTable(request -> request.tableName(reflective.tableName())).table();
    TableDescription dynagen = CLIENT.describeTable(request -> request.tableName(generated.tableName())).table();
    assertEquals(fromBean.keySchema(), dynagen.keySchema());
    assertEquals(new LinkedHashSet<>(fromBean.attributeDefinitions()), new LinkedHashSet<>(dynagen.attributeDefinitions()));
    assertEquals(fromBean.globalSecondaryIndexes().get(0).keySchema(), dynagen.globalSecondaryIndexes().get(0).keySchema());
  }

  @Test
  void putGetUpdateDeleteWithVersionsCountersAndTimestamps() {
    both(table -> {
      table.putItem(account("crud", "full"));
      Account sparse = new Account();
      sparse.setOwner("crud");
      sparse.setId("sparse");
      table.putItem(sparse);
      return null;
    });
    assertSameItems();
    Key key = Key.builder().partitionValue("crud").sortValue("full").build();
    Account read = both(table -> table.getItem(key));
    assertEquals(1L, read.getVersion());
    assertEquals(0L, read.getLogins());
    assertEquals(NOW, read.getUpdatedAt());

    read.setName("renamed");
    read.setNotes(null); // an update of an object removes what it no longer has
    Account updated = both(table -> table.updateItem(read));
    assertEquals(2L, updated.getVersion());
    assertEquals(1L, updated.getLogins());
    assertEquals(null, updated.getNotes());
    assertSameItems();

    // The object read before the update is stale now: both refuse it, and nothing changes.
    both(table -> assertThrows(ConditionalCheckFailedException.class, () -> table.updateItem(read)).getClass());
    both(table -> assertThrows(ConditionalCheckFailedException.class, () -> table.putItem(read)).getClass());
    assertSameItems();

    Account deleted = both(table -> table.deleteItem(key));
    assertEquals(updated, deleted);
    Account gone = both(table -> table.getItem(key));
    assertEquals(null, gone);
    assertSameItems();
  }

  @Test
  void queriesIndexesAndScans() {
    both(table -> {
      for (String id : List.of("a", "bb", "ccc", "dddd")) {
        table.putItem(account("reader", id));
      }
      return null;
    });
    List<Account> all = both(table -> table.query(QueryConditional.keyEqualTo(k -> k.partitionValue("reader")))
        .items().stream().collect(Collectors.toList()));
    assertEquals(4, all.size());
    both(table -> table.query(request -> request.queryConditional(
            QueryConditional.sortBeginsWith(k -> k.partitionValue("reader").sortValue("c")))
        .limit(1)).items().stream().collect(Collectors.toList()));
    List<Account> ranked = both(table -> table.index("by-region").query(QueryConditional.sortGreaterThan(
            k -> k.partitionValue("eu").sortValue(2))).stream()
        .flatMap(page -> page.items().stream())
        .filter(account -> account.getOwner().equals("reader"))
        .collect(Collectors.toList()));
    assertEquals(List.of("ccc", "dddd"), ranked.stream().map(Account::getId).collect(Collectors.toList()));
    both(table -> table.scan().items().stream()
        .sorted(Comparator.comparing(account -> account.getOwner() + "/" + account.getId()))
        .collect(Collectors.toList()));
    assertSameItems();
  }

  @Test
  void batchesAndTransactions() {
    both(table -> {
      table.putItem(account("batch", "one"));
      table.putItem(account("batch", "two"));
      return null;
    });
    Key one = Key.builder().partitionValue("batch").sortValue("one").build();
    Key two = Key.builder().partitionValue("batch").sortValue("two").build();
    List<Account> fetched = both(table -> ENHANCED.batchGetItem(request -> request.addReadBatch(ReadBatch.builder(Account.class)
            .mappedTableResource(table).addGetItem(one).addGetItem(two).build()))
        .resultsForTable(table).stream()
        .sorted(Comparator.comparing(Account::getId))
        .collect(Collectors.toList()));
    assertEquals(2, fetched.size());

    // The version's condition cannot go in a batch: both refuse the put alike, before sending it.
    both(table -> assertThrows(IllegalArgumentException.class, () -> ENHANCED.batchWriteItem(request ->
        request.addWriteBatch(WriteBatch.builder(Account.class).mappedTableResource(table)
            .addPutItem(account("batch", "three")).build()))).getMessage());
    both(table -> ENHANCED.batchWriteItem(request -> request.addWriteBatch(WriteBatch.builder(Account.class)
        .mappedTableResource(table).addDeleteItem(two).build())).unprocessedDeleteItemsForTable(table));
    assertSameItems();

    Account changed = both(table -> table.getItem(one));
    changed.setName("in a transaction");
    both(table -> {
      ENHANCED.transactWriteItems(TransactWriteItemsEnhancedRequest.builder()
          .addUpdateItem(table, changed)
          .addPutItem(table, account("batch", "four"))
          .build());
      return null;
    });
    List<Account> transacted = both(table -> {
      List<Account> read = new ArrayList<>();
      ENHANCED.transactGetItems(TransactGetItemsEnhancedRequest.builder()
              .addGetItem(table, one)
              .addGetItem(table, Key.builder().partitionValue("batch").sortValue("four").build())
              .build())
          .forEach(document -> read.add(document.getItem(table)));
      return read;
    });
    assertEquals(2L, transacted.get(0).getVersion());
    // The same stale object again: both transactions are cancelled.
    both(table -> assertThrows(TransactionCanceledException.class, () -> ENHANCED.transactWriteItems(
        TransactWriteItemsEnhancedRequest.builder().addPutItem(table, changed).build())).getClass());
    assertSameItems();
  }

  /**
   * An update that ignores nulls, {@code SCALAR_ONLY}: the Enhanced Client changes a nested
   * document's and a map's attributes one by one ({@code SET address.city = ...}) from the map
   * {@code itemToMap(item, true)} gives, leaving the others as stored; {@code MAPS_ONLY} replaces
   * them whole. Both schemas alike, with the version checked, the counter counted and the timestamp
   * written; and a nested attribute of a document the item does not have fails alike.
   */
  @Test
  void updatesIgnoringNullsOfNestedDocumentsAndMaps() {
    both(table -> {
      table.putItem(account("partial", "scalar"));
      table.putItem(account("partial", "maps"));
      Account bare = account("partial", "bare");
      bare.setAddress(null);
      table.putItem(bare);
      return null;
    });
    for (IgnoreNullsMode mode : List.of(IgnoreNullsMode.SCALAR_ONLY, IgnoreNullsMode.MAPS_ONLY)) {
      String id = mode == IgnoreNullsMode.SCALAR_ONLY ? "scalar" : "maps";
      Account stored = both(table -> table.getItem(Key.builder().partitionValue("partial").sortValue(id).build()));
      Account partial = new Account();
      partial.setOwner("partial");
      partial.setId(id);
      partial.setVersion(stored.getVersion());
      // MAPS_ONLY writes the document whole, and fromBean writes its nulls as NULL inside it (docs/encoding.md):
      // a full document keeps the items comparable.
      partial.setAddress(mode == IgnoreNullsMode.SCALAR_ONLY ? new AccountAddress("Lyon", null, null)
          : new AccountAddress("Lyon", "2 place Bellecour", 1));
      partial.setLimits(new LinkedHashMap<>(Map.of("daily", 20)));
      Account updated = both(table -> table.updateItem(request -> request.item(partial).ignoreNullsMode(mode)));
      assertEquals(2L, updated.getVersion());
      assertEquals("name of " + id, updated.getName());
      if (mode == IgnoreNullsMode.SCALAR_ONLY) {
        assertEquals(new AccountAddress("Lyon", "1 rue de Rivoli", 3), updated.getAddress());
        assertEquals(Map.of("daily", 20, "monthly", -300), updated.getLimits());
      } else {
        assertEquals(new AccountAddress("Lyon", "2 place Bellecour", 1), updated.getAddress());
        assertEquals(Map.of("daily", 20), updated.getLimits());
      }
    }
    Account stored = both(table -> table.getItem(Key.builder().partitionValue("partial").sortValue("bare").build()));
    Account partial = new Account();
    partial.setOwner("partial");
    partial.setId("bare");
    partial.setVersion(stored.getVersion());
    partial.setAddress(new AccountAddress("Lyon", null, null));
    both(table -> assertThrows(DynamoDbException.class, () -> table.updateItem(
        request -> request.item(partial).ignoreNullsMode(IgnoreNullsMode.SCALAR_ONLY))).getClass());
    assertSameItems();
  }

  /** A record, which fromBean cannot map, through the Enhanced Client with the generated schema. */
  @Table(name = "ledger_entries", enhancedSchema = true)
  record LedgerEntry(@PartitionKey String account, @SortKey long sequence, java.math.BigDecimal amount) {}

  @Test
  void recordsToo() {
    DynamoDbTable<LedgerEntry> table = ENHANCED.table(LocalDynamoDb.uniqueTableName("ledger"),
        GeneratedEnhancedSchemaDifferentialTest_LedgerEntryEnhancedSchema.INSTANCE);
    table.createTable();
    try {
      LedgerEntry entry = new LedgerEntry("acme", 7, new java.math.BigDecimal("12.5"));
      table.putItem(entry);
      assertEquals(entry, table.getItem(Key.builder().partitionValue("acme").sortValue(7).build()));
      assertEquals(List.of(entry), table.query(QueryConditional.keyEqualTo(k -> k.partitionValue("acme")))
          .items().stream().collect(Collectors.toList()));
    } finally {
      table.deleteTable();
    }
  }
}
