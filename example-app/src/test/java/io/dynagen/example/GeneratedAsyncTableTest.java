package io.dynagen.example;

import static io.dynagen.example.Orders.ANN_1;
import static io.dynagen.example.Orders.BOB_1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dynagen.example.model.Order;
import io.dynagen.example.model.OrderAsyncTable;
import io.dynagen.example.model.OrderTable;
import io.dynagen.example.model.Order_;
import io.dynagen.runtime.expr.Update;
import io.dynagen.runtime.table.ConditionFailedException;
import io.dynagen.runtime.table.VersionConflictException;
import io.dynagen.runtime.testing.LocalDynamoDb;
import io.dynagen.runtime.testing.OneThreadAsyncClient;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The generated {@code XAsyncTable}s, through the SDK's Netty client on one event loop thread,
 * against DynamoDB Local: typed keys for a composite key ({@link OrderAsyncTable}) and a
 * partition key alone ({@code IntVersionedAsyncTable}, with its {@code @Version}).
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
}
