package io.dynagen.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.example.model.Article;
import io.dynagen.example.model.ArticleTable;
import io.dynagen.example.model.Article_;
import io.dynagen.runtime.expr.Encoders;
import io.dynagen.runtime.table.ConditionFailedException;
import io.dynagen.runtime.table.TypedTable;
import io.dynagen.runtime.table.VersionConflictException;
import io.dynagen.runtime.testing.LocalDynamoDb;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;

/**
 * The values Dynagen writes itself, through the generated {@code ArticleTable} on DynamoDB Local:
 * {@code @Version} optimistic locking (under real contention), {@code @GeneratedUuid} ids,
 * {@code @AutoTimestamp}s, an {@code @AtomicCounter} and the {@code @Ttl} attribute.
 */
class GeneratedValuesTest {
  private static ArticleTable articles;

  @BeforeAll
  static void createTable() {
    articles = ArticleTable.create(LocalDynamoDb.client(), LocalDynamoDb.uniqueTableName("articles"));
    articles.createTable();
  }

  @AfterAll
  static void deleteTable() {
    articles.deleteTable();
  }

  @Test
  void aPutOfANewObjectGeneratesItsIdVersionTimestampsAndCounter() {
    Instant before = Instant.now();
    Article written = articles.put(Article.draft("Hello"));
    Instant after = Instant.now();

    assertNotNull(written.id());
    assertEquals(written.id(), UUID.fromString(written.id()).toString());
    assertEquals(1L, written.version());
    assertBetween(before, written.createdAt(), after);
    assertEquals(written.createdAt(), written.updatedAt());
    assertEquals(100L, written.points());
    assertEquals(written, articles.get(written.id()).orElseThrow());
  }

  @Test
  void timestampsComeFromTheTablesClock() {
    Instant fixed = Instant.parse("2026-01-02T03:04:05.123456Z");
    TypedTable<Article> stopped = articles.typed().withClock(Clock.fixed(fixed, ZoneOffset.UTC));

    Article written = stopped.put(Article.draft("Timed"));
    Article updated = stopped.update(stopped.key(written.id(), Encoders.STRING), Article_.likes.add(1));

    assertEquals(fixed, written.createdAt());
    assertEquals(fixed, updated.updatedAt());
    assertEquals(updated, articles.get(written.id()).orElseThrow());
  }

  @Test
  void eachNewObjectGetsItsOwnId() {
    Article first = articles.put(Article.draft("One"));
    Article second = articles.put(Article.draft("Two"));
    assertFalse(first.id().equals(second.id()));
    assertEquals("One", articles.get(first.id()).orElseThrow().title());
    assertEquals("Two", articles.get(second.id()).orElseThrow().title());
  }

  @Test
  void aPutOfTheObjectAsReadIncrementsItsVersionAndKeepsItsCreationTime() {
    Article created = articles.put(Article.draft("Draft"));
    Article edited = articles.put(articles.get(created.id()).orElseThrow().withTitle("Final"));

    assertEquals(2L, edited.version());
    assertEquals(created.createdAt(), edited.createdAt());
    assertFalse(edited.updatedAt().isBefore(created.updatedAt()));
    assertEquals(edited, articles.get(created.id()).orElseThrow());
  }

  @Test
  void aStaleObjectConflictsAndChangesNothing() {
    Article created = articles.put(Article.draft("Original"));
    Article mine = articles.get(created.id()).orElseThrow();
    Article theirs = articles.put(mine.withTitle("Theirs"));

    VersionConflictException conflict =
        assertThrows(VersionConflictException.class, () -> articles.put(mine.withTitle("Mine")));

    assertEquals(1L, conflict.expectedVersion());
    assertEquals(2L, conflict.foundVersion());
    assertEquals(theirs, conflict.item(Article.class).orElseThrow());
    assertEquals(theirs, articles.get(created.id()).orElseThrow());
    assertTrue(conflict.getMessage().contains("read at version 1"), conflict.getMessage());
    assertTrue(conflict.getMessage().contains("has version 2"), conflict.getMessage());
  }

  @Test
  void aNewObjectMayNotOverwriteAnExistingItem() {
    Article created = articles.put(Article.draft("First"));
    Article sameIdButNew = Article.draft("Second");
    Article impostor = new Article(created.id(), sameIdButNew.title(), 0, null, null, null, null, null);

    VersionConflictException conflict =
        assertThrows(VersionConflictException.class, () -> articles.put(impostor));

    assertNull(conflict.expectedVersion());
    assertEquals(1L, conflict.foundVersion());
    assertEquals("First", articles.get(created.id()).orElseThrow().title());
  }

  @Test
  void aConditionOfTheCallerThatFailsIsNotAVersionConflict() {
    Article created = articles.put(Article.draft("Conditioned"));

    ConditionFailedException failure = assertThrows(ConditionFailedException.class,
        () -> articles.put(created.withTitle("Changed"), Article_.likes.gt(5)));

    assertFalse(failure instanceof VersionConflictException, failure.getMessage());
    assertEquals("Conditioned", articles.get(created.id()).orElseThrow().title());
  }

  @Test
  void eightThreadsIncrementingOneCounterWithRetriesLoseNoIncrement() throws Exception {
    String id = articles.put(Article.draft("Contended")).id();
    int threads = 8;
    int incrementsPerThread = 50;
    AtomicInteger conflicts = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        workers.add(pool.submit(() -> {
          for (int i = 0; i < incrementsPerThread; i++) {
            while (true) {
              Article current = articles.get(id).orElseThrow();
              try {
                articles.put(current.withLikes(current.likes() + 1));
                break;
              } catch (VersionConflictException e) {
                conflicts.incrementAndGet();
              }
            }
          }
          return null;
        }));
      }
      for (Future<?> worker : workers) {
        worker.get();
      }
    } finally {
      pool.shutdownNow();
    }

    Article last = articles.get(id).orElseThrow();
    assertEquals(threads * incrementsPerThread, last.likes());
    assertEquals(1L + threads * incrementsPerThread, last.version());
    // The test means something only if the threads really raced.
    assertTrue(conflicts.get() > 0, "no conflicts: the threads did not contend");
  }

  @Test
  void anUpdateOfTheObjectChecksItsVersionAndIncrementsIt() {
    Article created = articles.put(Article.draft("To update"));

    Article updated = articles.update(created, Article_.title.set("Updated"));
    assertEquals(2L, updated.version());
    assertEquals("Updated", updated.title());

    VersionConflictException conflict = assertThrows(VersionConflictException.class,
        () -> articles.update(created, Article_.title.set("Stale")));
    assertEquals(2L, conflict.foundVersion());
    assertEquals("Updated", articles.get(created.id()).orElseThrow().title());
  }

  @Test
  void anUpdateByKeyIncrementsTheVersionAndCounterWithoutChecking() {
    Article created = articles.put(Article.draft("Counted"));

    Article once = articles.update(created.id(), Article_.likes.add(1));
    Article twice = articles.update(created.id(), Article_.likes.add(1));

    assertEquals(2L, once.version());
    assertEquals(3L, twice.version());
    assertEquals(110L, once.points());
    assertEquals(120L, twice.points());
    assertEquals(created.createdAt(), twice.createdAt());
    assertFalse(twice.updatedAt().isBefore(once.updatedAt()));
  }

  @Test
  void concurrentUpdatesByKeyAllCount() throws Exception {
    String id = articles.put(Article.draft("Popular")).id();
    int threads = 4;
    int updatesPerThread = 25;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        workers.add(pool.submit(() -> {
          for (int i = 0; i < updatesPerThread; i++) {
            articles.update(id, Article_.likes.add(1));
          }
          return null;
        }));
      }
      for (Future<?> worker : workers) {
        worker.get();
      }
    } finally {
      pool.shutdownNow();
    }
    Article last = articles.get(id).orElseThrow();
    int updates = threads * updatesPerThread;
    assertEquals(updates, last.likes());
    assertEquals(100L + 10L * updates, last.points());
    assertEquals(1L + updates, last.version());
  }

  @Test
  void anUpdateThatCreatesTheItemGivesItsCreationTimeCounterAndVersion() {
    String id = UUID.randomUUID().toString();
    Instant before = Instant.now();

    Article created = articles.update(id, Article_.title.set("Born by update"));

    assertEquals(1L, created.version());
    assertEquals(110L, created.points());
    assertBetween(before, created.createdAt(), Instant.now());
    assertEquals(created.createdAt(), created.updatedAt());
  }

  @Test
  void anUpdateMayNotChangeWhatDynagenWritesItself() {
    Article created = articles.put(Article.draft("Guarded"));
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> articles.update(created.id(), Article_.version.set(99L)));
    assertTrue(error.getMessage().contains("'version'"), error.getMessage());
    assertTrue(error.getMessage().contains("@Version"), error.getMessage());
    assertEquals(1L, articles.get(created.id()).orElseThrow().version());
  }

  @Test
  void aDeleteOfTheObjectChecksItsVersion() {
    Article created = articles.put(Article.draft("To delete"));
    Article newer = articles.put(created.withTitle("Newer"));

    assertThrows(VersionConflictException.class, () -> articles.delete(created));
    assertTrue(articles.get(created.id()).isPresent());

    articles.delete(newer);
    assertTrue(articles.get(created.id()).isEmpty());
  }

  @Test
  void theTtlAttributeIsStoredAsEpochSecondsAndExpiryIsOn() {
    Instant expiry = Instant.parse("2030-01-02T03:04:05.678Z");
    Article written = articles.put(Article.draft("Expiring").withExpiresAt(expiry));

    Map<String, AttributeValue> raw = LocalDynamoDb.client()
        .getItem(GetItemRequest.builder()
            .tableName(articles.tableName())
            .key(Map.of("id", AttributeValue.fromS(written.id())))
            .build())
        .item();
    assertEquals(AttributeValue.fromN(Long.toString(expiry.getEpochSecond())), raw.get("expiresAt"));
    assertEquals(Instant.parse("2030-01-02T03:04:05Z"), articles.get(written.id()).orElseThrow().expiresAt());
    assertEquals("expiresAt", articles.typed().timeToLiveAttribute().orElseThrow());
    assertEquals(Optional.of("expiresAt"), articles.timeToLiveAttribute());

    List<Article> expired = articles.scan()
        .filter(Article_.expiresAt.lt(Instant.parse("2031-01-01T00:00:00Z")))
        .toList();
    assertEquals(List.of(written.id()), expired.stream().map(Article::id).toList());
  }

  @Test
  void aTtlInstantIsComparedInWholeSecondsAsItIsStored() {
    Instant stored = Instant.parse("2035-06-07T08:09:10Z");
    Article written = articles.put(Article.draft("Whole seconds").withExpiresAt(stored.plusMillis(700)));
    // The item holds 08:09:10 (the fraction dropped), which is what is read back and compared.
    assertEquals(List.of(written.id()), ids(Article_.expiresAt.eq(stored)));
    assertEquals(List.of(written.id()), ids(Article_.expiresAt.between(stored, stored.plusSeconds(1))));
    assertEquals(List.of(), ids(Article_.expiresAt.gt(stored)));
    // A fraction in the value compared with would answer for another instant: refused, naming it.
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Article_.expiresAt.lt(stored.plusMillis(500)));
    assertTrue(e.getMessage().contains("'expiresAt'") && e.getMessage().contains("whole second"), e.getMessage());
  }

  private static List<String> ids(io.dynagen.runtime.expr.Condition filter) {
    return articles.scan().filter(Article_.title.eq("Whole seconds").and(filter)).stream().map(Article::id).toList();
  }

  private static void assertBetween(Instant earliest, Instant actual, Instant latest) {
    assertNotNull(actual);
    assertFalse(actual.isBefore(earliest), actual + " is before " + earliest);
    assertFalse(actual.isAfter(latest), actual + " is after " + latest);
  }
}
