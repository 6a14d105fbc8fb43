package io.dynagen.runtime.table.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.runtime.MappingException;
import io.dynagen.runtime.table.TableNotFoundException;
import io.dynagen.runtime.table.TypedTable;
import io.dynagen.runtime.table.UsersTables;
import io.dynagen.runtime.table.transact.TransactWrite;
import io.dynagen.runtime.testing.LocalDynamoDb;
import io.dynagen.runtime.testing.RequestLog;
import io.dynagen.runtime.testmodel.AccountType;
import io.dynagen.runtime.testmodel.TestUser;
import io.dynagen.runtime.testmodel.TestUserSchema;
import io.dynagen.runtime.testmodel.TestUser_;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/**
 * Parallel scans of a table of 3,000 users on DynamoDB Local: the same items as one scan (none
 * twice, none missing), filters, counts, indexes, executors, failures, and workers that stop
 * when the caller does (requests counted with an interceptor).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ParallelScanTest {
  private static final int ITEMS = 3_000;
  /** The most actions one TransactWriteItems request takes: the fixture is written in such chunks. */
  private static final int MAX_TRANSACTION_ACTIONS = 100;
  private static final AccountType[] TYPES = AccountType.values();
  /** Users are aged {@code i % 90}: how many are under 27. */
  private static final long YOUNG = IntStream.range(0, ITEMS).filter(i -> i % 90 < 27).count();

  private final RequestLog log = new RequestLog();
  private final DynamoDbClient client = LocalDynamoDb.newClient(log);
  private final TypedTable<TestUser> users = UsersTables.create(client, "parallel");

  ParallelScanTest() {
    for (int start = 0; start < ITEMS; start += MAX_TRANSACTION_ACTIONS) {
      TransactWrite load = TransactWrite.with(client);
      for (int i = start; i < start + MAX_TRANSACTION_ACTIONS; i++) {
        load.put(users, TestUser.of("user" + i, "n" + (i % 7), "first" + i, i % 90, TYPES[i % TYPES.length]));
      }
      load.execute();
    }
  }

  @BeforeEach
  void forgetSetUpRequests() {
    log.clear();
  }

  @AfterAll
  void dropTable() {
    users.deleteTable();
    client.close();
  }

  /** How many times each item occurs: equal maps are equal multisets. */
  private static Map<TestUser, Long> multiset(List<TestUser> items) {
    return items.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }

  private List<ScanRequest> scanRequests() {
    List<ScanRequest> scans = new ArrayList<>();
    for (SdkRequest request : log.requests()) {
      if (request instanceof ScanRequest scan) {
        scans.add(scan);
      }
    }
    return scans;
  }

  @Test
  void fourSegmentsReadExactlyTheItemsOfOneScan() {
    List<TestUser> whole = users.scan().toList();
    log.clear();

    List<TestUser> parallel = users.scan().pageSize(100).segments(4).toList();

    assertEquals(ITEMS, whole.size());
    assertEquals(ITEMS, parallel.size());
    assertEquals(multiset(whole), multiset(parallel));
    assertEquals(ITEMS, Set.copyOf(parallel).size(), "no item twice");
    List<ScanRequest> scans = scanRequests();
    assertEquals(Set.of(0, 1, 2, 3), scans.stream().map(ScanRequest::segment).collect(Collectors.toSet()));
    for (ScanRequest scan : scans) {
      assertEquals(4, scan.totalSegments());
      assertEquals(100, scan.limit());
    }
    // 3,000 items in pages of at most 100: at least 30 requests, each segment to its end.
    assertTrue(scans.size() >= 30, scans.size() + " requests");
  }

  @Test
  void aFilterProjectionAndConsistentReadApplyToEverySegment() {
    Scan<TestUser> young =
        users.scan().filter(TestUser_.age.lt(27)).project(TestUser_.username, TestUser_.age).consistentRead();
    List<TestUser> whole = young.toList();
    log.clear();

    List<TestUser> parallel = young.segments(4).toList();

    assertEquals(multiset(whole), multiset(parallel));
    assertEquals(YOUNG, parallel.size());
    assertTrue(parallel.stream().allMatch(user -> user.age() < 27 && user.firstName() == null));
    for (ScanRequest scan : scanRequests()) {
      assertTrue(scan.filterExpression() != null && scan.projectionExpression() != null && scan.consistentRead());
    }
  }

  @Test
  void countAddsUpTheSegments() {
    assertEquals(ITEMS, users.scan().segments(4).count());
    assertEquals(YOUNG, users.scan().filter(TestUser_.age.lt(27)).segments(3).count());
    for (ScanRequest scan : scanRequests()) {
      assertEquals("COUNT", scan.selectAsString());
    }
  }

  @Test
  void streamIteratorAndForEachReadTheSameItems() {
    ParallelScan<TestUser> scan = users.scan().segments(4);
    List<TestUser> viaForEach = new ArrayList<>();
    scan.forEach(viaForEach::add);
    List<TestUser> viaIterator = new ArrayList<>();
    try (ParallelScan.ItemIterator<TestUser> items = scan.iterator()) {
      items.forEachRemaining(viaIterator::add);
    }
    Map<TestUser, Long> viaStream;
    try (Stream<TestUser> items = scan.stream()) {
      viaStream = multiset(items.toList());
    }

    assertEquals(multiset(viaForEach), multiset(viaIterator));
    assertEquals(multiset(viaForEach), viaStream);
    assertEquals(ITEMS, viaForEach.size());
  }

  @Test
  void aGlobalIndexScansInSegmentsToo() {
    Scan<TestUser> byType = users.index(TestUserSchema.GLOBAL_INDEX).scan();

    List<TestUser> parallel = byType.segments(3).toList();

    assertEquals(multiset(byType.toList()), multiset(parallel));
    assertEquals(ITEMS, parallel.size());
    assertTrue(scanRequests().stream().allMatch(scan -> TestUserSchema.GLOBAL_INDEX.equals(scan.indexName())));
  }

  @Test
  void aCallersExecutorRunsTheSegments() throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    AtomicInteger tasks = new AtomicInteger();
    try {
      List<TestUser> items =
          users.scan().pageSize(500).segments(5).executor(task -> {
            tasks.incrementAndGet();
            pool.execute(task);
          }).toList();

      assertEquals(ITEMS, items.size());
      assertEquals(ITEMS, Set.copyOf(items).size());
      assertEquals(5, tasks.get(), "one task per segment up to the limit, on two threads");
    } finally {
      pool.shutdown();
      assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
    }
  }

  @Test
  void aDirectExecutorIsRefusedInsteadOfWaitingForItself() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> users.scan().segments(2).executor(Runnable::run).toList());
    assertTrue(e.getMessage().contains("runs tasks on other threads"), e.getMessage());
    assertEquals(0, log.size());
  }

  @Test
  void aMissingTableSurfacesInTheCallersThread() {
    TypedTable<TestUser> missing = TypedTable.of(client, TestUserSchema.INSTANCE, "parallel-no-such-table");

    TableNotFoundException fromList =
        assertThrows(TableNotFoundException.class, () -> missing.scan().segments(4).toList());
    assertEquals("parallel-no-such-table", fromList.tableName());
    assertThrows(TableNotFoundException.class, () -> missing.scan().segments(4).count());
    try (Stream<TestUser> items = missing.scan().segments(4).stream()) {
      assertThrows(TableNotFoundException.class, items::findAny);
    }
  }

  @Test
  void anItemThatDoesNotFitFailsTheScanAndStopsEveryWorker() throws InterruptedException {
    TypedTable<TestUser> mixed = UsersTables.create(client, "parallel-mixed");
    try {
      for (int i = 0; i < 40; i++) {
        mixed.put(TestUser.of("user" + i, "x"));
      }
      Map<String, AttributeValue> odd = new HashMap<>(UsersTables.key(mixed, "odd", "x"));
      odd.put("first_name", AttributeValue.fromN("5"));
      client.putItem(request -> request.tableName(mixed.tableName()).item(odd));

      MappingException e =
          assertThrows(MappingException.class, () -> mixed.scan().pageSize(2).segments(4).toList());
      assertTrue(e.getMessage().contains("first_name"), e.getMessage());
      assertTrue(e.getMessage().contains(mixed.tableName()), e.getMessage());
      assertTrue(joinWorkers(mixed), "every worker ended");
    } finally {
      mixed.deleteTable();
    }
  }

  @Test
  void closingEarlyStopsTheWorkers() throws InterruptedException {
    ParallelScan<TestUser> scan = users.scan().pageSize(10).segments(4);
    List<TestUser> five;
    try (Stream<TestUser> items = scan.stream()) {
      five = items.limit(5).toList();
    }

    assertEquals(5, five.size());
    assertTrue(joinWorkers(users), "every worker ended");
    // A whole read is 300 pages of 10 (at least 75 per segment); after the close, each worker
    // ends after its request in flight: the first pages, the pages waiting (at most 4 here) and
    // one per worker.
    int sent = log.size();
    assertTrue(sent <= 1 + 4 + 4 + 4, sent + " requests");
    log.clear();
    ParallelScan.ItemIterator<TestUser> notStarted = scan.iterator();
    assertEquals(0, log.size(), "nothing is sent before the first hasNext()");
    notStarted.close();
    assertFalse(notStarted.hasNext(), "a closed iterator reads nothing");
    assertEquals(0, log.size());
  }

  @Test
  void aSlowReaderHoldsTheWorkersAtABoundedNumberOfPages() throws InterruptedException {
    try (ParallelScan.ItemIterator<TestUser> items = users.scan().pageSize(10).segments(4).iterator()) {
      items.next();
      // Wait until all four workers wait for room, each holding one page it read.
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (workersWaitingForRoom(users) < 4) {
        assertTrue(System.nanoTime() < deadline, "the workers never all waited for room");
        Thread.sleep(10);
      }
      // The reader's page, the four pages waiting (the buffer holds min(4, 16)), and one page
      // held by each waiting worker: no more are read while the reader does not read.
      assertEquals(1 + 4 + 4, log.size());

      int read = 1;
      while (items.hasNext()) {
        items.next();
        read++;
      }
      assertEquals(ITEMS, read);
    }
  }

  @Test
  void segmentCountsAreChecked() {
    assertThrows(IllegalArgumentException.class, () -> users.scan().segments(0));
    assertThrows(IllegalArgumentException.class, () -> users.scan().segments(1_000_001));
    assertEquals(1_000_000, users.scan().segments(1_000_000).segments());
    assertThrows(IllegalStateException.class, () -> users.scan().segment(1, 4).segments(4));
    assertEquals(ITEMS, users.scan().segments(1).toList().size());
    // More segments than items: most are empty, all are read.
    assertEquals(ITEMS, users.scan().segments(100).count());
  }

  /** The worker threads of scans of {@code table}, by the name Dynagen gives them. */
  private static List<Thread> workers(TypedTable<?> table) {
    String prefix = "dynagen-scan-" + table.tableName() + "-";
    return Thread.getAllStackTraces().keySet().stream()
        .filter(thread -> thread.getName().startsWith(prefix))
        .toList();
  }

  /** Waits for the workers of {@code table} to end; true if they all did. */
  private static boolean joinWorkers(TypedTable<?> table) throws InterruptedException {
    for (Thread worker : workers(table)) {
      worker.join(TimeUnit.SECONDS.toMillis(30));
      if (worker.isAlive()) {
        return false;
      }
    }
    return true;
  }

  /** How many workers of {@code table} wait in {@link PageBuffer#put} for the buffer to have room. */
  private static long workersWaitingForRoom(TypedTable<?> table) {
    return workers(table).stream()
        .map(thread -> List.of(thread.getStackTrace()))
        .filter(frames -> frames.stream().anyMatch(frame -> frame.getMethodName().equals("await"))
            && frames.stream().anyMatch(frame -> frame.getClassName().equals(PageBuffer.class.getName())
                && frame.getMethodName().equals("put")))
        .count();
  }
}
