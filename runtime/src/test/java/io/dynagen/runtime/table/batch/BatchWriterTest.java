package io.dynagen.runtime.table.batch;

import static io.dynagen.runtime.table.UsersTables.JANEDOERING;
import static io.dynagen.runtime.table.UsersTables.JOHNDOE;
import static io.dynagen.runtime.table.UsersTables.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.runtime.table.TableNotFoundException;
import io.dynagen.runtime.table.TypedTable;
import io.dynagen.runtime.table.UsersTables;
import io.dynagen.runtime.testing.LocalDynamoDb;
import io.dynagen.runtime.testmodel.AccountType;
import io.dynagen.runtime.testmodel.TestUser;
import io.dynagen.runtime.testmodel.TestUserSchema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The batch writer against DynamoDB Local, the service behaving: what lands, how writes of one
 * key combine, how requests are cut, writers across tables, and the writer's life cycle.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BatchWriterTest {
  private final BatchFaultInjector requests = new BatchFaultInjector(1); // no faults: it inspects
  private final DynamoDbClient client = LocalDynamoDb.newClientWithoutRetries(requests);
  private final TypedTable<TestUser> users = UsersTables.create(client, "batch-writer");
  private final TypedTable<TestUser> others = UsersTables.create(client, "batch-writer-others");

  @BeforeEach
  void clear() {
    for (TypedTable<TestUser> table : List.of(users, others)) {
      for (TestUser user : table.scan().toList()) {
        table.delete(key(table, user));
      }
    }
  }

  @AfterAll
  void dropTables() {
    users.deleteTable();
    others.deleteTable();
    client.close();
    assertEquals(List.of(), requests.violations());
  }

  private static List<TestUser> anonymousUsers(int count) {
    List<TestUser> anonymous = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      anonymous.add(TestUser.of("user" + i, "unknown", "unknown", i, AccountType.anonymous));
    }
    return anonymous;
  }

  private static Set<TestUser> stored(TypedTable<TestUser> table) {
    return new HashSet<>(table.scan().toList());
  }

  @Test
  void theWalkThroughsBatchLandsTwentyFivePerRequest() {
    List<TestUser> batch = new ArrayList<>(List.of(JOHNDOE, JANEDOERING));
    batch.addAll(anonymousUsers(50));
    int before = requests.requests();
    try (BatchWriter<TestUser> writer = users.batchWriter()) {
      for (TestUser user : batch) {
        writer.put(user);
      }
    }
    assertEquals(new HashSet<>(batch), stored(users));
    assertEquals(3, requests.requests() - before, "25 + 25 + 2");
    assertEquals(25, requests.largestRequest());
  }

  @Test
  void nothingIsSentBeforeABatchIsFullOrFlushed() {
    int before = requests.requests();
    try (BatchWriter<TestUser> writer = users.batchWriter()) {
      for (TestUser user : anonymousUsers(24)) {
        writer.put(user);
      }
      assertEquals(before, requests.requests());
      assertEquals(0, writer.written());
      writer.flush();
      assertEquals(before + 1, requests.requests());
      assertEquals(24, writer.written());
      assertEquals(24, users.scan().count(), "flush waits until the batch landed");
      writer.put(JOHNDOE);
    }
    assertEquals(before + 2, requests.requests());
    assertEquals(Optional.of(JOHNDOE), users.get(key(users, JOHNDOE)));
  }

  @Test
  void aPutThenADeleteOfOneKeyInOneBufferLeavesNoItem() {
    users.put(JANEDOERING);
    int before = requests.requests();
    BatchWriter<TestUser> writer = users.batchWriter();
    try (writer) {
      writer.put(JOHNDOE);
      writer.delete(key(users, JOHNDOE));
      writer.put(JANEDOERING.withAge(41));
      writer.delete(JANEDOERING);
      assertEquals(0, writer.written());
    }
    assertEquals(2, writer.written(), "two deletes landed; the puts they replaced were never sent");
    assertEquals(Set.of(), stored(users));
    assertEquals(1, requests.requests() - before);
  }

  @Test
  void thirtyPutsOfOneKeyLeaveTheLast() {
    try (BatchWriter<TestUser> writer = users.batchWriter()) {
      for (int age = 0; age < 30; age++) {
        writer.put(JOHNDOE.withAge(age));
      }
    }
    assertEquals(Set.of(JOHNDOE.withAge(29)), stored(users));
  }

  @Test
  void aWriterAcrossTablesPutsAndDeletesInEach() {
    users.put(JANEDOERING);
    others.put(JANEDOERING);
    int before = requests.requests();
    MultiTableBatchWriter writer = BatchWriter.across(client);
    try (writer) {
      for (TestUser user : anonymousUsers(10)) {
        writer.put(users, user);
        writer.put(others, user.withAge(100));
      }
      writer.put(users, JOHNDOE);
      writer.delete(users, key(users, JANEDOERING));
      writer.delete(others, JANEDOERING);
    }
    assertEquals(23, writer.written());
    Set<TestUser> expectedUsers = new HashSet<>(anonymousUsers(10));
    expectedUsers.add(JOHNDOE);
    assertEquals(expectedUsers, stored(users));
    Set<TestUser> expectedOthers = new HashSet<>();
    for (TestUser user : anonymousUsers(10)) {
      expectedOthers.add(user.withAge(100));
    }
    assertEquals(expectedOthers, stored(others));
    assertEquals(1, requests.requests() - before, "one request carries writes of both tables");
  }

  @Test
  void theSameKeyInTwoTablesIsTwoItems() {
    try (MultiTableBatchWriter writer = BatchWriter.across(client)) {
      writer.put(users, JOHNDOE);
      writer.put(others, JOHNDOE.withAge(1));
    }
    assertEquals(Set.of(JOHNDOE), stored(users));
    assertEquals(Set.of(JOHNDOE.withAge(1)), stored(others));
  }

  @Test
  void writesToAMissingTableAreReportedAndTheOtherTablesWritesLand() {
    TypedTable<TestUser> missing = TypedTable.of(client, TestUserSchema.INSTANCE, "no-such-table");
    MultiTableBatchWriter writer = BatchWriter.across(client);
    for (TestUser user : anonymousUsers(20)) {
      writer.put(users, user);
      writer.put(missing, user);
    }
    writer.delete(missing, key(users, JOHNDOE));
    BatchWriteException e = assertThrows(BatchWriteException.class, writer::close);
    assertEquals(21, e.unwritten().size());
    Set<String> puts = new HashSet<>();
    Set<String> deletes = new HashSet<>();
    assertEquals(e.unwritten(), e.notApplied());
    for (BatchWriteException.Unwritten<?> unwritten : e.unwritten()) {
      assertEquals("no-such-table", unwritten.tableName());
      assertEquals(BatchWriteException.Outcome.NOT_APPLIED, unwritten.outcome());
      TableNotFoundException cause = assertInstanceOf(TableNotFoundException.class, unwritten.cause().orElseThrow());
      assertEquals("no-such-table", cause.tableName());
      (unwritten.kind() == BatchWriteException.Kind.PUT ? puts : deletes).add(unwritten.key().get("username").s());
    }
    assertEquals(20, puts.size());
    assertEquals(Set.of("johndoe"), deletes);
    assertEquals(new HashSet<>(anonymousUsers(20)), stored(users));
    assertEquals(20, writer.written());
    assertTrue(e.getMessage().startsWith("21 writes of the batch writer did not land (21 certainly not applied, 0 with an unknown outcome):"
        + " put {username=S \"user"), e.getMessage());
    assertTrue(e.getMessage().contains("in table 'no-such-table' (not applied, failed on attempt 1: "), e.getMessage());
    assertTrue(e.getMessage().contains("; and 18 more."), e.getMessage());
    assertInstanceOf(TableNotFoundException.class, e.getCause());
  }

  @Test
  void aSingleTableWriterOfAMissingTableReportsEveryWriteWithTheItem() {
    TypedTable<TestUser> missing = TypedTable.of(client, TestUserSchema.INSTANCE, "no-such-table");
    BatchWriter<TestUser> writer = missing.batchWriter();
    writer.put(JOHNDOE);
    BatchWriteException e = assertThrows(BatchWriteException.class, writer::close);
    BatchWriteException.Unwritten<TestUser> unwritten = e.notApplied(missing).get(0);
    assertEquals(BatchWriteException.Kind.PUT, unwritten.kind());
    TestUser typed = unwritten.item();
    assertSame(JOHNDOE, typed);
    assertEquals(key(missing, JOHNDOE), unwritten.key());
    assertEquals(1, unwritten.attempts());
    assertTrue(unwritten.reason().startsWith("failed on attempt 1: io.dynagen.runtime.table.TableNotFoundException"), unwritten.reason());
  }

  @Test
  void aClosedWriterRefusesWritesAndClosesAgainQuietly() {
    BatchWriter<TestUser> writer = users.batchWriter();
    writer.put(JOHNDOE);
    writer.close();
    writer.close();
    IllegalStateException put = assertThrows(IllegalStateException.class, () -> writer.put(JANEDOERING));
    assertTrue(put.getMessage().contains("closed"), put.getMessage());
    assertThrows(IllegalStateException.class, () -> writer.delete(JOHNDOE));
    assertThrows(IllegalStateException.class, writer::flush);
    assertEquals(1, writer.written());
    assertEquals(Set.of(JOHNDOE), stored(users));
  }

  @Test
  void batchesGoOnTheGivenExecutor() {
    AtomicInteger tasks = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try (BatchWriter<TestUser> writer =
        users.batchWriter(BatchWriteOptions.defaults().withMaxInFlight(2).withExecutor(task -> {
          tasks.incrementAndGet();
          pool.execute(task);
        }))) {
      for (TestUser user : anonymousUsers(100)) {
        writer.put(user);
      }
    } finally {
      pool.shutdown();
    }
    assertTrue(tasks.get() >= 1 && tasks.get() <= 4, tasks.get() + " tasks for 4 batches");
    assertEquals(100, users.scan().count());
  }

  @Test
  void aCallerRunsExecutorWritesSynchronously() {
    int before = requests.requests();
    try (BatchWriter<TestUser> writer = users.batchWriter(BatchWriteOptions.defaults().withExecutor(Runnable::run))) {
      for (TestUser user : anonymousUsers(25)) {
        writer.put(user);
      }
      assertEquals(before + 1, requests.requests(), "the 25th put sent the batch before returning");
      assertEquals(25, writer.written());
    }
  }

  @Test
  void aRejectingExecutorLosesNothing() {
    BatchWriter<TestUser> writer =
        users.batchWriter(BatchWriteOptions.defaults().withExecutor(task -> {
          throw new java.util.concurrent.RejectedExecutionException("shut down");
        }));
    for (TestUser user : anonymousUsers(30)) {
      writer.put(user);
    }
    BatchWriteException e = assertThrows(BatchWriteException.class, writer::close);
    assertEquals(30, e.unwritten().size());
    assertEquals("shut down", e.getCause().getMessage());
    assertEquals(0, users.scan().count());
  }

  @Test
  void aFailingProgressListenerDoesNotStopTheWrites() {
    RuntimeException bug = new IllegalStateException("listener bug");
    BatchWriter<TestUser> writer =
        users.batchWriter(BatchWriteOptions.defaults().withProgressListener(landed -> {
          throw bug;
        }));
    for (TestUser user : anonymousUsers(60)) {
      writer.put(user);
    }
    assertSame(bug, assertThrows(IllegalStateException.class, writer::close));
    assertEquals(60, writer.written());
    assertEquals(60, users.scan().count());
    assertFalse(writer.toString().isEmpty());
  }
}
