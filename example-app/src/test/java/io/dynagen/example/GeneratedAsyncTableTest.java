package io.dynagen.example;

import static io.dynagen.example.Orders.ANN_1;
import static io.dynagen.example.Orders.BOB_1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.example.model.ArticleAsyncTable;
import io.dynagen.example.model.Order;
import io.dynagen.example.model.OrderAsyncTable;
import io.dynagen.example.model.OrderTable;
import io.dynagen.example.model.Order_;
import io.dynagen.runtime.expr.SortKeyCondition;
import io.dynagen.runtime.expr.Update;
import io.dynagen.runtime.table.ConditionFailedException;
import io.dynagen.runtime.table.VersionConflictException;
import io.dynagen.runtime.testing.LocalDynamoDb;
import io.dynagen.runtime.table.read.Page;
import io.dynagen.runtime.testing.OneThreadAsyncClient;
import io.dynagen.runtime.testing.TestSubscriber;
import io.dynagen.runtime.testing.TestSubscriber.Signal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The generated {@code XAsyncTable}s, through the SDK's Netty client on one event loop thread,
 * against DynamoDB Local: typed keys for a composite key ({@link OrderAsyncTable}) and a
 * partition key alone ({@code IntVersionedAsyncTable}, with its {@code @Version}), the key methods
 * of a primitive sort key taking {@code int} literals, and the typed index accessors.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedAsyncTableTest {
  private final OneThreadAsyncClient async = new OneThreadAsyncClient();
  private final OrderTable syncOrders = Orders.createTable(LocalDynamoDb.client(), "async_orders");
  private final OrderAsyncTable orders = OrderAsyncTable.create(async.client(), syncOrders.tableName());
  private final IntVersionedTable syncInts =
      IntVersionedTable.create(LocalDynamoDb.client(), LocalDynamoDb.uniqueTableName("async_ints"));
  private final IntVersionedAsyncTable ints = IntVersionedAsyncTable.create(async.client(), syncInts.tableName());

  GeneratedAsyncTableTest() {
    syncInts.createTable();
  }

  @AfterAll
  void dropTables() {
    syncOrders.deleteTable();
    syncInts.deleteTable();
    async.close();
  }

  @Test
  void compositeKeyMethodsTakeTheKeyTypes() throws Throwable {
    async.await(orders.put(ANN_1));
    async.await(orders.put(BOB_1));
    assertEquals(Optional.of(ANN_1), async.await(orders.get("ann", 1L)));
    Order shipped = async.await(orders.update("ann", 1L, Update.of(Order_.status.set(Order.Status.SHIPPED))));
    assertEquals(Order.Status.SHIPPED, shipped.status());
    assertThrows(ConditionFailedException.class,
        () -> async.await(orders.delete("bob", 1L, Order_.status.eq(Order.Status.DELIVERED))));
    assertEquals(Optional.of(BOB_1), async.await(orders.deleteReturningOld("bob", 1L)));
    async.await(orders.delete("ann", 1L));
    assertEquals(Optional.empty(), syncOrders.get("ann", 1));
  }

  @Test
  void partitionKeyMethodsAndVersions() throws Throwable {
    IntVersioned first = async.await(ints.put(new IntVersioned("a", "one", 0)));
    assertEquals(1, first.version());
    IntVersioned second = async.await(ints.update("a", IntVersioned_.text.set("two")));
    assertEquals(2, second.version());
    assertThrows(VersionConflictException.class, () -> async.await(ints.update(first, IntVersioned_.text.set("stale"))));
    assertEquals(Optional.of(second), async.await(ints.get("a")));
    async.await(ints.delete("a"));
    assertEquals(Optional.empty(), syncInts.get("a"));
  }

  /** {@code long number}: the key methods are generated with {@code long}, so an int literal is a key. */
  @Test
  void primitiveKeyMethodsTakeIntLiterals() throws Throwable {
    async.await(orders.put(ANN_1));
    assertEquals(syncOrders.key("ann", 1), orders.key("ann", 1));
    assertEquals(Optional.of(ANN_1), async.await(orders.get("ann", 1)));
    Order named = async.await(orders.update("ann", 1, Order_.name.set("Renamed"), Order_.size.set(7)));
    assertEquals("Renamed", named.name());
    assertEquals(7, named.size());
    assertThrows(ConditionFailedException.class,
        () -> async.await(orders.update("ann", 1, Update.of(Order_.size.set(8)), Order_.size.gt(7))));
    assertEquals(Optional.of(named), async.await(orders.deleteReturningOld("ann", 1, Order_.size.eq(7))));
    assertEquals(Optional.empty(), syncOrders.get("ann", 1));
  }

  /** A bad key value fails the future, as every argument error of the async table does: nothing is thrown. */
  @Test
  void aBadKeyOfAPrimitiveKeyedTableFailsTheFuture() {
    CompletableFuture<Optional<Order>> got = orders.get("", 1);
    IllegalArgumentException failure = assertThrows(IllegalArgumentException.class, () -> async.await(got));
    assertTrue(failure.getMessage().contains("'customer'"), failure.getMessage());
    assertThrows(IllegalArgumentException.class, () -> async.await(orders.delete("", 1)));
    assertThrows(IllegalArgumentException.class, () -> async.await(orders.update("", 1, Order_.size.set(1))));
  }

  @Test
  void indexQueriesReadWhatTheSyncIndexReads() throws Throwable {
    Orders.DEE.forEach(syncOrders::put);
    try {
      List<Order> open = syncOrders.byStatusIndex().query(Order.Status.OPEN).stream().toList();
      assertEquals(3, open.size());
      TestSubscriber<Order> items = new TestSubscriber<>(async);
      orders.byStatusIndex().query(Order.Status.OPEN).pageSize(2).items().subscribe(items);
      assertEquals(open, items.all());

      SortKeyCondition<LocalDate> early2024 =
          SortKeyCondition.between(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 28));
      List<Order> byDate = syncOrders.byDateIndex().query("dee", early2024).stream().toList();
      assertEquals(List.of(2L, 5L, 3L), byDate.stream().map(Order::number).toList());
      TestSubscriber<Order> dated = new TestSubscriber<>(async);
      orders.byDateIndex().query("dee", early2024).items().subscribe(dated);
      assertEquals(byDate, dated.all());

      assertEquals(6L, async.await(orders.byDateIndex().scan().count()));
      assertEquals(3L, async.await(orders.byStatusIndex().query(Order.Status.OPEN).count()));
    } finally {
      Orders.DEE.forEach(syncOrders::delete);
    }
  }

  /** Pages of an index: back-pressure one page per request, cursors shared with the sync index. */
  @Test
  void indexPagesAndCursorsAreTheSyncIndexs() throws Throwable {
    Orders.DEE.forEach(syncOrders::put);
    try {
      Page<Order> first = async.await(orders.byDateIndex().query("dee").pageSize(4).firstPage());
      assertEquals(4, first.items().size());
      Page<Order> syncSecond = syncOrders.byDateIndex().query("dee").pageSize(4).page(first.cursor().orElseThrow());
      Page<Order> asyncSecond = async.await(orders.byDateIndex().query("dee").pageSize(4).page(first.cursor().orElseThrow()));
      assertEquals(syncSecond.items(), asyncSecond.items());
      assertEquals(2, asyncSecond.items().size());

      TestSubscriber<Page<Order>> pages = new TestSubscriber<>(async);
      orders.byStatusIndex().scan().pageSize(2).pages().subscribe(pages);
      assertTrue(pages.pending().isEmpty(), "nothing is read before a request");
      pages.request(1);
      Signal<Page<Order>> page = pages.next();
      assertEquals(2, page.item().items().size());
      assertTrue(page.onEventLoop(), "the page is signalled on the event loop");
      pages.cancel();
      assertTrue(pages.pending().isEmpty(), "nothing after cancel");
    } finally {
      Orders.DEE.forEach(syncOrders::delete);
    }
  }

  /** The generated async accessor creates its table as the sync one does, {@code @Ttl} expiry on, and deletes it. */
  @Test
  void tableAdministration() throws Throwable {
    ArticleAsyncTable articles = ArticleAsyncTable.create(async.client(), LocalDynamoDb.uniqueTableName("async_articles"));
    assertTrue(async.await(articles.createTableIfMissing()));
    assertEquals(Optional.of("expiresAt"), async.await(articles.timeToLiveAttribute()));
    assertEquals("ACTIVE", async.await(articles.describe()).status());
    assertFalse(async.await(articles.createTableIfMissing()));
    async.await(articles.deleteTable());
    assertFalse(async.await(articles.exists()));
  }
}
