package io.dynagen.example.review18;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.runtime.expr.SortKeyCondition;
import io.dynagen.runtime.table.ItemSize;
import io.dynagen.runtime.table.batch.AsyncBatchWriter;
import io.dynagen.runtime.table.batch.BatchWriter;
import io.dynagen.runtime.table.read.Page;
import io.dynagen.runtime.testing.LocalDynamoDb;
import io.dynagen.runtime.testing.OneThreadAsyncClient;
import io.dynagen.runtime.testing.RequestLog;
import io.dynagen.runtime.testing.TestSubscriber;
import io.dynagen.runtime.testing.TestSubscriber.Signal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What a user tries on async reads and batches with models of their own (a record with a
 * composite key and an index, a JavaBean with an index sorted by a number), against DynamoDB
 * Local: empty results on every kind of read, a batch get of more than 100 keys with duplicates
 * and missing ones, keys the service leaves unprocessed (a response over 16 MB), an item over 400
 * KB in a batch, a cancel in the middle of a stream.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewStreamEdgesTest {
  private final RequestLog log = new RequestLog();
  private final OneThreadAsyncClient async = new OneThreadAsyncClient(log);
  private final ParcelTable parcels =
      ParcelTable.create(LocalDynamoDb.client(), LocalDynamoDb.uniqueTableName("review18_parcels"));
  private final ParcelAsyncTable asyncParcels = ParcelAsyncTable.create(async.client(), parcels.tableName());
  private final CourierTable couriers =
      CourierTable.create(LocalDynamoDb.client(), LocalDynamoDb.uniqueTableName("review18_couriers"));
  private final CourierAsyncTable asyncCouriers = CourierAsyncTable.create(async.client(), couriers.tableName());

  ReviewStreamEdgesTest() {
    parcels.createTable();
    couriers.createTable();
    try (BatchWriter<Parcel> writer = parcels.batchWriter()) {
      for (long number = 1; number <= 30; number++) {
        writer.put(new Parcel("north", number, "r" + number % 3, "p" + number));
      }
    }
  }

  @BeforeEach
  void forgetRequests() {
    log.clear();
  }

  @AfterAll
  void dropTables() {
    parcels.deleteTable();
    couriers.deleteTable();
    async.close();
  }

  private <T> List<T> all(Flow.Publisher<T> publisher) throws Throwable {
    TestSubscriber<T> subscriber = new TestSubscriber<>(async);
    publisher.subscribe(subscriber);
    return subscriber.all();
  }

  @Test
  void emptyResultsCompleteOnEveryKindOfRead() throws Throwable {
    assertEquals(List.of(), all(asyncParcels.query("nowhere").items()));
    assertEquals(List.of(), all(asyncParcels.query("north", SortKeyCondition.gt(1000L)).items()));
    assertEquals(List.of(), all(asyncParcels.byRouteIndex().query("no-route").items()));
    CourierTable none = CourierTable.create(LocalDynamoDb.client(), LocalDynamoDb.uniqueTableName("review18_none"));
    none.createTable();
    CourierAsyncTable asyncNone = CourierAsyncTable.create(async.client(), none.tableName());
    assertEquals(List.of(), all(asyncNone.scan().items()), "an empty table");
    assertEquals(List.of(), all(asyncNone.scan().segments(8).items()), "every segment empty");
    assertEquals(List.of(), all(asyncNone.byZoneIndex().query("z", SortKeyCondition.between(1, 5)).items()));
    assertEquals(0L, async.await(asyncNone.scan().segments(4).count()));
    none.deleteTable();
    assertEquals(0L, async.await(asyncParcels.query("nowhere").count()));

    // An empty read is one empty page, as the sync read gives it, without a cursor.
    List<Page<Parcel>> pages = all(asyncParcels.query("nowhere").pages());
    Page<Parcel> syncPage = parcels.query("nowhere").firstPage();
    assertEquals(1, pages.size());
    assertEquals(List.of(), pages.get(0).items());
    assertEquals(syncPage.cursor(), pages.get(0).cursor());
    assertEquals(Optional.empty(), pages.get(0).cursor());
    Page<Parcel> first = async.await(asyncParcels.query("nowhere").firstPage());
    assertEquals(List.of(), first.items());

    assertEquals(List.of(), async.await(asyncParcels.batchGet(List.of())));
    assertEquals(List.of(), parcels.batchGet(List.of()));
  }

  @Test
  void aBatchGetOfMoreThan100KeysReturnsEachFoundItemOnceInTheOrderAsked() throws Throwable {
    List<Map<String, AttributeValue>> keys = new ArrayList<>();
    List<Parcel> expected = new ArrayList<>();
    for (long number = 250; number >= 1; number--) {
      keys.add(parcels.key("north", number));
      if (number <= 30) {
        expected.add(new Parcel("north", number, "r" + number % 3, "p" + number));
      }
    }
    keys.add(parcels.key("north", 7)); // asked twice, returned once, where first asked
    List<Parcel> found = async.await(asyncParcels.batchGet(keys));
    assertEquals(expected, found);
    assertEquals(3, log.count("BatchGetItem"), "250 distinct keys: 100 + 100 + 50");
    assertEquals(found, parcels.batchGet(keys), "the sync batch get agrees");
  }

  @Test
  void keysLeftUnprocessedByA16MbResponseAreAskedAgain() throws Throwable {
    // 45 items of nearly 400 KB: about 17.5 MB, over the 16 MB a BatchGetItem response holds.
    String payload = "x".repeat(ItemSize.MAX_BYTES - 200);
    List<Parcel> large = IntStream.rangeClosed(1, 45)
        .mapToObj(number -> new Parcel("large", number, "big", payload)).toList();
    try (BatchWriter<Parcel> writer = parcels.batchWriter()) {
      large.forEach(writer::put);
    }
    List<Map<String, AttributeValue>> keys = large.stream().map(parcel -> parcels.key("large", parcel.number())).toList();
    log.clear();
    List<Parcel> found = async.await(asyncParcels.batchGet(keys));
    assertEquals(45, found.size());
    assertEquals(large.stream().map(Parcel::number).toList(), found.stream().map(Parcel::number).toList());
    long requests = log.count("BatchGetItem");
    System.out.println("BatchGetItem requests for 45 items of ~400 KB: " + requests);
    assertTrue(requests >= 2, "45 keys fit one request: the others re-asked what was unprocessed");
    List<Parcel> syncFound = parcels.batchGet(keys);
    assertEquals(found, syncFound);
    try (BatchWriter<Parcel> writer = parcels.batchWriter()) {
      keys.forEach(writer::delete);
    }
  }

  @Test
  void anItemOver400KbInABatchFailsAloneBeforeAnythingIsSent() throws Throwable {
    Parcel tooLarge = new Parcel("batch", 2, "r", "x".repeat(ItemSize.MAX_BYTES));
    IllegalArgumentException refused;
    try (BatchWriter<Parcel> writer = parcels.batchWriter()) {
      writer.put(new Parcel("batch", 1, "r", "fits"));
      refused = assertThrows(IllegalArgumentException.class, () -> writer.put(tooLarge));
      writer.put(new Parcel("batch", 3, "r", "fits too"));
    }
    assertTrue(refused.getMessage().contains("for table '" + parcels.tableName() + "'"), refused.getMessage());
    assertTrue(refused.getMessage().contains("largest attribute is 'payload'"), refused.getMessage());
    assertEquals(List.of(1L, 3L), parcels.query("batch").stream().map(Parcel::number).toList());

    AsyncBatchWriter<Parcel> writer = asyncParcels.batchWriter();
    CompletableFuture<Void> fits = writer.put(new Parcel("async-batch", 1, "r", "fits"));
    CompletableFuture<Void> over = writer.put(tooLarge);
    IllegalArgumentException asyncRefused = assertThrows(IllegalArgumentException.class, () -> async.await(over));
    assertEquals(refused.getMessage(), asyncRefused.getMessage(), "the sync writer's message");
    async.await(fits);
    async.await(writer.close());
    assertEquals(List.of(1L), parcels.query("async-batch").stream().map(Parcel::number).toList());
    assertEquals(2, async.await(asyncParcels.query("batch").count()));
  }

  @Test
  void aCancelInTheMiddleOfAStreamSendsNothingMore() throws Throwable {
    TestSubscriber<Parcel> query = new TestSubscriber<>(async);
    asyncParcels.query("north").pageSize(4).items().subscribe(query);
    query.request(5); // two pages of four
    for (int i = 0; i < 5; i++) {
      query.next();
    }
    // Once the loop is past the fifth onNext (which signals before it returns), cancel from the next.
    async.await(asyncParcels.get("north", 1));
    query.cancelInOnNext();
    query.request(1); // held already: delivered on this thread, which cancels from onNext
    assertEquals(6L, query.next().item().number());
    query.request(100);
    async.await(asyncParcels.get("north", 1));
    assertEquals(List.of(), query.pending(), "nothing after the cancel");
    assertEquals(2, log.count("Query"), "no page after the cancel");

    log.clear();
    TestSubscriber<Parcel> scan = new TestSubscriber<>(async);
    asyncParcels.scan().pageSize(2).segments(6).maxInFlight(3).items().subscribe(scan);
    scan.request(3);
    List<Signal<Parcel>> seen = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      seen.add(scan.next());
    }
    scan.cancel();
    long sent = log.count("Scan");
    scan.request(100);
    async.await(asyncParcels.get("north", 1));
    assertEquals(List.of(), scan.pending(), "nothing after the cancel");
    assertEquals(sent, log.count("Scan"), "no request after the cancel");

    // The index accessor's reads cancel the same way; and a new subscription reads anew, in full.
    TestSubscriber<Parcel> index = new TestSubscriber<>(async);
    asyncParcels.byRouteIndex().query("r1").pageSize(1).items().subscribe(index);
    index.cancelInOnNext();
    index.request(5);
    index.next();
    async.await(asyncParcels.get("north", 1));
    assertEquals(List.of(), index.pending());
    List<Parcel> route = all(asyncParcels.byRouteIndex().query("r1").items());
    route = new ArrayList<>(route);
    route.sort(Comparator.comparingLong(Parcel::number));
    assertEquals(parcels.byRouteIndex().query("r1").stream().sorted(Comparator.comparingLong(Parcel::number)).toList(), route);
  }

  @Test
  void aLastPageLeftEmptyByDynamoDbIsPublishedAsTheSyncReadGivesIt() throws Throwable {
    // 30 items in pages of 10: DynamoDB returns a last-key on the third page, so a fourth, empty one.
    List<Integer> syncSizes = new ArrayList<>();
    Page<Parcel> page = parcels.query("north").pageSize(10).firstPage();
    syncSizes.add(page.items().size());
    while (page.hasMore()) {
      page = parcels.query("north").pageSize(10).page(page.cursor().orElseThrow());
      syncSizes.add(page.items().size());
    }
    List<Integer> asyncSizes = all(asyncParcels.query("north").pageSize(10).pages()).stream()
        .map(asyncPage -> asyncPage.items().size()).toList();
    assertEquals(List.of(10, 10, 10, 0), syncSizes);
    assertEquals(syncSizes, asyncSizes);
    assertEquals(30, all(asyncParcels.query("north").pageSize(10).items()).size());
  }

  @Test
  void cancellingABatchGetOrACountSendsNothingMore() throws Throwable {
    List<Map<String, AttributeValue>> keys = new ArrayList<>();
    for (long number = 1; number <= 1000; number++) {
      keys.add(parcels.key("north", number));
    }
    CountDownLatch release = async.holdEventLoop();
    CompletableFuture<List<Parcel>> read;
    CompletableFuture<Long> count;
    try {
      read = asyncParcels.batchGet(keys);
      count = asyncParcels.scan().pageSize(1).segments(4).count();
      read.cancel(true);
      count.cancel(true);
    } finally {
      release.countDown();
    }
    async.await(asyncParcels.get("north", 1));
    assertEquals(4, log.count("BatchGetItem"), "the first four of ten requests, sent at the call; none after the cancel");
    assertEquals(4, log.count("Scan"), "one request per segment, sent at the call; none after the cancel");
  }

  @Test
  void aThrowingSubscriberOfAGeneratedTableStopsTheReadAndTheNextOneReadsInFull() throws Throwable {
    for (int i = 0; i < 12; i++) {
      couriers.put(new Courier("c" + i, "z" + i % 2, i, "courier " + i));
    }
    TestSubscriber<Courier> broken = new TestSubscriber<>(async);
    asyncCouriers.byZoneIndex().query("z0", SortKeyCondition.ge(0)).pageSize(2).items().subscribe(broken);
    broken.throwFromOnNext(new IllegalStateException("subscriber bug"));
    broken.request(Long.MAX_VALUE);
    assertEquals(0, broken.next().item().getRating());
    async.await(asyncCouriers.get("c0"));
    assertEquals(List.of(), broken.pending(), "no signal after the throw");
    assertEquals(1, log.count("Query"), "no page after the throw");
    List<Courier> zone = all(asyncCouriers.byZoneIndex().query("z0", SortKeyCondition.ge(0)).pageSize(2).items());
    assertEquals(List.of(0, 2, 4, 6, 8, 10), zone.stream().map(Courier::getRating).toList());
    TestSubscriber<Courier> parallel = new TestSubscriber<>(async);
    asyncCouriers.scan().segments(3).items().subscribe(parallel);
    parallel.throwFromOnNext(new IllegalStateException("subscriber bug"));
    parallel.request(Long.MAX_VALUE);
    assertInstanceOf(Courier.class, parallel.next().item());
    async.await(asyncCouriers.get("c0"));
    assertEquals(List.of(), parallel.pending(), "no signal after the throw");
  }
}
