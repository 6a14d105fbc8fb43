package io.dynagen.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.example.model.Article;
import io.dynagen.example.model.ArticleTable;
import io.dynagen.example.model.Article_;
import io.dynagen.runtime.table.transact.TransactWrite;
import io.dynagen.runtime.table.transact.TransactionFailedException;
import io.dynagen.runtime.testing.LocalDynamoDb;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * A {@code @Version} at the largest value its type holds is refused, never wrapped around to
 * {@code Long.MIN_VALUE} (or stored beyond an int): puts and object updates before anything is
 * sent, updates by key (where DynamoDB adds the 1) by a condition that leaves the item as it is.
 */
class VersionOverflowTest {
  private static ArticleTable articles;
  private static IntVersionedTable ints;

  @BeforeAll
  static void createTables() {
    articles = ArticleTable.create(LocalDynamoDb.client(), LocalDynamoDb.uniqueTableName("articles"));
    articles.createTable();
    ints = IntVersionedTable.create(LocalDynamoDb.client(), LocalDynamoDb.uniqueTableName("int_versioned"));
    ints.createTable();
  }

  @AfterAll
  static void deleteTables() {
    articles.deleteTable();
    ints.deleteTable();
  }

  private static void storeRaw(String table, String id, String version) {
    LocalDynamoDb.client().putItem(PutItemRequest.builder().tableName(table).item(Map.of(
        "id", AttributeValue.fromS(id), "title", AttributeValue.fromS("raw"), "text", AttributeValue.fromS("raw"),
        "likes", AttributeValue.fromN("0"), "version", AttributeValue.fromN(version))).build());
  }

  private static String storedVersion(String table, String id) {
    return LocalDynamoDb.client().getItem(b -> b.tableName(table).key(Map.of("id", AttributeValue.fromS(id))))
        .item().get("version").n();
  }

  @Test
  void aPutAtLongMaxValueIsRefusedAndTheStoredItemStays() {
    storeRaw(articles.tableName(), "max", Long.toString(Long.MAX_VALUE));
    Article atMax = articles.get("max").orElseThrow();

    IllegalStateException e = assertThrows(IllegalStateException.class, () -> articles.put(atMax.withLikes(1)));

    assertTrue(e.getMessage().contains("The @Version 'version'"), e.getMessage());
    assertTrue(e.getMessage().contains("is 9223372036854775807, the largest its type holds"), e.getMessage());
    assertEquals(Long.toString(Long.MAX_VALUE), storedVersion(articles.tableName(), "max"));
  }

  @Test
  void anUpdateOfAnObjectAtLongMaxValueIsRefused() {
    storeRaw(articles.tableName(), "max-update", Long.toString(Long.MAX_VALUE));
    Article atMax = articles.get("max-update").orElseThrow();

    assertThrows(IllegalStateException.class, () -> articles.update(atMax, Article_.likes.add(1)));
    assertEquals(Long.toString(Long.MAX_VALUE), storedVersion(articles.tableName(), "max-update"));
  }

  @Test
  void anUpdateByKeyAtLongMaxValueIsRefusedByItsCondition() {
    storeRaw(articles.tableName(), "max-key", Long.toString(Long.MAX_VALUE));

    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> articles.update("max-key", Article_.likes.add(1)));

    assertTrue(e.getMessage().contains("9223372036854775807"), e.getMessage());
    assertEquals(Long.toString(Long.MAX_VALUE), storedVersion(articles.tableName(), "max-key"));
  }

  @Test
  void oneBelowTheLargestStillGoesUpToIt() {
    storeRaw(articles.tableName(), "almost", Long.toString(Long.MAX_VALUE - 1));
    Article almost = articles.get("almost").orElseThrow();

    assertEquals(Long.MAX_VALUE, articles.put(almost.withLikes(2)).version());
  }

  @Test
  void anIntVersionStopsAtIntegerMaxValue() {
    storeRaw(ints.tableName(), "int-max", Integer.toString(Integer.MAX_VALUE));
    IntVersioned atMax = ints.get("int-max").orElseThrow();

    IllegalStateException put = assertThrows(IllegalStateException.class,
        () -> ints.put(new IntVersioned("int-max", "changed", atMax.version())));
    IllegalStateException byKey = assertThrows(IllegalStateException.class,
        () -> ints.update("int-max", IntVersioned_.text.set("changed")));

    assertTrue(put.getMessage().contains("or declare the version a long"), put.getMessage());
    assertTrue(byKey.getMessage().contains("2147483647"), byKey.getMessage());
    assertEquals(Integer.toString(Integer.MAX_VALUE), storedVersion(ints.tableName(), "int-max"));
  }

  @Test
  void transactionsAtLongMaxValueLeaveTheStoredItemAsItIs() {
    storeRaw(articles.tableName(), "max-tx", Long.toString(Long.MAX_VALUE));
    Article atMax = articles.get("max-tx").orElseThrow();

    assertThrows(IllegalStateException.class,
        () -> TransactWrite.with(LocalDynamoDb.client()).put(articles, atMax.withLikes(1)).execute());
    assertThrows(IllegalStateException.class,
        () -> TransactWrite.with(LocalDynamoDb.client()).update(articles, atMax, Article_.likes.add(1)).execute());
    // By key, DynamoDB adds the 1: the version's condition refuses it there, as outside a transaction.
    TransactionFailedException byKey = assertThrows(TransactionFailedException.class,
        () -> TransactWrite.with(LocalDynamoDb.client()).update(articles, articles.key("max-tx"), Article_.likes.add(1)).execute());

    assertTrue(byKey.getMessage().contains("ConditionalCheckFailed"), byKey.getMessage());
    assertEquals(Long.toString(Long.MAX_VALUE), storedVersion(articles.tableName(), "max-tx"));
  }
}
