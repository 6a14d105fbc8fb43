package io.dynagen.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.example.model.Article;
import io.dynagen.example.model.ArticleTable;
import io.dynagen.example.model.Article_;
import io.dynagen.example.model.User;
import io.dynagen.example.model.UserTable;
import io.dynagen.example.model.User_;
import io.dynagen.runtime.expr.Update;
import io.dynagen.runtime.table.transact.TransactGet;
import io.dynagen.runtime.table.transact.TransactWrite;
import io.dynagen.runtime.table.transact.TransactionFailedException;
import io.dynagen.runtime.table.transact.TransactionFailure;
import io.dynagen.runtime.testing.LocalDynamoDb;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Transactions across the generated {@code UserTable} and {@code ArticleTable}, passed as they
 * are: all or nothing, the failing action named, and {@code @Version}s checked and generated
 * values written inside a transaction as outside one.
 */
class GeneratedTransactionsTest {
  private static final DynamoDbClient CLIENT = LocalDynamoDb.client();
  private static UserTable users;
  private static ArticleTable articles;
  private static NoteTable notes;

  @BeforeAll
  static void createTables() {
    users = UserTable.create(CLIENT, LocalDynamoDb.uniqueTableName("tx_users"));
    articles = ArticleTable.create(CLIENT, LocalDynamoDb.uniqueTableName("tx_articles"));
    notes = NoteTable.create(CLIENT, LocalDynamoDb.uniqueTableName("tx_notes"));
    users.createTable();
    articles.createTable();
    notes.createTable();
  }

  @AfterAll
  static void deleteTables() {
    users.deleteTable();
    articles.deleteTable();
    notes.deleteTable();
  }

  @Test
  void aFailingConditionInOneTableChangesNothingInEither() {
    users.put(new User("tx-jane", "Doe", "Jane", 25, "standard_user", null));
    Article article = articles.put(Article.draft("Untouched"));

    TransactionFailedException failure = assertThrows(TransactionFailedException.class,
        () -> TransactWrite.with(CLIENT)
            .put(articles, article.withTitle("Changed"))
            .update(users, users.key("tx-jane", "Doe"), Update.of(User_.age.set(26)), User_.age.eq(99))
            .execute());

    assertEquals(1, failure.failures().size());
    TransactionFailure<User> failed = failure.failuresOn(users).get(0);
    assertEquals(1, failed.index());
    assertEquals(TransactionFailure.Kind.UPDATE, failed.kind());
    assertEquals(users.tableName(), failed.tableName());
    assertEquals("ConditionalCheckFailed", failed.code());
    assertEquals(25, failed.item().orElseThrow().age());
    assertEquals(users.key("tx-jane", "Doe"), failed.key());
    assertTrue(failed.object().isEmpty(), "an update given a key has no object");
    assertTrue(failure.failuresOn(articles).isEmpty());
    assertEquals("Untouched", articles.get(article.id()).orElseThrow().title());
    assertEquals(1L, articles.get(article.id()).orElseThrow().version());
    assertEquals(25, users.get("tx-jane", "Doe").orElseThrow().age());
  }

  @Test
  void aStaleVersionedObjectCancelsTheTransaction() {
    Article mine = articles.put(Article.draft("Mine"));
    articles.put(mine.withTitle("Theirs"));
    users.put(new User("tx-john", "Doe", "John", 30, "standard_user", null));

    TransactionFailedException failure = assertThrows(TransactionFailedException.class,
        () -> TransactWrite.with(CLIENT)
            .update(users, users.key("tx-john", "Doe"), User_.age.set(31))
            .put(articles, mine.withTitle("Stale write"))
            .execute());

    TransactionFailure<Article> failed = failure.failures().get(0).on(articles);
    assertEquals(1, failed.index());
    assertEquals(2L, failed.item().orElseThrow().version());
    assertEquals("Stale write", failed.object().orElseThrow().title());
    assertThrows(IllegalArgumentException.class, () -> failure.failures().get(0).on(users));
    assertEquals("Theirs", articles.get(mine.id()).orElseThrow().title());
    assertEquals(30, users.get("tx-john", "Doe").orElseThrow().age());
  }

  @Test
  void aSuccessfulTransactionAppliesEveryActionWithItsGeneratedValues() {
    Article first = articles.put(Article.draft("First"));
    Article second = articles.put(Article.draft("Second"));
    users.put(new User("tx-mary", "Major", "Mary", 40, "super_user", null));

    TransactWrite.with(CLIENT)
        .put(articles, first.withTitle("First, edited"))
        .update(articles, articles.key(second.id()), Article_.likes.add(1))
        .delete(users, users.key("tx-mary", "Major"))
        .execute();

    Article firstNow = articles.get(first.id()).orElseThrow();
    Article secondNow = articles.get(second.id()).orElseThrow();
    assertEquals("First, edited", firstNow.title());
    assertEquals(2L, firstNow.version());
    assertEquals(first.createdAt(), firstNow.createdAt());
    assertEquals(1, secondNow.likes());
    assertEquals(2L, secondNow.version());
    assertEquals(110L, secondNow.points());
    assertTrue(users.get("tx-mary", "Major").isEmpty());
  }

  @Test
  void aDeleteOfAnObjectChecksItsVersionAsTheTableDoes() {
    Article stale = articles.put(Article.draft("Stale"));
    Article current = articles.put(stale.withTitle("Current"));

    TransactionFailedException failure = assertThrows(TransactionFailedException.class,
        () -> TransactWrite.with(CLIENT).delete(articles, stale).execute());
    TransactionFailure<Article> failed = failure.failuresOn(articles).get(0);
    assertEquals(TransactionFailure.Kind.DELETE, failed.kind());
    assertEquals("ConditionalCheckFailed", failed.code());
    assertEquals(current, failed.item().orElseThrow());
    assertEquals(stale, failed.object().orElseThrow());
    assertEquals(articles.key(stale.id()), failed.key());
    assertEquals("Current", articles.get(stale.id()).orElseThrow().title());

    TransactWrite.with(CLIENT).delete(articles, current).execute();
    assertTrue(articles.get(current.id()).isEmpty());
  }

  @Test
  void anUpdateOfAnObjectChecksItsVersionAndTakesActionsAsTheTableDoes() {
    Article stale = articles.put(Article.draft("Liked"));
    Article current = articles.put(stale.withTitle("Liked twice"));

    TransactionFailedException failure = assertThrows(TransactionFailedException.class,
        () -> TransactWrite.with(CLIENT).update(articles, stale, Article_.likes.add(1)).execute());
    assertEquals(stale, failure.failuresOn(articles).get(0).object().orElseThrow());
    assertEquals(0, articles.get(stale.id()).orElseThrow().likes());

    TransactWrite.with(CLIENT).update(articles, current, Article_.likes.add(1), Article_.title.set("Liked")).execute();
    Article now = articles.get(current.id()).orElseThrow();
    assertEquals(1, now.likes());
    assertEquals("Liked", now.title());
    assertEquals(3L, now.version());
  }

  /**
   * A put, in a transaction or not, sends the generated values in the item and leaves the object
   * it was given as it was: the table's put returns the object as written, a transaction does not.
   */
  @Test
  void aPutNeverChangesTheBeanItIsGiven() {
    Note note = new Note("bean");
    Note written = notes.put(note);
    assertEquals(null, note.getId());
    assertEquals(null, note.getVersion());
    assertEquals(null, note.getUpdatedAt());
    assertEquals(1L, written.getVersion());
    assertTrue(written.getId() != null && written.getUpdatedAt() != null);

    Note inTransaction = new Note("in a transaction");
    inTransaction.setId("tx-note");
    TransactWrite.with(CLIENT).put(notes, inTransaction).execute();
    assertEquals(null, inTransaction.getVersion());
    assertEquals(null, inTransaction.getUpdatedAt());
    Note stored = notes.get("tx-note").orElseThrow();
    assertEquals(1L, stored.getVersion());
    assertTrue(stored.getUpdatedAt() != null);
  }

  @Test
  void aReadTransactionSeesSeveralTablesAtOneMoment() {
    users.put(new User("tx-read", "Doe", "Reader", 50, "standard_user", null));
    Article article = articles.put(Article.draft("Read me"));

    TransactGet read = TransactGet.with(CLIENT);
    TransactGet.Handle<User> user = read.get(users, users.key("tx-read", "Doe"));
    TransactGet.Handle<Article> found = read.get(articles, articles.key(article.id()));
    TransactGet.Handle<Article> missing = read.get(articles, articles.key("no-such-article"));
    TransactGet.Result result = read.execute();

    assertEquals("Reader", result.get(user).orElseThrow().firstName());
    assertEquals(article, result.get(found).orElseThrow());
    assertTrue(result.get(missing).isEmpty());
  }
}
