package io.dynagen.example.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.example.review.Reading.Mode;
import io.dynagen.runtime.expr.Update;
import io.dynagen.runtime.table.TableNotFoundException;
import io.dynagen.runtime.table.read.CursorSigner;
import io.dynagen.runtime.table.read.GetOptions;
import io.dynagen.runtime.table.read.Page;
import io.dynagen.runtime.testing.LocalDynamoDb;
import io.dynagen.runtime.testing.OneThreadAsyncClient;
import io.dynagen.runtime.testing.RequestLog;
import io.dynagen.runtime.testing.TestSubscriber;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.function.Executable;

/**
 * What a careful first user tries on an async table: nulls and bad cursors, demand beyond
 * {@code Long.MAX_VALUE}, a subscriber asking from {@code onNext}, administration of a missing
 * table; each compared with the sync table's answer.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewAsyncEdgeCasesTest {
  private final RequestLog log = new RequestLog();
  private final OneThreadAsyncClient async = new OneThreadAsyncClient(log);
  private final ReadingTable sync =
      ReadingTable.create(LocalDynamoDb.client(), LocalDynamoDb.uniqueTableName("review_edges"));
  private final ReadingAsyncTable readings = ReadingAsyncTable.create(async.client(), sync.tableName());

  ReviewAsyncEdgeCasesTest() {
    sync.createTable();
    LongStream.rangeClosed(1, 5).forEach(seq ->
        sync.put(new Reading("e", seq, (int) seq % 2, seq, Mode.MANUAL, Optional.of("l" + seq))));
  }

  @AfterAll
  void dropTable() {
    sync.deleteTable();
    async.close();
  }

  /** The sync call throws; the async one returns a future failing with the same exception. */
  private <T> void assertFailsAsSync(Executable syncCall, Supplier<CompletableFuture<T>> asyncCall) {
    Throwable expected = assertThrows(Throwable.class, syncCall);
    CompletableFuture<T> future = asyncCall.get();
    Throwable actual = assertThrows(Throwable.class, () -> async.await(future));
    assertEquals(expected.getClass(), actual.getClass(), actual.toString());
    assertEquals(withoutRequestId(expected.getMessage()), withoutRequestId(actual.getMessage()));
  }

  private static String withoutRequestId(String message) {
    return message == null ? null : message.replaceAll("Request ID: [^)]*", "Request ID: ?");
  }

  @Test
  void nullArgumentsFailTheFutureWithTheSyncException() {
    log.clear();
    assertFailsAsSync(() -> sync.put(null), () -> readings.put(null));
    assertFailsAsSync(() -> sync.get(null, 1), () -> readings.get(null, 1));
    assertFailsAsSync(() -> sync.delete((Reading) null), () -> readings.delete((Reading) null));
    assertFailsAsSync(() -> sync.update("e", 1, null), () -> readings.update("e", 1, null));
    assertFailsAsSync(() -> sync.patch(null), () -> readings.patch(null));
    assertFailsAsSync(() -> sync.putIfAbsent(null), () -> readings.putIfAbsent(null));
    assertFailsAsSync(() -> sync.get("e", 1, null), () -> readings.get("e", 1, null));
    assertEquals(0, log.size(), "nothing sent: " + log.operations());
  }

  @Test
  void aCursorThatIsNotOneFailsAsTheSyncPageFails() {
    assertFailsAsSync(() -> sync.query("e").page("not a cursor"), () -> readings.query("e").page("not a cursor"));
    assertFailsAsSync(() -> sync.query("e").page(""), () -> readings.query("e").page(""));
    assertFailsAsSync(() -> sync.scan().page(""), () -> readings.scan().page(""));
    CursorSigner signer = CursorSigner.withKey("0123456789abcdef0123456789abcdef".getBytes());
    String unsigned = sync.query("e").pageSize(2).firstPage().cursor().orElseThrow();
    assertFailsAsSync(() -> sync.query("e").pageSize(2).signCursors(signer).page(unsigned),
        () -> readings.query("e").pageSize(2).signCursors(signer).page(unsigned));
  }

  @Test
  void signedCursorsAreSharedWithTheSyncRead() throws Throwable {
    CursorSigner signer = CursorSigner.withKey("0123456789abcdef0123456789abcdef".getBytes());
    Page<Reading> first = async.await(readings.query("e").pageSize(2).signCursors(signer).firstPage());
    String cursor = first.cursor().orElseThrow();
    assertEquals(sync.query("e").pageSize(2).signCursors(signer).page(cursor).items(),
        async.await(readings.query("e").pageSize(2).signCursors(signer).page(cursor)).items());
  }

  @Test
  void buildingABadReadThrowsAtOnceAsTheSyncOneDoes() {
    Throwable syncEmpty = assertThrows(IllegalArgumentException.class, () -> sync.query(""));
    Throwable asyncEmpty = assertThrows(IllegalArgumentException.class, () -> readings.query(""));
    assertEquals(syncEmpty.getMessage(), asyncEmpty.getMessage());
    Throwable syncSize = assertThrows(IllegalArgumentException.class, () -> sync.query("e").pageSize(0));
    Throwable asyncSize = assertThrows(IllegalArgumentException.class, () -> readings.query("e").pageSize(0));
    assertEquals(syncSize.getMessage(), asyncSize.getMessage());
    Throwable syncSegments = assertThrows(IllegalArgumentException.class, () -> sync.scan().segments(0));
    Throwable asyncSegments = assertThrows(IllegalArgumentException.class, () -> readings.scan().segments(0));
    assertEquals(syncSegments.getMessage(), asyncSegments.getMessage());
    assertThrows(IllegalArgumentException.class, () -> readings.scan().segments(2).maxInFlight(0));
  }

  @Test
  void demandAddsUpPastLongMaxValue() throws Throwable {
    TestSubscriber<Reading> items = new TestSubscriber<>(async);
    readings.query("e").pageSize(2).items().subscribe(items);
    items.request(Long.MAX_VALUE);
    items.request(Long.MAX_VALUE);
    assertEquals(sync.query("e").toList(), items.all());
  }

  @Test
  void aNegativeRequestEndsTheStreamWithIllegalArgument() throws Throwable {
    TestSubscriber<Page<Reading>> pages = new TestSubscriber<>(async);
    readings.scan().pages().subscribe(pages);
    pages.request(-1);
    assertInstanceOf(IllegalArgumentException.class, pages.next().failure());
    TestSubscriber<Reading> parallel = new TestSubscriber<>(async);
    readings.scan().segments(2).items().subscribe(parallel);
    parallel.request(0);
    assertInstanceOf(IllegalArgumentException.class, parallel.next().failure());
  }

  /** A subscriber that asks for one more item from each onNext, one item per page. */
  @Test
  void aSubscriberMayRequestFromOnNext() throws Throwable {
    List<Reading> received = new java.util.concurrent.CopyOnWriteArrayList<>();
    CompletableFuture<Void> done = new CompletableFuture<>();
    readings.query("e").pageSize(1).items().subscribe(new Flow.Subscriber<>() {
      private Flow.Subscription subscription;

      @Override
      public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        s.request(1);
      }

      @Override
      public void onNext(Reading item) {
        received.add(item);
        subscription.request(1);
      }

      @Override
      public void onError(Throwable failure) {
        done.completeExceptionally(failure);
      }

      @Override
      public void onComplete() {
        done.complete(null);
      }
    });
    async.await(done);
    assertEquals(sync.query("e").toList(), received);
  }

  @Test
  void projectionsAndGetOptionsReadWhatTheSyncOnesRead() throws Throwable {
    assertEquals(sync.query("e").project(Reading_.level).toList(),
        collect(readings.query("e").project(Reading_.level).items()));
    GetOptions consistent = GetOptions.defaults().consistentRead().project(Reading_.mode);
    assertEquals(sync.get("e", 3, consistent), async.await(readings.get("e", 3, consistent)));
  }

  @Test
  void administrationOfAMissingTableFailsAsTheSyncOneDoes() throws Throwable {
    String missing = LocalDynamoDb.uniqueTableName("review_gone");
    ReadingTable syncMissing = ReadingTable.create(LocalDynamoDb.client(), missing);
    ReadingAsyncTable asyncMissing = ReadingAsyncTable.create(async.client(), missing);
    assertFailsAsSync(syncMissing::deleteTable, asyncMissing::deleteTable);
    assertFailsAsSync(syncMissing::describe, asyncMissing::describe);
    assertFailsAsSync(syncMissing::timeToLiveAttribute, asyncMissing::timeToLiveAttribute);
    TableNotFoundException described = assertThrows(TableNotFoundException.class, () -> async.await(asyncMissing.describe()));
    assertEquals(missing, described.tableName());
    assertFailsAsSync(sync::createTable, readings::createTable);
  }

  /** Pages too: one page per page asked for, nothing after cancel. */
  @Test
  void pagesAreFetchedOneAtATimeAsAskedFor() throws Throwable {
    log.clear();
    TestSubscriber<Page<Reading>> pages = new TestSubscriber<>(async);
    readings.query("e").pageSize(2).pages().subscribe(pages);
    assertEquals(0, log.count("Query"));
    pages.request(1);
    Page<Reading> first = pages.next().item();
    assertEquals(sync.query("e").pageSize(2).firstPage().items(), first.items());
    assertEquals(1, log.count("Query"));
    pages.request(1);
    assertEquals(sync.query("e").pageSize(2).page(first.cursor().orElseThrow()).items(), pages.next().item().items());
    pages.cancel();
    async.await(readings.get("e", 1));
    assertEquals(2, log.count("Query"));
    assertEquals(List.of(), pages.pending());
  }

  /** A parallel scan cancelled after its first item: no segment sends another page. */
  @Test
  void aParallelScanStopsAtCancel() throws Throwable {
    log.clear();
    TestSubscriber<Reading> items = new TestSubscriber<>(async);
    readings.scan().pageSize(1).segments(2).maxInFlight(1).items().subscribe(items);
    assertEquals(0, log.count("Scan"));
    items.request(1);
    items.next();
    items.cancel();
    long sent = log.count("Scan");
    assertTrue(sent >= 1 && sent <= 2, log.operations().toString());
    async.await(readings.get("e", 1));
    assertEquals(sent, log.count("Scan"), "nothing sent after cancel");
  }

  @Test
  void aParallelScanOfAMissingTableEndsWithTableNotFound() throws Throwable {
    String missing = LocalDynamoDb.uniqueTableName("review_gone");
    ReadingAsyncTable asyncMissing = ReadingAsyncTable.create(async.client(), missing);
    TestSubscriber<Reading> items = new TestSubscriber<>(async);
    asyncMissing.scan().segments(3).items().subscribe(items);
    items.request(10);
    TableNotFoundException failure = assertInstanceOf(TableNotFoundException.class, items.next().failure());
    assertEquals(missing, failure.tableName());
    assertThrows(TableNotFoundException.class, () -> async.await(asyncMissing.scan().segments(3).count()));
  }

  @Test
  void indexReadsTakeTheOptionsOfTheSyncIndexReads() throws Throwable {
    assertEquals(sync.byLevelIndex().query(1).descending().toList(),
        collect(readings.byLevelIndex().query(1).descending().pageSize(1).items()));
    assertEquals(sync.byLevelIndex().scan().segments(2).count(), async.await(readings.byLevelIndex().scan().segments(2).count()));
    assertEquals(sync.byLevelIndex().scan().segment(1, 2).toList(),
        collect(readings.byLevelIndex().scan().segment(1, 2).items()));
    Throwable syncConsistent = assertThrows(Throwable.class, () -> sync.byLevelIndex().query(1).consistentRead().toList());
    Throwable asyncConsistent = assertThrows(Throwable.class,
        () -> async.await(readings.byLevelIndex().query(1).consistentRead().firstPage()));
    assertEquals(syncConsistent.getClass(), asyncConsistent.getClass());
    assertEquals(withoutRequestId(syncConsistent.getMessage()), withoutRequestId(asyncConsistent.getMessage()));
  }

  /** Every key method with an empty partition key: a failed future, never a throw, as sync fails. */
  @Test
  void everyKeyMethodFailsTheFutureForAnEmptyKey() {
    log.clear();
    assertFailsAsSync(() -> sync.get("", 1), () -> readings.get("", 1));
    assertFailsAsSync(() -> sync.get("", 1, GetOptions.defaults()), () -> readings.get("", 1, GetOptions.defaults()));
    assertFailsAsSync(() -> sync.update("", 1, Reading_.level.set(1)), () -> readings.update("", 1, Reading_.level.set(1)));
    assertFailsAsSync(() -> sync.update("", 1, Update.of(Reading_.level.set(1)), Reading_.level.eq(0)),
        () -> readings.update("", 1, Update.of(Reading_.level.set(1)), Reading_.level.eq(0)));
    assertFailsAsSync(() -> sync.delete("", 1), () -> readings.delete("", 1));
    assertFailsAsSync(() -> sync.delete("", 1, Reading_.level.eq(0)), () -> readings.delete("", 1, Reading_.level.eq(0)));
    assertFailsAsSync(() -> sync.deleteReturningOld("", 1), () -> readings.deleteReturningOld("", 1));
    assertFailsAsSync(() -> sync.deleteReturningOld("", 1, Reading_.level.eq(0)),
        () -> readings.deleteReturningOld("", 1, Reading_.level.eq(0)));
    Reading emptyKey = new Reading("", 1, 0, 0, Mode.MANUAL, Optional.empty());
    assertFailsAsSync(() -> sync.put(emptyKey), () -> readings.put(emptyKey));
    assertFailsAsSync(() -> sync.putReturningOld(emptyKey), () -> readings.putReturningOld(emptyKey));
    assertFailsAsSync(() -> sync.putIfAbsent(emptyKey), () -> readings.putIfAbsent(emptyKey));
    assertFailsAsSync(() -> sync.patch(emptyKey), () -> readings.patch(emptyKey));
    assertFailsAsSync(() -> sync.delete(emptyKey), () -> readings.delete(emptyKey));
    assertFailsAsSync(() -> sync.update(emptyKey, Reading_.level.set(1)), () -> readings.update(emptyKey, Reading_.level.set(1)));
    assertEquals(0, log.size(), "nothing sent: " + log.operations());
  }

  @Test
  void anItemOverTheSizeLimitFailsAsTheSyncPutFails() {
    Reading huge = new Reading("e", 99, 0, 0, Mode.MANUAL, Optional.of("x".repeat(400 * 1024)));
    assertFailsAsSync(() -> sync.put(huge), () -> readings.put(huge));
  }

  @Test
  void anEmptyUpdateFailsAsTheSyncOneFails() throws Throwable {
    Throwable expected = assertThrows(Throwable.class, () -> sync.update("e", 1, Update.of(List.of())));
    Throwable actual = assertThrows(Throwable.class, () -> async.await(readings.update("e", 1, Update.of(List.of()))));
    assertEquals(expected.getClass(), actual.getClass());
    assertEquals(withoutRequestId(expected.getMessage()), withoutRequestId(actual.getMessage()));
  }

  private <T> List<T> collect(Flow.Publisher<T> publisher) throws Throwable {
    TestSubscriber<T> subscriber = new TestSubscriber<>(async);
    publisher.subscribe(subscriber);
    return subscriber.all();
  }
}
