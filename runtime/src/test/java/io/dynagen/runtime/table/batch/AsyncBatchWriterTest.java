package io.dynagen.runtime.table.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.runtime.expr.Encoders;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The async batch writer against DynamoDB Local, through the Netty client on one event loop
 * thread: every write lands; the writes held stay within the bound, producers past it wait on
 * their future; a later write of a key never overtakes an earlier one; failures are reported
 * exactly, at close.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(120) // a blocked event loop would hang the test: fail it instead
class AsyncBatchWriterTest {
  private final RequestLog log = new RequestLog();
  private final OneThreadAsyncClient async = new OneThreadAsyncClient(log);
  private final TypedTable<TestUser> sync = UsersTables.create("async-batch");
  private final AsyncTypedTable<TestUser> users =
      AsyncTypedTable.of(async.client(), TestUserSchema.INSTANCE, sync.tableName());

  @BeforeEach
  void clear() {
    for (TestUser user : sync.scan().toList()) {
      sync.delete(sync.key(user.username(), Encoders.STRING, user.lastName(), Encoders.STRING));
    }
    log.clear();
  }

  @AfterAll
  void close() {
    sync.deleteTable();
    async.close();
  }

  @Test
  void everyWriteLandsAndProducersPastTheBoundWait() throws Throwable {
    AsyncBatchWriter<TestUser> writer = users.batchWriter(BatchWriteOptions.defaults().withMaxInFlight(1));
    assertEquals(50, writer.maxHeld());
    List<CompletableFuture<Void>> taken = new ArrayList<>();
    CountDownLatch release = async.holdEventLoop();
    int takenAtOnce = 0;
    try {
      for (int i = 0; i < 300; i++) {
        CompletableFuture<Void> put = writer.put(TestUser.of("user" + i, "x"));
        taken.add(put);
        takenAtOnce += put.isDone() ? 1 : 0;
      }
    } finally {
      release.countDown();
    }
    assertEquals(50, takenAtOnce, "with no response read yet, exactly the bound is taken in");
    async.await(CompletableFuture.allOf(taken.toArray(CompletableFuture[]::new)));
    async.await(writer.close());
    assertEquals(300, writer.written());
    assertEquals(300, sync.scan().count());
    assertEquals(12, log.count("BatchWriteItem"), "25 writes per request");
  }

  @Test
  void aLaterWriteOfAKeyNeverOvertakesAnEarlierOne() throws Throwable {
    AsyncBatchWriter<TestUser> writer = users.batchWriter();
    for (int round = 0; round < 30; round++) {
      for (int i = 0; i < 10; i++) {
        async.await(writer.put(TestUser.of("user" + i, "x").withAge(round)));
      }
      async.await(writer.flush());
    }
    for (int i = 0; i < 60; i++) {
      async.await(writer.put(TestUser.of("same", "x").withAge(i)));
    }
    async.await(writer.close());
    for (TestUser stored : sync.scan().toList()) {
      assertEquals(stored.username().equals("same") ? 59 : 29, stored.age(), stored.username());
    }
    assertEquals(11, sync.scan().count());
  }

  @Test
  void deletesLandToo() throws Throwable {
    sync.put(TestUser.of("a", "x"));
    sync.put(TestUser.of("b", "x"));
    AsyncBatchWriter<TestUser> writer = users.batchWriter();
    async.await(writer.delete(users.key("a", Encoders.STRING, "x", Encoders.STRING)));
    async.await(writer.delete(TestUser.of("b", "x")));
    async.await(writer.close());
    assertEquals(0, sync.scan().count());
  }

  @Test
  void writesToAMissingTableAreReportedAtClose() throws Throwable {
    AsyncTypedTable<TestUser> missing = AsyncTypedTable.of(async.client(), TestUserSchema.INSTANCE, "no-such-table");
    AsyncBatchWriter<TestUser> writer = missing.batchWriter();
    for (int i = 0; i < 30; i++) {
      async.await(writer.put(TestUser.of("user" + i, "x")));
    }
    BatchWriteException e = assertThrows(BatchWriteException.class, () -> async.await(writer.close()));
    assertEquals(30, e.notApplied().size());
    for (BatchWriteException.Unwritten<?> unwritten : e.unwritten()) {
      assertInstanceOf(TableNotFoundException.class, unwritten.cause().orElseThrow());
    }
    assertEquals(0, writer.written());
  }

  @Test
  void badWritesFailTheirFutureAndAClosedWriterRefuses() throws Throwable {
    AsyncBatchWriter<TestUser> writer = users.batchWriter();
    assertThrows(IllegalArgumentException.class, () -> async.await(writer.put(null)));
    assertThrows(IllegalArgumentException.class, () -> async.await(writer.put(TestUser.of("", "x"))));
    async.await(writer.close());
    assertThrows(IllegalStateException.class, () -> async.await(writer.put(TestUser.of("late", "x"))));
    assertTrue(log.count("BatchWriteItem") == 0, "nothing was sent");
  }

  @Test
  void theProgressListenerIsToldGrowingCountsEndingWithTheTotalBeforeCloseCompletes() throws Throwable {
    List<Long> told = new CopyOnWriteArrayList<>();
    Set<Boolean> onLoop = ConcurrentHashMap.newKeySet();
    AsyncBatchWriter<TestUser> writer = users.batchWriter(BatchWriteOptions.defaults()
        .withMaxInFlight(2).withDeadline(Duration.ofMinutes(1)).withProgressListener(landed -> {
          told.add(landed);
          onLoop.add(async.onEventLoop());
        }));
    for (int i = 0; i < 260; i++) {
      async.await(writer.put(TestUser.of("user" + i, "x")));
    }
    async.await(writer.close());
    assertFalse(told.isEmpty());
    for (int i = 1; i < told.size(); i++) {
      assertTrue(told.get(i) > told.get(i - 1), "counts only grow: " + told);
    }
    assertEquals(260L, told.get(told.size() - 1), "the last count is the total, told before close() completed");
    assertEquals(Set.of(true), onLoop, "told on the client's thread: the writer has none of its own");
    assertEquals(260, sync.scan().count());
  }

  @Test
  void aFailingProgressListenerDoesNotStopTheWritesAndFailsClose() throws Throwable {
    RuntimeException bug = new IllegalStateException("listener bug");
    AsyncBatchWriter<TestUser> writer = users.batchWriter(BatchWriteOptions.defaults().withProgressListener(landed -> {
      throw bug;
    }));
    for (int i = 0; i < 60; i++) {
      async.await(writer.put(TestUser.of("user" + i, "x")));
    }
    assertSame(bug, assertThrows(IllegalStateException.class, () -> async.await(writer.close())));
    assertEquals(60, writer.written());
    assertEquals(60, sync.scan().count());
  }

  @Test
  void pastTheDeadlineNothingMoreIsSentAndEveryWriteNotLandedIsReported() throws Throwable {
    AsyncBatchWriter<TestUser> writer = users.batchWriter(
        BatchWriteOptions.defaults().withMaxInFlight(1).withDeadline(Duration.ofSeconds(1)));
    List<TestUser> made = new ArrayList<>();
    List<CompletableFuture<Void>> taken = new ArrayList<>();
    CountDownLatch release = async.holdEventLoop();
    try {
      for (int i = 0; i < 300; i++) {
        made.add(TestUser.of("user" + i, "x"));
        taken.add(writer.put(made.get(i)));
      }
      Thread.sleep(1_500); // the deadline passes while no response can be read
    } finally {
      release.countDown();
    }
    BatchWriteException e = assertThrows(BatchWriteException.class, () -> async.await(writer.close()));
    assertTrue(e.getMessage().startsWith("The batch writer stopped sending: the deadline of PT1S passed: 275 writes"),
        e.getMessage());
    assertEquals(275, e.notApplied().size(), "25 buffered and 250 waiting for room were never sent");
    assertEquals(List.of(), e.outcomeUnknown());
    for (BatchWriteException.Unwritten<?> unwritten : e.unwritten()) {
      assertEquals("never sent: the deadline of PT1S passed", unwritten.reason());
    }
    assertEquals(25, writer.written(), "the request in flight was settled as usual");
    // Exactly the writes reported did not land, and every other one did.
    Set<Map<String, AttributeValue>> stored = new HashSet<>();
    for (TestUser user : sync.scan().toList()) {
      stored.add(TestUserSchema.INSTANCE.keyOf(user));
    }
    Set<Map<String, AttributeValue>> reported = new HashSet<>();
    for (BatchWriteException.Unwritten<?> unwritten : e.unwritten()) {
      reported.add(unwritten.key());
    }
    assertEquals(25, stored.size());
    assertEquals(275, reported.size());
    for (TestUser user : made) {
      assertTrue(stored.contains(TestUserSchema.INSTANCE.keyOf(user)) != reported.contains(TestUserSchema.INSTANCE.keyOf(user)),
          user.username() + " is either stored or reported, not both, not neither");
    }
    int failed = 0;
    for (CompletableFuture<Void> future : taken) {
      if (future.isCompletedExceptionally()) {
        assertSame(e, assertThrows(BatchWriteException.class, () -> async.await(future)));
        failed++;
      }
    }
    assertEquals(250, failed, "the producers waiting for room are told");
    IllegalStateException late = assertThrows(IllegalStateException.class, () -> async.await(writer.put(made.get(0))));
    assertTrue(late.getMessage().contains("closed (the deadline of PT1S passed)"), late.getMessage());
  }

  @Test
  void anExecutorIsRefusedByName() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> users.batchWriter(BatchWriteOptions.defaults().withExecutor(Runnable::run)));
    assertTrue(e.getMessage().startsWith("BatchWriteOptions.withExecutor(...) was given to an async batch writer"),
        e.getMessage());
  }
}
