package io.dynagen.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.example.model.Article;
import io.dynagen.example.model.ArticleTable;
import io.dynagen.example.model.User;
import io.dynagen.example.model.UserTable;
import io.dynagen.example.model.User_;
import io.dynagen.example.model.WalkthroughUsers;
import io.dynagen.runtime.table.batch.BatchGet;
import io.dynagen.runtime.table.batch.BatchWriter;
import io.dynagen.runtime.table.batch.MultiTableBatchWriter;
import io.dynagen.runtime.testing.LocalDynamoDb;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Bulk work through the generated accessors on DynamoDB Local: the batch writer of {@code
 * UserTable} with the walk-through's users, batch gets by generated keys, a writer and a get
 * across two generated tables, and a parallel scan equal to a plain one.
 */
class GeneratedBatchTest {
  private static final DynamoDbClient CLIENT = LocalDynamoDb.client();

  @Test
  void theWalkthroughsBatchLandsEveryUserWithoutDuplicateKeys() {
    UserTable users = newUsersTable("batch_users");
    List<User> batch = WalkthroughUsers.batch();

    try (BatchWriter<User> writer = users.batchWriter()) {
      for (User user : batch) {
        writer.put(user);
      }
      // A later write of a buffered key replaces the earlier one: no duplicate keys in a request.
      writer.put(new User("user7", "unknown", "Seven", null, "anonymous", null));
      writer.delete(users.key("user8", "unknown"));
    }

    List<User> stored = users.scan().toList();
    assertEquals(batch.size() - 1, stored.size());
    assertEquals("Seven", users.get("user7", "unknown").orElseThrow().firstName());
    assertTrue(users.get("user8", "unknown").isEmpty());
    assertEquals(batch.get(0), users.get("johndoe", "Doe").orElseThrow());
    users.deleteTable();
  }

  @Test
  void batchGetReadsGeneratedKeysInTheOrderAskedEachOnce() {
    UserTable users = newUsersTable("batch_get_users");
    List<User> batch = WalkthroughUsers.batch();
    try (BatchWriter<User> writer = users.batchWriter()) {
      batch.forEach(writer::put);
    }
    List<Map<String, AttributeValue>> keys = new ArrayList<>();
    for (int i = 49; i >= 0; i--) {
      keys.add(users.key("user" + i, "unknown"));
    }
    keys.add(users.key("nobody", "Nowhere"));
    keys.add(users.key("user3", "unknown"));
    keys.add(users.key("janedoering", "Doering"));

    List<User> found = users.batchGet(keys);

    List<String> expected = new ArrayList<>();
    for (int i = 49; i >= 0; i--) {
      expected.add("user" + i);
    }
    expected.add("janedoering");
    assertEquals(expected, found.stream().map(User::username).toList());
    users.deleteTable();
  }

  @Test
  void oneWriterAndOneGetAcrossTwoGeneratedTables() {
    UserTable users = newUsersTable("batch_across_users");
    ArticleTable articles = ArticleTable.create(CLIENT, LocalDynamoDb.uniqueTableName("batch_across_articles"));
    articles.createTable();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      ids.add(articles.put(Article.draft("Article " + i)).id());
    }

    try (MultiTableBatchWriter writer = BatchWriter.across(CLIENT)) {
      for (User user : WalkthroughUsers.batch()) {
        writer.put(users, user);
      }
      for (String id : ids.subList(0, 10)) {
        writer.delete(articles, articles.key(id));
      }
    }

    BatchGet get = BatchGet.across(CLIENT);
    BatchGet.Handle<User> john = get.add(users, List.of(users.key("johndoe", "Doe")));
    BatchGet.Handle<Article> remaining = get.add(articles, ids.stream().map(articles::key).toList());
    BatchGet.Result result = get.execute();

    assertEquals("John", result.items(john).get(0).firstName());
    assertEquals(ids.subList(10, 30), result.items(remaining).stream().map(Article::id).toList());
    users.deleteTable();
    articles.deleteTable();
  }

  @Test
  void aVersionedClassIsRefusedByTheBatchWriterBeforeAnythingIsSent() {
    ArticleTable articles = ArticleTable.create(CLIENT, LocalDynamoDb.uniqueTableName("batch_versioned"));
    articles.createTable();
    Article article = articles.put(Article.draft("Versioned"));

    try (BatchWriter<Article> writer = articles.batchWriter()) {
      IllegalArgumentException refused =
          assertThrows(IllegalArgumentException.class, () -> writer.put(article.withTitle("Unchecked")));
      assertTrue(refused.getMessage().contains("@Version"), refused.getMessage());
    }
    assertEquals("Versioned", articles.get(article.id()).orElseThrow().title());
    articles.deleteTable();
  }

  @Test
  void aParallelScanReadsExactlyWhatAPlainScanReads() {
    UserTable users = newUsersTable("parallel_users");
    try (BatchWriter<User> writer = users.batchWriter()) {
      for (int i = 0; i < 600; i++) {
        writer.put(new User("member" + i, "Segment", "M", i % 90, "standard_user", null));
      }
    }

    List<User> plain = users.scan().filter(User_.age.lt(30)).toList();
    List<User> parallel = users.scan().filter(User_.age.lt(30)).segments(4).toList();

    assertEquals(plain.size(), parallel.size());
    assertEquals(new HashSet<>(plain), new HashSet<>(parallel));
    Set<String> names = new HashSet<>();
    parallel.forEach(user -> assertTrue(names.add(user.username()), "read twice: " + user.username()));
    assertEquals(600, users.scan().segments(3).count());
    users.deleteTable();
  }

  private static UserTable newUsersTable(String prefix) {
    UserTable users = UserTable.create(CLIENT, LocalDynamoDb.uniqueTableName(prefix));
    users.createTable();
    return users;
  }
}
