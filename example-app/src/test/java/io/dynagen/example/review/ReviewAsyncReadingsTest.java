package io.dynagen.example.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.example.review.Reading.Mode;
import io.dynagen.runtime.MappingException;
import io.dynagen.runtime.expr.SortKeyCondition;
import io.dynagen.runtime.expr.Update;
import io.dynagen.runtime.table.ConditionFailedException;
import io.dynagen.runtime.table.TableNotFoundException;
import io.dynagen.runtime.table.read.Page;
import io.dynagen.runtime.testing.LocalDynamoDb;
import io.dynagen.runtime.testing.OneThreadAsyncClient;
import io.dynagen.runtime.testing.RequestLog;
import io.dynagen.runtime.testing.TestSubscriber;
import io.dynagen.runtime.testing.TestSubscriber.Signal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A first user's check of the async face of a composite (String, long) key table with a numeric
 * global index, an enum and an {@code Optional}: every async operation of docs/async.md done on
 * the same data as the sync table, and their outcomes (items, old values, counts, cursors,
 * exceptions and their contents) compared.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewAsyncReadingsTest {
  private static final int READINGS = 7;

  private final RequestLog log = new RequestLog();
  private final OneThreadAsyncClient async = new OneThreadAsyncClient(log);
  private final ReadingTable sync =
      ReadingTable.create(LocalDynamoDb.client(), LocalDynamoDb.uniqueTableName("review_readings"));
  private final ReadingAsyncTable readings = ReadingAsyncTable.create(async.client(), sync.tableName());

  ReviewAsyncReadingsTest() throws Throwable {
    assertTrue(async.await(readings.createTableIfMissing()));
    assertFalse(async.await(readings.createTableIfMissing()));
  }

  @AfterAll
  void dropTable() throws Throwable {
    async.await(readings.deleteTable());
    assertFalse(async.await(readings.exists()));
    assertFalse(sync.exists());
    async.close();
  }

  @BeforeEach
  void sevenReadingsOfOneSensor() {
    sync.scan().stream().forEach(sync::delete);
    LongStream.rangeClosed(1, READINGS).forEach(seq -> sync.put(reading("s1", seq)));
    log.clear();
  }

  private static Reading reading(String sensor, long seq) {
    return new Reading(sensor, seq, (int) (seq % 3), 1000 - seq, seq % 2 == 0 ? Mode.MANUAL : Mode.AUTOMATIC,
        seq % 2 == 0 ? Optional.of("even " + seq) : Optional.empty());
  }

  @Test
  void singleItemOperationsGiveWhatTheSyncOnesGive() throws Throwable {
    Reading fresh = reading("s2", 1);
    assertEquals(Optional.empty(), async.await(readings.putIfAbsent(fresh)));
    assertEquals(Optional.of(fresh), async.await(readings.putIfAbsent(reading("s2", 1))));
    assertEquals(Optional.of(fresh), sync.putIfAbsent(reading("s2", 1)));
    assertEquals(Optional.empty(), sync.putIfAbsent(reading("s3", 1)));
    assertEquals(Optional.of(fresh), async.await(readings.get("s2", 1)));
    assertEquals(sync.get("s2", 1L), async.await(readings.get("s2", 1L)));

    Reading relabelled = new Reading("s2", 1, 2, 5, Mode.MANUAL, Optional.of("relabelled"));
    assertEquals(Optional.of(fresh), async.await(readings.putReturningOld(relabelled)));
    assertEquals(Optional.of(relabelled), sync.putReturningOld(relabelled));

    Reading syncUpdated = sync.update("s2", 1, Reading_.mode.set(Mode.AUTOMATIC), Reading_.label.remove());
    sync.put(relabelled);
    Reading asyncUpdated = async.await(readings.update("s2", 1, Reading_.mode.set(Mode.AUTOMATIC), Reading_.label.remove()));
    assertEquals(syncUpdated, asyncUpdated);
    assertEquals(Optional.empty(), asyncUpdated.label());
    assertEquals(Optional.of(asyncUpdated), sync.get("s2", 1));

    assertEquals(Optional.of(asyncUpdated), async.await(readings.deleteReturningOld("s2", 1, Reading_.mode.eq(Mode.AUTOMATIC))));
    assertEquals(Optional.empty(), async.await(readings.deleteReturningOld("s2", 1)));
    assertEquals(Optional.empty(), sync.deleteReturningOld("s2", 1));
    async.await(readings.delete("s3", 1));
    assertEquals(Optional.empty(), sync.get("s3", 1));
  }

  /** The async failure is the sync one: same type, message, key and item as it stood. */
  @Test
  void aFalseConditionFailsWithTheItemAsItStood() throws Throwable {
    Reading stored = reading("s1", 2);
    ConditionFailedException syncFailure = assertThrows(ConditionFailedException.class,
        () -> sync.update("s1", 2, Update.of(Reading_.level.add(1)), Reading_.mode.eq(Mode.AUTOMATIC)));
    ConditionFailedException asyncFailure = assertThrows(ConditionFailedException.class,
        () -> async.await(readings.update("s1", 2, Update.of(Reading_.level.add(1)), Reading_.mode.eq(Mode.AUTOMATIC))));
    assertSameFailure(syncFailure, asyncFailure);
    assertEquals(Optional.of(stored), asyncFailure.item(Reading.class));

    ConditionFailedException asyncPut = assertThrows(ConditionFailedException.class,
        () -> async.await(readings.put(new Reading("s1", 2, 0, 0, Mode.MANUAL, Optional.empty()), Reading_.level.gt(5))));
    assertEquals(Optional.of(stored), asyncPut.item(Reading.class));
    ConditionFailedException asyncDelete = assertThrows(ConditionFailedException.class,
        () -> async.await(readings.deleteReturningOld("s1", 2, Reading_.label.notExists())));
    assertSameFailure(assertThrows(ConditionFailedException.class,
        () -> sync.deleteReturningOld("s1", 2, Reading_.label.notExists())), asyncDelete);
    assertEquals(Optional.of(stored), sync.get("s1", 2));
  }

  private static void assertSameFailure(ConditionFailedException expected, ConditionFailedException actual) {
    assertEquals(expected.getClass(), actual.getClass());
    assertEquals(expected.getMessage(), actual.getMessage());
    assertEquals(expected.tableName(), actual.tableName());
    assertEquals(expected.key(), actual.key());
    assertEquals(expected.storedItem(), actual.storedItem());
  }

  @Test
  void aBadKeyFailsTheFutureAsTheSyncCallThrows() {
    IllegalArgumentException syncFailure = assertThrows(IllegalArgumentException.class, () -> sync.get("", 1));
    IllegalArgumentException asyncFailure = assertThrows(IllegalArgumentException.class, () -> async.await(readings.get("", 1)));
    assertEquals(syncFailure.getMessage(), asyncFailure.getMessage());
    assertTrue(asyncFailure.getMessage().contains("sensor"), asyncFailure.getMessage());
    IllegalArgumentException syncPut = assertThrows(IllegalArgumentException.class,
        () -> sync.put(new Reading(null, 1, 0, 0, Mode.MANUAL, Optional.empty())));
    IllegalArgumentException asyncPut = assertThrows(IllegalArgumentException.class,
        () -> async.await(readings.put(new Reading(null, 1, 0, 0, Mode.MANUAL, Optional.empty()))));
    assertEquals(syncPut.getMessage(), asyncPut.getMessage());
    assertEquals(0, log.size(), "no request for a bad key");
  }

  @Test
  void aMissingTableFailsEveryFutureWithTableNotFound() throws Throwable {
    String missing = LocalDynamoDb.uniqueTableName("review_missing");
    ReadingTable syncMissing = ReadingTable.create(LocalDynamoDb.client(), missing);
    ReadingAsyncTable asyncMissing = ReadingAsyncTable.create(async.client(), missing);
    TableNotFoundException syncFailure = assertThrows(TableNotFoundException.class, () -> syncMissing.get("s1", 1));
    TableNotFoundException asyncFailure = assertThrows(TableNotFoundException.class, () -> async.await(asyncMissing.get("s1", 1)));
    assertEquals(syncFailure.getMessage(), asyncFailure.getMessage());
    assertEquals(missing, asyncFailure.tableName());
    assertThrows(TableNotFoundException.class, () -> async.await(asyncMissing.put(reading("s1", 1))));
    assertThrows(TableNotFoundException.class, () -> async.await(asyncMissing.describe()));
    assertThrows(TableNotFoundException.class, () -> async.await(asyncMissing.query("s1").firstPage()));
    assertThrows(TableNotFoundException.class, () -> async.await(asyncMissing.scan().count()));
    TestSubscriber<Reading> items = new TestSubscriber<>(async);
    asyncMissing.query("s1").items().subscribe(items);
    items.request(1);
    assertInstanceOf(TableNotFoundException.class, items.next().failure());
    assertFalse(async.await(asyncMissing.exists()));
  }

  @Test
  void anItemThatDoesNotFitFailsWithMappingException() throws Throwable {
    Map<String, AttributeValue> broken = new HashMap<>(sync.key("s9", 1));
    broken.put("mode", AttributeValue.fromS("SIDEWAYS"));
    LocalDynamoDb.client().putItem(put -> put.tableName(sync.tableName()).item(broken));
    try {
      MappingException syncFailure = assertThrows(MappingException.class, () -> sync.get("s9", 1));
      MappingException asyncFailure = assertThrows(MappingException.class, () -> async.await(readings.get("s9", 1)));
      assertEquals(syncFailure.getMessage(), asyncFailure.getMessage());
      assertTrue(asyncFailure.getMessage().contains("SIDEWAYS"), asyncFailure.getMessage());
      TestSubscriber<Reading> items = new TestSubscriber<>(async);
      readings.query("s9").items().subscribe(items);
      items.request(5);
      Throwable streamFailure = items.next().failure();
      assertInstanceOf(MappingException.class, streamFailure);
      assertEquals(syncFailure.getMessage(), streamFailure.getMessage());
      assertThrows(MappingException.class, () -> async.await(readings.deleteReturningOld("s9", 1)));
    } finally {
      sync.delete("s9", 1);
    }
  }

  @Test
  void queriesAndScansReadWhatTheSyncOnesRead() throws Throwable {
    List<Reading> expected = sync.query("s1").toList();
    assertEquals(READINGS, expected.size());
    assertEquals(expected, all(() -> readings.query("s1").pageSize(2).items()));
    assertEquals(sync.query("s1").descending().toList(), all(() -> readings.query("s1").descending().pageSize(3).items()));
    assertEquals(sync.query("s1", SortKeyCondition.between(2L, 5L)).filter(Reading_.mode.eq(Mode.MANUAL)).toList(),
        all(() -> readings.query("s1", SortKeyCondition.between(2L, 5L)).filter(Reading_.mode.eq(Mode.MANUAL)).items()));
    assertEquals(sync.scan().pageSize(3).toList(), all(() -> readings.scan().pageSize(3).items()));
    assertEquals(sync.query("s1").count(), async.await(readings.query("s1").pageSize(2).count()));
    assertEquals(sync.scan().filter(Reading_.label.exists()).count(),
        async.await(readings.scan().filter(Reading_.label.exists()).count()));
    assertEquals(3L, async.await(readings.scan().filter(Reading_.label.exists()).count()));
  }

  @Test
  void pagesAndCursorsAreInterchangeableWithTheSyncOnes() throws Throwable {
    Page<Reading> syncFirst = sync.query("s1").pageSize(3).firstPage();
    Page<Reading> asyncFirst = async.await(readings.query("s1").pageSize(3).firstPage());
    assertEquals(syncFirst.items(), asyncFirst.items());
    assertEquals(syncFirst.cursor(), asyncFirst.cursor());
    String cursor = asyncFirst.cursor().orElseThrow();
    assertEquals(sync.query("s1").pageSize(3).page(cursor).items(),
        async.await(readings.query("s1").pageSize(3).page(cursor)).items());
    String syncCursor = sync.query("s1").pageSize(3).page(cursor).cursor().orElseThrow();
    Page<Reading> last = async.await(readings.query("s1").pageSize(3).page(syncCursor));
    assertEquals(List.of(reading("s1", 7)), last.items());
    assertEquals(sync.query("s1").pageSize(3).page(syncCursor).cursor(), last.cursor());

    List<List<Reading>> syncPages = new ArrayList<>();
    Page<Reading> page = sync.scan().pageSize(3).firstPage();
    syncPages.add(page.items());
    while (page.cursor().isPresent()) {
      page = sync.scan().pageSize(3).page(page.cursor().get());
      syncPages.add(page.items());
    }
    assertEquals(syncPages, all(() -> readings.scan().pageSize(3).pages()).stream().map(Page::items).toList());
  }

  @Test
  void anEmptyResultCompletesWithoutItems() throws Throwable {
    assertEquals(List.of(), all(() -> readings.query("nobody").items()));
    Page<Reading> syncEmpty = sync.query("nobody").firstPage();
    Page<Reading> asyncEmpty = async.await(readings.query("nobody").firstPage());
    assertEquals(syncEmpty.items(), asyncEmpty.items());
    assertEquals(syncEmpty.cursor(), asyncEmpty.cursor());
    assertEquals(0L, async.await(readings.query("nobody").count()));
    List<Page<Reading>> pages = all(() -> readings.query("nobody").pages());
    assertEquals(sync.query("nobody").pageSize(5).firstPage().items(), pages.get(0).items());
  }

  /** Nothing before request(n), a page only when the items asked for exceed those fetched. */
  @Test
  void backPressureAndCancelAfterOneItem() throws Throwable {
    TestSubscriber<Reading> items = new TestSubscriber<>(async);
    readings.query("s1").pageSize(2).items().subscribe(items);
    assertEquals(0, log.count("Query"), "nothing sent before the first request");
    items.request(1);
    assertEquals(reading("s1", 1), items.next().item());
    assertEquals(1, log.count("Query"));
    items.request(1);
    assertEquals(reading("s1", 2), items.next().item());
    assertEquals(1, log.count("Query"), "the second item was already fetched");
    items.cancel();
    items.request(5);
    assertEquals(List.of(), items.pending());
    // A later request on the same loop has been answered: had the cancelled read sent another
    // page, it would have been logged before it.
    async.await(readings.get("s1", 1));
    assertEquals(1, log.count("Query"), "nothing sent after cancel");

    TestSubscriber<Reading> cancelling = new TestSubscriber<>(async);
    readings.query("s1").pageSize(1).items().subscribe(cancelling);
    cancelling.cancelInOnNext();
    cancelling.request(Long.MAX_VALUE);
    assertEquals(reading("s1", 1), cancelling.next().item());
    async.await(readings.get("s1", 1));
    assertEquals(List.of(), cancelling.pending());
    assertEquals(2, log.count("Query"), "a cancel in onNext stops the read after its first page: " + log.operations());
  }

  @Test
  void requestingLongMaxValueReadsEveryPageOnce() throws Throwable {
    TestSubscriber<Reading> items = new TestSubscriber<>(async);
    readings.query("s1").pageSize(3).items().subscribe(items);
    assertEquals(sync.query("s1").toList(), items.all());
    assertEquals(3, log.count("Query"), "7 items in pages of 3");
  }

  @Test
  void eachSubscriptionRunsTheReadAnew() throws Throwable {
    var publisher = readings.query("s1").pageSize(4).items();
    TestSubscriber<Reading> first = new TestSubscriber<>(async);
    TestSubscriber<Reading> second = new TestSubscriber<>(async);
    publisher.subscribe(first);
    publisher.subscribe(second);
    List<Reading> expected = sync.query("s1").toList();
    assertEquals(expected, first.all());
    assertEquals(expected, second.all());
    assertEquals(4, log.count("Query"));
  }

  @Test
  void requestZeroEndsTheStreamWithIllegalArgument() throws Throwable {
    TestSubscriber<Reading> items = new TestSubscriber<>(async);
    readings.query("s1").items().subscribe(items);
    items.request(0);
    Signal<Reading> signal = items.next();
    assertInstanceOf(IllegalArgumentException.class, signal.failure());
    assertEquals(0, log.count("Query"));
  }

  @Test
  void theNumericIndexReadsWhatTheSyncIndexReads() throws Throwable {
    List<Reading> syncLevelOne = sync.byLevelIndex().query(1).toList();
    assertEquals(List.of(7L, 4L, 1L), syncLevelOne.stream().map(Reading::seq).toList(), "by takenAt = 1000 - seq");
    assertEquals(syncLevelOne, all(() -> readings.byLevelIndex().query(1).pageSize(1).items()));
    assertEquals(sync.byLevelIndex().query(1, SortKeyCondition.ge(995L)).toList(),
        all(() -> readings.byLevelIndex().query(1, SortKeyCondition.ge(995L)).items()));
    assertEquals(sync.byLevelIndex().scan().count(), async.await(readings.byLevelIndex().scan().count()));
    Page<Reading> asyncFirst = async.await(readings.byLevelIndex().query(0).pageSize(1).firstPage());
    Page<Reading> syncNext = sync.byLevelIndex().query(0).pageSize(1).page(asyncFirst.cursor().orElseThrow());
    assertEquals(sync.byLevelIndex().query(0).toList().subList(1, 2), syncNext.items());
  }

  @Test
  void aParallelScanReadsEveryItemOnce() throws Throwable {
    Comparator<Reading> order = Comparator.comparing(Reading::sensor).thenComparingLong(Reading::seq);
    List<Reading> expected = new ArrayList<>(sync.scan().toList());
    expected.sort(order);
    List<Reading> scanned = new ArrayList<>(all(() -> readings.scan().pageSize(1).segments(3).maxInFlight(2).items()));
    scanned.sort(order);
    assertEquals(expected, scanned);
    assertEquals(sync.scan().segments(3).count(), async.await(readings.scan().segments(3).count()));
    assertEquals(sync.scan().filter(Reading_.level.eq(2)).segments(4).count(),
        async.await(readings.scan().filter(Reading_.level.eq(2)).segments(4).count()));
  }

  @Test
  void tableAdministrationDescribesWhatTheSyncTableDescribes() throws Throwable {
    assertEquals(sync.describe(), async.await(readings.describe()));
    assertTrue(async.await(readings.exists()));
    assertEquals(sync.timeToLiveAttribute(), async.await(readings.timeToLiveAttribute()));
    assertNotNull(async.await(readings.waitUntilActive()));
  }

  /** README: "The sync and async tables send the very same requests." */
  @Test
  void theSyncAndAsyncTablesSendTheVerySameRequests() throws Throwable {
    RequestLog syncLog = new RequestLog();
    ReadingTable logged = ReadingTable.create(LocalDynamoDb.newClient(syncLog), sync.tableName());
    Reading item = reading("s5", 5);
    logged.put(item);
    async.await(readings.put(item));
    logged.get("s5", 5, io.dynagen.runtime.table.read.GetOptions.defaults().consistentRead().project(Reading_.mode));
    async.await(readings.get("s5", 5, io.dynagen.runtime.table.read.GetOptions.defaults().consistentRead().project(Reading_.mode)));
    logged.update("s5", 5, Update.of(Reading_.level.add(1), Reading_.label.set("x")), Reading_.mode.eq(Mode.AUTOMATIC));
    async.await(readings.update("s5", 5, Update.of(Reading_.level.add(1), Reading_.label.set("x")), Reading_.mode.eq(Mode.AUTOMATIC)));
    logged.query("s1", SortKeyCondition.ge(2L)).descending().pageSize(2).filter(Reading_.level.lt(2)).toList();
    all(() -> readings.query("s1", SortKeyCondition.ge(2L)).descending().pageSize(2).filter(Reading_.level.lt(2)).items());
    logged.byLevelIndex().query(1).count();
    async.await(readings.byLevelIndex().query(1).count());
    logged.scan().segment(0, 2).project(Reading_.seq).toList();
    all(() -> readings.scan().segment(0, 2).project(Reading_.seq).items());
    logged.deleteReturningOld("s5", 5);
    async.await(readings.deleteReturningOld("s5", 5));
    assertEquals(syncLog.operations(), log.operations());
    assertEquals(syncLog.requests(), log.requests());
  }

  private <T> List<T> all(Supplier<java.util.concurrent.Flow.Publisher<T>> publisher) throws Throwable {
    TestSubscriber<T> subscriber = new TestSubscriber<>(async);
    publisher.get().subscribe(subscriber);
    return subscriber.all();
  }
}
