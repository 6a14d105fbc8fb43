package io.dynagen.runtime.table.batch;

import static io.dynagen.runtime.table.UsersTables.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.runtime.table.TypedTable;
import io.dynagen.runtime.table.UsersTables;
import io.dynagen.runtime.testing.LocalDynamoDb;
import io.dynagen.runtime.testmodel.AccountType;
import io.dynagen.runtime.testmodel.TestAddress;
import io.dynagen.runtime.testmodel.TestUser;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/**
 * Batch writes and gets through a DynamoDB Local that drops random parts of each batch (reporting
 * them unprocessed, so they really were not written or read), throttles random requests, and
 * fails chosen ones, on a client without SDK retries: the writer's and reader's own resends are
 * what is tested. Everything lands exactly once, or is reported exactly.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BatchFaultInjectionTest {
  private static final long SEED = 20_240_611L;
  /** A budget random faults do not exhaust (0.4^40), with short pauses to keep the test fast. */
  private static final BatchWriteOptions PATIENT =
      BatchWriteOptions.defaults().withMaxAttempts(40).withBackoff(Duration.ofMillis(1), Duration.ofMillis(20));

  private static final BatchGetOptions PATIENT_GETS =
      BatchGetOptions.defaults().withMaxAttempts(40).withBackoff(Duration.ofMillis(1), Duration.ofMillis(20));

  private final BatchFaultInjector faults = new BatchFaultInjector(SEED);
  private final DynamoDbClient client = LocalDynamoDb.newClientWithoutRetries(faults);
  private final List<TypedTable<TestUser>> tables = new ArrayList<>();

  @AfterEach
  void noRequestNamedAKeyTwice() {
    List<String> violations = faults.violations();
    faults.reset();
    assertEquals(List.of(), violations);
  }

  @AfterAll
  void dropTables() {
    for (TypedTable<TestUser> table : tables) {
      table.deleteTable();
    }
    client.close();
  }

  private TypedTable<TestUser> newTable() {
    TypedTable<TestUser> table = UsersTables.create(client, "batch-faults");
    tables.add(table);
    return table;
  }

  /** Users with every kind of attribute, keys spread over partitions. */
  private static List<TestUser> users(String prefix, int count) {
    List<TestUser> users = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      TestUser user =
          TestUser.of(prefix + (i % 337), "n" + i, "first" + i, i, AccountType.values()[i % AccountType.values().length])
              .withTags(Set.of("t" + i % 7, "all"));
      if (i % 3 == 0) {
        user = user.withAddress(new TestAddress(i + " Main Street", "Springfield", "IL", 62701));
      }
      users.add(user);
    }
    return users;
  }

  private static Set<TestUser> stored(TypedTable<TestUser> table) {
    return new HashSet<>(table.scan().toList());
  }

  private void report(String test) {
    System.out.printf(
        "%s: %d batch requests, %d writes or keys sent, %d taken out, %d throttled%n",
        test, faults.requests(), faults.sent(), faults.dropped(), faults.throttled());
  }

  @Test
  void tenThousandItemsLandExactlyOnceAndAreReadBackExactlyOnce() {
    TypedTable<TestUser> table = newTable();
    List<TestUser> users = users("user", 10_000);
    faults.dropping(0.3).throttling(0.1);
    BatchWriter<TestUser> writer = table.batchWriter(PATIENT);
    try (writer) {
      for (TestUser user : users) {
        writer.put(user);
      }
    }
    assertEquals(10_000, writer.written());
    report("10,000 puts");
    assertTrue(faults.dropped() > 2_000, "writes taken out: " + faults.dropped());
    assertTrue(faults.throttled() > 20, "requests throttled: " + faults.throttled());
    assertEquals(25, faults.largestRequest());
    assertEquals(10_000, table.scan().count());
    assertEquals(new HashSet<>(users), stored(table));

    // Read it all back through the same faults: every key, missing ones, and repeats, shuffled.
    List<Map<String, AttributeValue>> keys = new ArrayList<>();
    for (TestUser user : users) {
      keys.add(key(table, user));
    }
    for (int i = 0; i < 200; i++) {
      keys.add(key(table, "nobody" + i, "x"));
    }
    keys.addAll(keys.subList(0, 1_000));
    Collections.shuffle(keys, new Random(SEED));
    Map<Map<String, AttributeValue>, TestUser> byKey = new HashMap<>();
    for (TestUser user : users) {
      byKey.put(key(table, user), user);
    }
    Set<TestUser> expected = new LinkedHashSet<>();
    for (Map<String, AttributeValue> key : keys) {
      if (byKey.containsKey(key)) {
        expected.add(byKey.get(key));
      }
    }
    faults.reset();
    faults.dropping(0.3).throttling(0.1);
    BatchGet get = BatchGet.across(client, PATIENT_GETS);
    BatchGet.Handle<TestUser> handle = get.add(table, keys);
    List<TestUser> read = get.execute().items(handle);
    assertEquals(new ArrayList<>(expected), read, "each item once, in the order of its first key");
    report("batch get of 10,000 items, 200 missing, 1,000 repeated");
    assertEquals(10_200 + faults.dropped(), faults.sent() - faults.throttledKeys(),
        "each distinct key asked once, plus once more each time it was left unprocessed or throttled");
    assertTrue(faults.dropped() > 2_000);
    assertEquals(100, faults.largestRequest());
  }

  @Test
  void severalThreadsPuttingIntoOneWriterLandEverything() throws Exception {
    TypedTable<TestUser> table = newTable();
    faults.dropping(0.2).throttling(0.05);
    List<Long> progress = Collections.synchronizedList(new ArrayList<>());
    int threads = 4;
    int perThread = 1_000;
    List<TestUser> all = new ArrayList<>();
    ExecutorService producers = Executors.newFixedThreadPool(threads);
    BatchWriter<TestUser> writer = table.batchWriter(PATIENT.withProgressListener(progress::add));
    try (writer) {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        List<TestUser> mine = users("thread" + t + "-", perThread);
        all.addAll(mine);
        done.add(producers.submit(() -> mine.forEach(writer::put)));
      }
      for (Future<?> future : done) {
        future.get();
      }
    } finally {
      producers.shutdown();
    }
    assertEquals(threads * perThread, writer.written());
    assertEquals(new HashSet<>(all), stored(table));
    assertFalse(progress.isEmpty());
    for (int i = 1; i < progress.size(); i++) {
      assertTrue(progress.get(i) > progress.get(i - 1), "progress only grows: " + progress);
    }
    assertEquals(threads * perThread, progress.get(progress.size() - 1), "the last call gives the total");
    report("4 threads");
  }

  @Test
  void writesOfOneKeyLandInTheOrderTheyWereMadeWhileEarlierOnesAreResent() {
    TypedTable<TestUser> table = newTable();
    faults.dropping(0.4).throttling(0.05);
    Random random = new Random(SEED);
    Map<Integer, TestUser> expected = new HashMap<>();
    try (BatchWriter<TestUser> writer = table.batchWriter(PATIENT)) {
      for (int op = 0; op < 3_000; op++) {
        int k = random.nextInt(40);
        if (random.nextInt(5) == 0) {
          writer.delete(key(table, "k" + k, "x"));
          expected.remove(k);
        } else {
          TestUser user = TestUser.of("k" + k, "x").withAge(op);
          writer.put(user);
          expected.put(k, user);
        }
        if (op % 500 == 499) {
          writer.flush();
        }
      }
    }
    assertEquals(new HashSet<>(expected.values()), stored(table));
    report("one key in order");
  }

  @Test
  void aWriterAcrossTablesLandsEverythingThroughFaults() {
    TypedTable<TestUser> first = newTable();
    TypedTable<TestUser> second = newTable();
    faults.dropping(0.3).throttling(0.1);
    List<TestUser> users = users("multi", 1_000);
    MultiTableBatchWriter writer = BatchWriter.across(client, PATIENT);
    try (writer) {
      for (TestUser user : users) {
        writer.put(first, user);
        writer.put(second, user.withAge(-user.age()));
      }
    }
    assertEquals(2_000, writer.written());
    assertEquals(new HashSet<>(users), stored(first));
    Set<TestUser> negated = new HashSet<>();
    for (TestUser user : users) {
      negated.add(user.withAge(-user.age()));
    }
    assertEquals(negated, stored(second));
  }

  @Test
  void aBudgetTooSmallReportsExactlyTheWritesThatDidNotLand() {
    TypedTable<TestUser> table = newTable();
    List<TestUser> old = users("old", 20);
    for (TestUser user : old) {
      table.put(user);
    }
    List<TestUser> fresh = users("new", 1_000);
    Set<String> expectedUnwritten = new HashSet<>();
    Set<Map<String, AttributeValue>> doomed = new HashSet<>();
    Set<TestUser> expectedStored = new HashSet<>();
    for (int i = 0; i < fresh.size(); i++) {
      if (i % 10 == 7) {
        doomed.add(key(table, fresh.get(i)));
        expectedUnwritten.add("PUT " + key(table, fresh.get(i)));
      } else {
        expectedStored.add(fresh.get(i));
      }
    }
    for (int i = 0; i < old.size(); i++) {
      if (i % 4 == 0) {
        doomed.add(key(table, old.get(i)));
        expectedUnwritten.add("DELETE " + key(table, old.get(i)));
        expectedStored.add(old.get(i)); // its delete did not land
      }
    }
    faults.dooming(doomed::contains);
    BatchWriter<TestUser> writer = table.batchWriter(BatchWriteOptions.defaults().withMaxAttempts(1));
    for (TestUser user : fresh) {
      writer.put(user);
    }
    for (TestUser user : old) {
      writer.delete(user);
    }
    BatchWriteException e = assertThrows(BatchWriteException.class, writer::close);
    Set<String> unwritten = new HashSet<>();
    assertEquals(List.of(), e.outcomeUnknown());
    for (BatchWriteException.Unwritten<TestUser> write : e.notApplied(table)) {
      unwritten.add(write.kind() + " " + write.key());
      assertEquals(1, write.attempts());
      assertEquals("still unprocessed after 1 attempt", write.reason());
      assertTrue(write.cause().isEmpty());
      if (write.kind() == BatchWriteException.Kind.PUT) {
        assertEquals(fresh.get(Integer.parseInt(write.key().get("last_name").s().substring(1))), write.item());
      }
    }
    assertEquals(expectedUnwritten, unwritten);
    assertEquals(105, e.unwritten().size());
    assertEquals(1_000 + 20 - 105, writer.written());
    assertEquals(expectedStored, stored(table));
    assertNull(e.getCause());
    assertTrue(e.getMessage().startsWith("105 writes of the batch writer did not land (105 certainly not applied, 0 with an unknown outcome): "), e.getMessage());
  }

  @Test
  void throttlingBeyondTheBudgetIsReportedWithTheThrottlingError() {
    TypedTable<TestUser> table = newTable();
    faults.throttling(1.0);
    BatchWriter<TestUser> writer =
        table.batchWriter(BatchWriteOptions.defaults().withMaxAttempts(3).withBackoff(Duration.ZERO, Duration.ZERO));
    List<TestUser> users = users("throttled", 30);
    users.forEach(writer::put);
    BatchWriteException e = assertThrows(BatchWriteException.class, writer::close);
    assertEquals(30, e.unwritten().size());
    assertEquals(30, e.notApplied().size(), "throttled requests wrote nothing");
    for (BatchWriteException.Unwritten<?> write : e.unwritten()) {
      assertEquals(3, write.attempts());
      assertTrue(Throttling.isThrottling(write.cause().orElseThrow()), write.reason());
      assertTrue(write.reason().startsWith("failed on attempt 3: "), write.reason());
    }
    assertTrue(Throttling.isThrottling(e.getCause()));
    assertEquals(6, faults.throttled(), "2 requests (25 + 5), 3 attempts each");
    assertEquals(0, table.scan().count());
  }

  /**
   * DynamoDB refuses a whole BatchWriteItem for one invalid write and names no culprit: the
   * writer halves the request until each refused write is alone, so exactly the refused writes
   * are reported (as not applied) and every other write lands.
   */
  @Test
  void aRequestRefusedAsInvalidIsSplitSoOnlyTheInvalidWritesAreReported() {
    TypedTable<TestUser> table = newTable();
    List<TestUser> users = users("poison", 500);
    Set<Map<String, AttributeValue>> poison =
        Set.of(key(table, users.get(3)), key(table, users.get(250)), key(table, users.get(499)));
    DynamoDbException invalid =
        (DynamoDbException) DynamoDbException.builder()
            .message("Injected: one or more parameter values were invalid")
            .statusCode(400)
            .awsErrorDetails(AwsErrorDetails.builder().errorCode("ValidationException").build())
            .build();
    faults.dropping(0.2).poisoning(poison::contains, () -> invalid);
    BatchWriter<TestUser> writer = table.batchWriter(PATIENT);
    users.forEach(writer::put);
    BatchWriteException e = assertThrows(BatchWriteException.class, writer::close);
    Set<Map<String, AttributeValue>> unwritten = new HashSet<>();
    assertEquals(e.unwritten(), e.notApplied());
    for (BatchWriteException.Unwritten<TestUser> write : e.notApplied(table)) {
      assertTrue(unwritten.add(write.key()), "listed once");
      assertSame(invalid, write.cause().orElseThrow());
      assertEquals(write.key(), key(table, write.item()));
    }
    assertEquals(poison, unwritten);
    Set<TestUser> landed = new HashSet<>();
    for (TestUser user : users) {
      if (!unwritten.contains(key(table, user))) {
        landed.add(user);
      }
    }
    assertEquals(landed, stored(table));
    assertEquals(landed.size(), writer.written());
    assertSame(invalid, e.getCause());
  }

  @Test
  void aGetBudgetTooSmallReportsExactlyTheKeysNotRead() {
    TypedTable<TestUser> table = newTable();
    List<TestUser> users = users("get", 300);
    try (BatchWriter<TestUser> writer = table.batchWriter()) {
      users.forEach(writer::put);
    }
    List<Map<String, AttributeValue>> keys = new ArrayList<>();
    Set<Map<String, AttributeValue>> doomed = new HashSet<>();
    for (int i = 0; i < users.size(); i++) {
      keys.add(key(table, users.get(i)));
      if (i % 50 == 1) {
        doomed.add(key(table, users.get(i)));
      }
    }
    doomed.add(key(table, "nobody", "x"));
    keys.add(key(table, "nobody", "x"));
    faults.dooming(doomed::contains);
    BatchGet get =
        BatchGet.across(client, BatchGetOptions.defaults().withMaxAttempts(2).withBackoff(Duration.ofMillis(1), Duration.ofMillis(5)));
    get.add(table, keys);
    BatchGetException e = assertThrows(BatchGetException.class, get::execute);
    Set<Map<String, AttributeValue>> unread = new HashSet<>();
    for (BatchGetException.UnreadKey key : e.unread()) {
      assertEquals(table.tableName(), key.tableName());
      unread.add(key.key());
    }
    assertEquals(doomed, unread);
    assertEquals(7, e.unread().size());
    assertNull(e.getCause(), "nothing was throttled");
    assertTrue(e.getMessage().startsWith("7 keys were still unprocessed after 2 attempts: "), e.getMessage());

    faults.dooming(key -> false).throttling(1.0);
    BatchGet throttledGet =
        BatchGet.across(client, BatchGetOptions.defaults().withMaxAttempts(3).withBackoff(Duration.ZERO, Duration.ZERO));
    throttledGet.add(table, keys.subList(0, 10));
    BatchGetException throttled = assertThrows(BatchGetException.class, throttledGet::execute);
    assertEquals(10, throttled.unread().size());
    assertTrue(Throttling.isThrottling(throttled.getCause()));
  }
}
