package io.dynagen.runtime.table.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.runtime.expr.Encoders;
import io.dynagen.runtime.table.AsyncTypedTable;
import io.dynagen.runtime.table.TableNotFoundException;
import io.dynagen.runtime.table.TypedTable;
import io.dynagen.runtime.table.UsersTables;
import io.dynagen.runtime.testing.OneThreadAsyncClient;
import io.dynagen.runtime.testing.RequestLog;
import io.dynagen.runtime.testing.TestSubscriber;
import io.dynagen.runtime.testing.TestSubscriber.Signal;
import io.dynagen.runtime.testmodel.TestUser;
import io.dynagen.runtime.testmodel.TestUserSchema;
import io.dynagen.runtime.testmodel.TestUser_;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The async parallel scan against DynamoDB Local, on the Netty client's one event loop thread:
 * every item once, as the sync scan reads them; the bound on requests in flight, checked while the
 * loop is held so that no response can be read; nothing sent before the subscriber asks or after
 * it cancels; failures as {@code onError}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AsyncParallelScanTest {
  private static final Comparator<TestUser> BY_KEY =
      Comparator.comparing(TestUser::username).thenComparing(TestUser::lastName);

  private final RequestLog log = new RequestLog();
  private final OneThreadAsyncClient async = new OneThreadAsyncClient(log);
  private final TypedTable<TestUser> sync = UsersTables.create("async-parallel");
  private final AsyncTypedTable<TestUser> users =
      AsyncTypedTable.of(async.client(), TestUserSchema.INSTANCE, sync.tableName());

  AsyncParallelScanTest() {
    for (int user = 0; user < 30; user++) {
      sync.put(TestUser.of("user" + user, "a"));
      sync.put(TestUser.of("user" + user, "b"));
    }
  }

  @BeforeEach
  void forgetRequests() {
    log.clear();
  }

  @AfterAll
  void close() {
    sync.deleteTable();
    async.close();
  }

  private static List<TestUser> sorted(List<TestUser> users) {
    List<TestUser> copy = new ArrayList<>(users);
    copy.sort(BY_KEY);
    return copy;
  }

  @Test
  void readsEveryItemOnceAsTheSyncScan() throws Throwable {
    TestSubscriber<TestUser> subscriber = new TestSubscriber<>(async);
    users.scan().pageSize(7).segments(5).items().subscribe(subscriber);
    List<TestUser> read = subscriber.all();
    assertEquals(60, read.size());
    assertEquals(sorted(sync.scan().toList()), sorted(read));

    TestSubscriber<TestUser> filtered = new TestSubscriber<>(async);
    users.scan().filter(TestUser_.lastName.eq("b")).segments(3).items().subscribe(filtered);
    assertEquals(sorted(sync.scan().filter(TestUser_.lastName.eq("b")).segments(3).toList()), sorted(filtered.all()));

    assertEquals(60L, async.await(users.scan().segments(4).count()));
    assertEquals(30L, async.await(users.scan().filter(TestUser_.lastName.eq("a")).segments(4).count()));
  }

  @Test
  void atMostMaxInFlightRequestsAreSent() throws Throwable {
    TestSubscriber<TestUser> subscriber = new TestSubscriber<>(async);
    users.scan().pageSize(2).segments(8).maxInFlight(3).items().subscribe(subscriber);
    assertEquals(0, log.count("Scan"), "subscribing sends nothing");
    CountDownLatch release = async.holdEventLoop();
    try {
      subscriber.request(Long.MAX_VALUE);
      assertEquals(3, log.count("Scan"), "with no response read yet, exactly the bound is sent");
    } finally {
      release.countDown();
    }
    List<TestUser> read = new ArrayList<>();
    for (Signal<TestUser> signal = subscriber.next(); !signal.complete(); signal = subscriber.next()) {
      assertTrue(signal.onEventLoop(), "items are published from the client's callbacks");
      read.add(signal.item());
    }
    assertEquals(60, read.size());
  }

  @Test
  void requestsGoOutOnlyWhileItemsAreWanted() throws Throwable {
    TestSubscriber<TestUser> subscriber = new TestSubscriber<>(async);
    users.scan().pageSize(1).segments(4).maxInFlight(2).items().subscribe(subscriber);
    subscriber.request(1);
    subscriber.next();
    // A get through the same client: its answer comes after the responses of what the scan sent.
    async.await(users.get(users.key("user1", Encoders.STRING, "a", Encoders.STRING)));
    assertEquals(2, log.count("Scan"), "one item wanted: the bound of two requests, then none");
    assertEquals(List.of(), subscriber.pending(), "nothing beyond what was asked for");

    subscriber.cancelInOnNext();
    subscriber.request(5);
    subscriber.next();
    long sent = log.count("Scan");
    async.await(users.get(users.key("user1", Encoders.STRING, "a", Encoders.STRING)));
    assertEquals(List.of(), subscriber.pending(), "no item, end or failure after the cancel");
    assertEquals(sent, log.count("Scan"), "no request after the cancel");
  }

  @Test
  void aMissingTableEndsTheStreamWithTheSyncException() throws Throwable {
    AsyncTypedTable<TestUser> missing = AsyncTypedTable.of(async.client(), TestUserSchema.INSTANCE, "no-such-table");
    TestSubscriber<TestUser> subscriber = new TestSubscriber<>(async);
    missing.scan().segments(4).items().subscribe(subscriber);
    assertThrows(TableNotFoundException.class, subscriber::all);
    assertThrows(TableNotFoundException.class, () -> async.await(missing.scan().segments(4).count()));
    assertThrows(IllegalArgumentException.class, () -> users.scan().segments(0));
    assertThrows(IllegalArgumentException.class, () -> users.scan().segments(4).maxInFlight(0));
  }
}
