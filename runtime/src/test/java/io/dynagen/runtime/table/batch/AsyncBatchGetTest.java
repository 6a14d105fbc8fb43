package io.dynagen.runtime.table.batch;

import static io.dynagen.runtime.table.UsersTables.JANEDOERING;
import static io.dynagen.runtime.table.UsersTables.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.runtime.table.AsyncTypedTable;
import io.dynagen.runtime.table.TableNotFoundException;
import io.dynagen.runtime.table.TypedTable;
import io.dynagen.runtime.table.UsersTables;
import io.dynagen.runtime.testing.OneThreadAsyncClient;
import io.dynagen.runtime.testing.RequestLog;
import io.dynagen.runtime.testmodel.TestUser;
import io.dynagen.runtime.testmodel.TestUserSchema;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Async batch gets against DynamoDB Local, through the Netty client on one event loop thread
 * (so a Dynagen callback that waited on a future would hang the test): the sync batch get's
 * order, splitting and tables; unprocessed and throttled keys asked again; keys never read
 * reported; the deadline; at most four requests in flight.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(120)
class AsyncBatchGetTest {
  private static final int USERS = 250;

  private final BatchFaultInjector faults = new BatchFaultInjector(11);
  private final RequestLog log = new RequestLog();
  private final OneThreadAsyncClient async = new OneThreadAsyncClient(faults, log);
  private final TypedTable<TestUser> users = UsersTables.create("async-batch-get");
  private final TypedTable<TestUser> others = UsersTables.create("async-batch-get-others");
  private final AsyncTypedTable<TestUser> asyncUsers =
      AsyncTypedTable.of(async.client(), TestUserSchema.INSTANCE, users.tableName());
  private final AsyncTypedTable<TestUser> asyncOthers =
      AsyncTypedTable.of(async.client(), TestUserSchema.INSTANCE, others.tableName());
  private final List<TestUser> stored = new ArrayList<>();

  AsyncBatchGetTest() {
    try (BatchWriter<TestUser> writer = users.batchWriter()) {
      for (int i = 0; i < USERS; i++) {
        TestUser user = TestUser.of("user" + i, "n" + i).withAge(i);
        stored.add(user);
        writer.put(user);
      }
    }
    others.put(JANEDOERING);
  }

  @BeforeEach
  void noFaults() {
    faults.reset();
    log.clear();
  }

  @AfterAll
  void dropTables() {
    users.deleteTable();
    others.deleteTable();
    async.close();
  }

  private Map<String, AttributeValue> keyOf(int i) {
    return key(users, "user" + i, "n" + i);
  }

  @Test
  void itemsComeInTheOrderOfTheKeysEachOnceMissingOnesLeftOut() throws Throwable {
    List<Map<String, AttributeValue>> keys =
        List.of(keyOf(7), key(users, "nobody", "x"), keyOf(3), keyOf(7), keyOf(200), keyOf(3));
    Set<Boolean> onLoop = ConcurrentHashMap.newKeySet();
    CompletableFuture<List<TestUser>> read = async.completedOnEventLoop(asyncUsers.batchGet(keys), onLoop);
    assertEquals(List.of(stored.get(7), stored.get(3), stored.get(200)), async.await(read));
    assertEquals(1, faults.requests());
    assertEquals(4, faults.sent(), "each key asked once");
    assertTrue(onLoop.isEmpty() || onLoop.equals(Set.of(true)), "completed on the event loop: " + onLoop);
  }

  @Test
  void keysOfSeveralTablesAreSplitIntoRequestsOfAHundred() throws Throwable {
    List<Map<String, AttributeValue>> keys = new ArrayList<>();
    for (int i = USERS - 1; i >= 0; i--) {
      keys.add(keyOf(i));
    }
    AsyncBatchGet get = AsyncBatchGet.across(async.client());
    BatchGet.Handle<TestUser> all = get.add(asyncUsers, keys);
    BatchGet.Handle<TestUser> jane = get.add(asyncOthers, List.of(key(others, JANEDOERING)));
    BatchGet.Result result = async.await(get.execute());
    List<TestUser> expected = new ArrayList<>(stored);
    Collections.reverse(expected);
    assertEquals(expected, result.items(all));
    assertEquals(List.of(JANEDOERING), result.items(jane));
    assertEquals(USERS + 1, result.size());
    assertEquals(3, faults.requests());
    assertEquals(100, faults.largestRequest());
    assertEquals(List.of(), faults.violations());
  }

  @Test
  void unprocessedAndThrottledKeysAreAskedAgainUntilEveryItemIsRead() throws Throwable {
    faults.dropping(0.3).throttling(0.1);
    List<Map<String, AttributeValue>> keys = new ArrayList<>();
    for (int i = 0; i < USERS; i++) {
      keys.add(keyOf(i));
      keys.add(key(users, "nobody" + i, "x"));
    }
    keys.addAll(keys.subList(0, 50));
    Collections.shuffle(keys, new Random(3));
    Set<TestUser> expected = new LinkedHashSet<>();
    for (Map<String, AttributeValue> key : keys) {
      String name = key.get("username").s();
      if (!name.startsWith("nobody")) {
        expected.add(stored.get(Integer.parseInt(name.substring(4))));
      }
    }
    AsyncBatchGet get = AsyncBatchGet.across(async.client(),
        BatchGetOptions.defaults().withMaxAttempts(40).withBackoff(Duration.ofMillis(1), Duration.ofMillis(20)));
    BatchGet.Handle<TestUser> handle = get.add(asyncUsers, keys);
    assertEquals(new ArrayList<>(expected), async.await(get.execute()).items(handle));
    assertTrue(faults.dropped() > 50, "keys were left unprocessed: " + faults.dropped());
    assertEquals(2 * USERS + faults.dropped(), faults.sent() - faults.throttledKeys(),
        "each distinct key asked once, plus once more each time it was left unprocessed or throttled");
    assertEquals(List.of(), faults.violations());
  }

  @Test
  void keysStillUnprocessedAfterTheBudgetAreReportedNotLeftOut() throws Throwable {
    Set<Map<String, AttributeValue>> doomed = Set.of(keyOf(5), keyOf(150), key(users, "nobody", "x"));
    faults.dooming(doomed::contains);
    List<Map<String, AttributeValue>> keys = new ArrayList<>();
    for (int i = 0; i < USERS; i++) {
      keys.add(keyOf(i));
    }
    keys.add(key(users, "nobody", "x"));
    AsyncBatchGet get = AsyncBatchGet.across(async.client(),
        BatchGetOptions.defaults().withMaxAttempts(2).withBackoff(Duration.ofMillis(1), Duration.ofMillis(5)));
    get.add(asyncUsers, keys);
    BatchGetException e = assertThrows(BatchGetException.class, () -> async.await(get.execute()));
    Set<Map<String, AttributeValue>> unread = new HashSet<>();
    for (BatchGetException.UnreadKey key : e.unread()) {
      assertEquals(users.tableName(), key.tableName());
      unread.add(key.key());
    }
    assertEquals(doomed, unread);
    assertNull(e.getCause(), "nothing was throttled");
    assertTrue(e.getMessage().startsWith("3 keys were still unprocessed after 2 attempts: "), e.getMessage());

    faults.dooming(key -> false).throttling(1.0);
    AsyncBatchGet throttledGet = AsyncBatchGet.across(async.client(),
        BatchGetOptions.defaults().withMaxAttempts(3).withBackoff(Duration.ZERO, Duration.ZERO));
    throttledGet.add(asyncUsers, keys.subList(0, 10));
    BatchGetException throttled = assertThrows(BatchGetException.class, () -> async.await(throttledGet.execute()));
    assertEquals(10, throttled.unread().size());
    assertTrue(Throttling.isThrottling(throttled.getCause()));
  }

  @Test
  void aBatchGetThrottledWithoutEndStopsAtItsDeadline() throws Throwable {
    faults.throttling(1.0);
    List<Map<String, AttributeValue>> keys = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      keys.add(keyOf(i));
    }
    AsyncBatchGet get = AsyncBatchGet.across(async.client(), BatchGetOptions.defaults().withMaxAttempts(100)
        .withBackoff(Duration.ofMillis(200), Duration.ofSeconds(2)).withDeadline(Duration.ofSeconds(2)));
    get.add(asyncUsers, keys);
    BatchGetException e = assertThrows(BatchGetException.class, () -> async.await(get.execute()));
    assertEquals(150, e.unread().size());
    assertTrue(e.getMessage().startsWith("The batch get stopped asking: the deadline of PT2S passed: 150 keys were not read"),
        e.getMessage());
  }

  @Test
  void aMissingTableIsNamedEvenAmongOthers() throws Throwable {
    AsyncTypedTable<TestUser> missing = AsyncTypedTable.of(async.client(), TestUserSchema.INSTANCE, "no-such-table");
    AsyncBatchGet get = AsyncBatchGet.across(async.client());
    get.add(asyncUsers, List.of(keyOf(1)));
    get.add(missing, List.of(keyOf(1)));
    TableNotFoundException e = assertThrows(TableNotFoundException.class, () -> async.await(get.execute()));
    assertTrue(e.getMessage().contains("no-such-table"), e.getMessage());
  }

  @Test
  void badKeysFailAtAddAndInTheTablesFutureBeforeAnyRequest() throws Throwable {
    AsyncBatchGet get = AsyncBatchGet.across(async.client());
    assertThrows(IllegalArgumentException.class, () -> get.add(asyncUsers, List.of(Map.of("username", AttributeValue.fromS("a")))));
    assertThrows(IllegalArgumentException.class, () -> get.add(asyncUsers, null));
    assertThrows(IllegalArgumentException.class, () -> async.await(asyncUsers.batchGet(List.of(key(users, "", "x")))));
    assertEquals(0, log.size(), "nothing was sent");
  }

  @Test
  void atMostFourRequestsAreInFlight() throws Throwable {
    List<Map<String, AttributeValue>> keys = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      keys.add(key(users, "many" + i, "x"));
    }
    CompletableFuture<List<TestUser>> read;
    long sentWhileNoResponseCouldBeRead;
    CountDownLatch release = async.holdEventLoop();
    try {
      read = asyncUsers.batchGet(keys);
      sentWhileNoResponseCouldBeRead = log.count("BatchGetItem");
    } finally {
      release.countDown();
    }
    assertEquals(List.of(), async.await(read));
    assertEquals(4, sentWhileNoResponseCouldBeRead);
    assertEquals(10, log.count("BatchGetItem"));
  }
}
