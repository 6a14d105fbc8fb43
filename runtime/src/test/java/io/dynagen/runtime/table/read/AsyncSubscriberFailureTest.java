package io.dynagen.runtime.table.read;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.runtime.expr.Encoders;
import io.dynagen.runtime.table.AsyncTypedTable;
import io.dynagen.runtime.table.TableNotFoundException;
import io.dynagen.runtime.table.TypedTable;
import io.dynagen.runtime.table.UsersTables;
import io.dynagen.runtime.testing.LogCapture;
import io.dynagen.runtime.testing.OneThreadAsyncClient;
import io.dynagen.runtime.testing.RequestLog;
import io.dynagen.runtime.testing.TestSubscriber;
import io.dynagen.runtime.testing.TestSubscriber.Signal;
import io.dynagen.runtime.testmodel.TestUser;
import io.dynagen.runtime.testmodel.TestUserSchema;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Subscribers that break Reactive Streams rule 2.13 by throwing, against DynamoDB Local on the
 * Netty client's one event loop thread: the subscription counts as cancelled (no request after it,
 * the requests in flight cancelled, every segment's; no signal after it), the exception is logged
 * with the read it broke, never lost, and {@code request} and {@code cancel} still return normally.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AsyncSubscriberFailureTest {
  private final RequestLog log = new RequestLog();
  private final OneThreadAsyncClient async = new OneThreadAsyncClient(log);
  private final TypedTable<TestUser> sync = UsersTables.create("async-throwing");
  private final AsyncTypedTable<TestUser> users =
      AsyncTypedTable.of(async.client(), TestUserSchema.INSTANCE, sync.tableName());
  private LogCapture logged;

  AsyncSubscriberFailureTest() {
    for (int user = 0; user < 30; user++) {
      sync.put(TestUser.of("user" + user, "a"));
      sync.put(TestUser.of("user" + user, "b"));
    }
    for (String sortKey : List.of("a", "b", "c", "d", "e")) {
      sync.put(TestUser.of("u", sortKey));
    }
  }

  @BeforeEach
  void start() {
    log.clear();
    logged = new LogCapture(PagedSubscription.class.getName());
  }

  @AfterEach
  void stop() {
    logged.close();
  }

  @AfterAll
  void close() {
    sync.deleteTable();
    async.close();
  }

  /** Waits until every response the client had to read before now was read and its callbacks ran. */
  private void settle() throws Throwable {
    async.await(users.get(users.key("u", Encoders.STRING, "a", Encoders.STRING)));
  }

  private AsyncQuery<TestUser> queryOfU() {
    return users.query("u", Encoders.STRING).pageSize(2);
  }

  private LogRecord assertLogged(String method, String read, RuntimeException thrown) {
    LogRecord record = logged.recordContaining("threw from " + method);
    assertEquals(Level.WARNING, record.getLevel());
    assertTrue(record.getMessage().contains(read), record.getMessage());
    assertTrue(record.getMessage().contains("rule 2.13"), record.getMessage());
    assertSame(thrown, record.getThrown(), "the subscriber's own exception, not lost");
    return record;
  }

  @Test
  void aThrowFromOnNextOnTheRequestingThreadCancelsTheQueryAndRequestReturns() throws Throwable {
    TestSubscriber<TestUser> subscriber = new TestSubscriber<>(async);
    queryOfU().items().subscribe(subscriber);
    subscriber.request(1);
    assertEquals("a", subscriber.next().item().lastName());
    settle();
    RuntimeException thrown = new IllegalStateException("onNext broke");
    subscriber.throwFromOnNext(thrown);
    // "b" is held already, so it is delivered on this thread, inside request: rule 3.16 wants it
    // to return normally all the same.
    assertDoesNotThrow(() -> subscriber.request(10));
    assertEquals("b", subscriber.next().item().lastName());
    assertDoesNotThrow(() -> subscriber.request(10));
    assertDoesNotThrow(subscriber::cancel);
    settle();
    assertEquals(List.of(), subscriber.pending(), "no item, end or failure after the throw");
    assertEquals(1, log.count("Query"), "no page requested after the throw");
    assertLogged("onNext", "async query of table", thrown);
  }

  @Test
  void aThrowFromOnNextOnTheEventLoopCancelsTheScanAndIsLogged() throws Throwable {
    TestSubscriber<TestUser> subscriber = new TestSubscriber<>(async);
    users.scan().pageSize(3).items().subscribe(subscriber);
    RuntimeException thrown = new IllegalStateException("onNext broke");
    subscriber.throwFromOnNext(thrown);
    subscriber.request(Long.MAX_VALUE);
    Signal<TestUser> first = subscriber.next();
    assertTrue(first.item() != null, "the item it threw on");
    settle();
    assertEquals(List.of(), subscriber.pending(), "no item, end or failure after the throw");
    assertEquals(1, log.count("Scan"), "no page requested after the throw");
    assertDoesNotThrow(() -> subscriber.request(1));
    settle();
    assertEquals(1, log.count("Scan"), "a later request sends nothing either");
    assertEquals(List.of(), subscriber.pending());
    assertLogged("onNext", "async scan of table", thrown);
  }

  @Test
  void aThrowFromOnNextCancelsTheParallelScansOtherSegmentsInFlight() throws Throwable {
    AsyncScan<TestUser> scan = users.scan().pageSize(2);
    List<CompletableFuture<RawPage>> sent = new CopyOnWriteArrayList<>();
    TestSubscriber<TestUser> subscriber = new TestSubscriber<>(async);
    RuntimeException thrown = new IllegalStateException("onNext broke");
    subscriber.throwFromOnNext(thrown);
    PagedSubscription.start(new ParallelSubscription<TestUser>(subscriber, "async parallel scan under test",
        (segment, startKey) -> {
          CompletableFuture<RawPage> request = scan.request.segment(segment, 8).fetch(async.client(), startKey, false);
          sent.add(request);
          return request;
        },
        3, 8, raw -> scan.request.table.decoder().decodeAll(raw.items())));
    CountDownLatch release = async.holdEventLoop();
    try {
      subscriber.request(Long.MAX_VALUE);
      assertEquals(3, sent.size(), "three segments in flight, no response read yet");
    } finally {
      release.countDown();
    }
    assertTrue(subscriber.next().item() != null, "the item it threw on");
    settle();
    assertEquals(List.of(), subscriber.pending(), "no item, end or failure after the throw");
    assertTrue(sent.stream().allMatch(CompletableFuture::isDone), "nothing left in flight");
    long cancelled = sent.stream().filter(CompletableFuture::isCancelled).count();
    assertTrue(cancelled >= 1, "the segments in flight when it threw were cancelled: " + sent);
    assertEquals(sent.size(), log.count("Scan"), "no request after the throw");
    assertLogged("onNext", "async parallel scan under test", thrown);
  }

  @Test
  void aThrowFromOnNextStopsThePublicParallelScan() throws Throwable {
    TestSubscriber<TestUser> subscriber = new TestSubscriber<>(async);
    users.scan().pageSize(2).segments(8).maxInFlight(3).items().subscribe(subscriber);
    RuntimeException thrown = new IllegalStateException("onNext broke");
    subscriber.throwFromOnNext(thrown);
    subscriber.request(Long.MAX_VALUE);
    subscriber.next();
    settle();
    long sent = log.count("Scan");
    assertTrue(sent <= 4, "the bound of three, and at most one for a segment found empty first: " + sent);
    assertDoesNotThrow(() -> subscriber.request(5));
    settle();
    assertEquals(sent, log.count("Scan"), "no request after the throw");
    assertEquals(List.of(), subscriber.pending(), "no item, end or failure after the throw");
    assertLogged("onNext", "async parallel scan of table", thrown);
  }

  @Test
  void aThrowFromOnCompleteIsLoggedAndTheSubscriptionStaysUsable() throws Throwable {
    TestSubscriber<Page<TestUser>> subscriber = new TestSubscriber<>(async);
    RuntimeException thrown = new IllegalStateException("onComplete broke");
    subscriber.throwFromEnd(thrown);
    queryOfU().pages().subscribe(subscriber);
    subscriber.request(Long.MAX_VALUE);
    int pages = 0;
    for (Signal<Page<TestUser>> signal = subscriber.next(); !signal.complete(); signal = subscriber.next()) {
      pages++;
    }
    assertEquals(3, pages);
    settle();
    assertDoesNotThrow(() -> subscriber.request(1));
    assertDoesNotThrow(subscriber::cancel);
    assertEquals(List.of(), subscriber.pending(), "nothing after the end");
    assertLogged("onComplete", "async query of table", thrown);
  }

  @Test
  void aThrowFromOnErrorIsLoggedWithTheFailureItReported() throws Throwable {
    AsyncTypedTable<TestUser> missing = AsyncTypedTable.of(async.client(), TestUserSchema.INSTANCE, "no-such-table");
    TestSubscriber<TestUser> subscriber = new TestSubscriber<>(async);
    RuntimeException thrown = new IllegalStateException("onError broke");
    subscriber.throwFromEnd(thrown);
    missing.scan().segments(4).items().subscribe(subscriber);
    subscriber.request(1);
    assertInstanceOf(TableNotFoundException.class, subscriber.next().failure());
    settle();
    assertEquals(List.of(), subscriber.pending(), "one onError, for all four segments");
    LogRecord record = assertLogged("onError", "async parallel scan of table 'no-such-table'", thrown);
    assertInstanceOf(TableNotFoundException.class, record.getThrown().getSuppressed()[0],
        "the failure onError was given is kept too");
  }

  @Test
  void aThrowFromOnSubscribeAfterRequestingCancelsWhatItRequested() throws Throwable {
    RuntimeException thrown = new IllegalStateException("onSubscribe broke");
    List<Object> signals = new CopyOnWriteArrayList<>();
    Flow.Subscriber<TestUser> subscriber = new Flow.Subscriber<>() {
      @Override
      public void onSubscribe(Flow.Subscription subscription) {
        subscription.request(Long.MAX_VALUE);
        throw thrown;
      }

      @Override
      public void onNext(TestUser item) {
        signals.add(item);
      }

      @Override
      public void onError(Throwable failure) {
        signals.add(failure);
      }

      @Override
      public void onComplete() {
        signals.add("complete");
      }
    };
    CountDownLatch release = async.holdEventLoop();
    try {
      assertDoesNotThrow(() -> users.scan().pageSize(2).segments(4).items().subscribe(subscriber),
          "subscribe returns normally (rule 1.9)");
    } finally {
      release.countDown();
    }
    settle();
    assertEquals(List.of(), signals, "no signal to a subscriber whose onSubscribe threw");
    assertFalse(log.count("Scan") > 4, "only what it requested before throwing");
    assertLogged("onSubscribe", "async parallel scan of table", thrown);
  }
}
