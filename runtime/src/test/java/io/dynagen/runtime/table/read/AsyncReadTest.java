package io.dynagen.runtime.table.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.runtime.expr.Encoders;
import io.dynagen.runtime.expr.SortKeyCondition;
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
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Async queries and scans against DynamoDB Local, on the Netty client's one event loop thread:
 * the same items, pages and cursors as the sync reads; no page requested before the subscriber
 * asks; nothing requested after a cancel; failures as {@code onError}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AsyncReadTest {
  private static final List<String> SORT_KEYS = List.of("a", "b", "c", "d", "e");

  private final RequestLog log = new RequestLog();
  private final OneThreadAsyncClient async = new OneThreadAsyncClient(log);
  private final TypedTable<TestUser> sync = UsersTables.create("async-reads");
  private final AsyncTypedTable<TestUser> users =
      AsyncTypedTable.of(async.client(), TestUserSchema.INSTANCE, sync.tableName());

  AsyncReadTest() {
    for (String sortKey : SORT_KEYS) {
      sync.put(TestUser.of("u", sortKey));
    }
    sync.put(TestUser.of("other", "a"));
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

  private AsyncQuery<TestUser> queryOfU() {
    return users.query("u", Encoders.STRING).pageSize(2);
  }

  private static List<String> lastNames(List<TestUser> users) {
    return users.stream().map(TestUser::lastName).toList();
  }

  @Test
  void itemsArriveInQueryOrderAsTheSyncQueryGivesThem() throws Throwable {
    TestSubscriber<TestUser> subscriber = new TestSubscriber<>(async);
    queryOfU().items().subscribe(subscriber);
    List<TestUser> all = subscriber.all();
    assertEquals(SORT_KEYS, lastNames(all));
    assertEquals(sync.query("u", Encoders.STRING).toList(), all);
    TestSubscriber<TestUser> descending = new TestSubscriber<>(async);
    users.query("u", Encoders.STRING).sortKey(SortKeyCondition.gt("b"), Encoders.STRING).descending()
        .items().subscribe(descending);
    assertEquals(List.of("e", "d", "c"), lastNames(descending.all()));
    TestSubscriber<TestUser> scanned = new TestSubscriber<>(async);
    users.scan().filter(TestUser_.username.eq("other")).items().subscribe(scanned);
    assertEquals(List.of("other"), scanned.all().stream().map(TestUser::username).toList());
  }

  @Test
  void noPageIsRequestedBeforeTheSubscriberAsks() throws Throwable {
    TestSubscriber<TestUser> subscriber = new TestSubscriber<>(async);
    queryOfU().items().subscribe(subscriber);
    assertEquals(0, log.count("Query"), "subscribing sends nothing");

    subscriber.request(1);
    Signal<TestUser> first = subscriber.next();
    assertEquals("a", first.item().lastName());
    // From the client's callback, on the event loop; or on this thread, which requested it, if the
    // response was in before the callback was attached (a loaded machine can pause this thread).
    assertTrue(first.onEventLoop() || first.thread() == Thread.currentThread(),
        "delivered from the client's callback, not on a thread of its own: " + first.thread());
    assertEquals(1, log.count("Query"));

    subscriber.request(1);
    assertEquals("b", subscriber.next().item().lastName());
    assertEquals(1, log.count("Query"), "the second item was already fetched: no request");

    subscriber.request(1);
    assertEquals("c", subscriber.next().item().lastName());
    assertEquals(2, log.count("Query"), "the next page only once the subscriber asked past the first");
    assertEquals(List.of(), subscriber.pending(), "nothing beyond what was asked for");
  }

  @Test
  void aCancelStopsTheRead() throws Throwable {
    TestSubscriber<TestUser> subscriber = new TestSubscriber<>(async);
    queryOfU().items().subscribe(subscriber);
    subscriber.cancelInOnNext();
    subscriber.request(10);
    assertEquals("a", subscriber.next().item().lastName());
    subscriber.request(10);
    // A get through the same client: its answer comes after anything the cancelled read might send.
    async.await(users.get(users.key("u", Encoders.STRING, "a", Encoders.STRING)));
    assertEquals(List.of(), subscriber.pending(), "no item, end or failure after the cancel");
    assertEquals(1, log.count("Query"), "no page requested after the cancel");
  }

  @Test
  void pagesAndCursorsAreTheSyncOnes() throws Throwable {
    TestSubscriber<Page<TestUser>> subscriber = new TestSubscriber<>(async);
    queryOfU().pages().subscribe(subscriber);
    List<Page<TestUser>> pages = subscriber.all();
    List<String> cursors = new ArrayList<>();
    List<String> syncCursors = new ArrayList<>();
    Page<TestUser> page = sync.query("u", Encoders.STRING).pageSize(2).firstPage();
    syncCursors.add(page.cursor().orElse(null));
    while (page.hasMore()) {
      page = sync.query("u", Encoders.STRING).pageSize(2).page(page.cursor().orElseThrow());
      syncCursors.add(page.cursor().orElse(null));
    }
    for (Page<TestUser> asyncPage : pages) {
      cursors.add(asyncPage.cursor().orElse(null));
    }
    assertEquals(syncCursors, cursors);
    assertEquals(List.of("a", "b"), lastNames(pages.get(0).items()));

    Page<TestUser> first = async.await(queryOfU().firstPage());
    assertEquals(pages.get(0).cursor(), first.cursor());
    Page<TestUser> second = async.await(queryOfU().page(first.cursor().orElseThrow()));
    assertEquals(List.of("c", "d"), lastNames(second.items()));
    assertThrows(IllegalArgumentException.class, () -> async.await(queryOfU().page("not a cursor")));
    assertEquals(5L, async.await(users.query("u", Encoders.STRING).pageSize(2).count()));
    assertEquals(6L, async.await(users.scan().count()));
  }

  @Test
  void aNullCursorIsTheFirstPageAsInTheSyncRead() throws Throwable {
    Page<TestUser> first = async.await(queryOfU().page(null));
    assertEquals(List.of("a", "b"), lastNames(first.items()));
    assertEquals(sync.query("u", Encoders.STRING).pageSize(2).page(null).cursor(), first.cursor());
  }

  @Test
  void aCountHoldsOneCallbackWhateverItsNumberOfPages() throws Throwable {
    CompletableFuture<Long> total = users.query("u", Encoders.STRING).pageSize(1).count();
    while (log.count("Query") < 3 && !total.isDone()) {
      Thread.onSpinWait();
    }
    CountDownLatch release = async.holdEventLoop();
    int callbacks = total.isDone() ? 0 : total.getNumberOfDependents();
    release.countDown();
    assertEquals(5L, async.await(total));
    assertTrue(callbacks <= 1, "one callback on the count, not one per page sent: " + callbacks);
  }

  @Test
  void failuresEndTheStream() throws Throwable {
    AsyncTypedTable<TestUser> missing = AsyncTypedTable.of(async.client(), TestUserSchema.INSTANCE, "no-such-table");
    TestSubscriber<TestUser> subscriber = new TestSubscriber<>(async);
    missing.scan().items().subscribe(subscriber);
    subscriber.request(1);
    assertInstanceOf(TableNotFoundException.class, subscriber.next().failure());
    assertThrows(TableNotFoundException.class, () -> async.await(missing.scan().firstPage()));

    TestSubscriber<TestUser> zero = new TestSubscriber<>(async);
    queryOfU().items().subscribe(zero);
    zero.request(0);
    assertInstanceOf(IllegalArgumentException.class, zero.next().failure(), "rule 3.9");
    assertFalse(log.count("Query") > 0, "nothing was sent for it");
  }
}
