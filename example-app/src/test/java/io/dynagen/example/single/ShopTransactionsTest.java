package io.dynagen.example.single;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.runtime.table.batch.BatchGet;
import io.dynagen.runtime.table.batch.BatchWriter;
import io.dynagen.runtime.table.batch.MultiTableBatchWriter;
import io.dynagen.runtime.table.transact.TransactWrite;
import io.dynagen.runtime.table.transact.TransactionFailedException;
import io.dynagen.runtime.testing.LocalDynamoDb;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Transactions, batch writes and batch gets take the entity accessors as they are: an order and
 * its lines written all or nothing, several entity types in one batch.
 */
class ShopTransactionsTest {
  private static final DynamoDbClient CLIENT = LocalDynamoDb.client();
  private static final Instant AT = Instant.parse("2026-12-01T09:00:00Z");
  private static ShopItemTable shop;

  @BeforeAll
  static void createTable() {
    shop = ShopItemTable.create(CLIENT, LocalDynamoDb.uniqueTableName("shop_tx"));
    shop.createTable();
  }

  @AfterAll
  static void deleteTable() {
    shop.deleteTable();
  }

  private static OrderLine line(String customer, String order, int number) {
    return new OrderLine(customer, order, number, "SKU-" + number, 1, BigDecimal.TEN);
  }

  @Test
  void anOrderAndItsLinesAreWrittenAllOrNothing() {
    Order order = new Order("c-tx", "o-tx", AT, OrderStatus.PLACED, new BigDecimal("20"));
    TransactWrite.with(CLIENT)
        .put(shop.orders(), order)
        .put(shop.orderLines(), line("c-tx", "o-tx", 1))
        .put(shop.orderLines(), line("c-tx", "o-tx", 2))
        .execute();
    assertEquals(List.of(line("c-tx", "o-tx", 1), line("c-tx", "o-tx", 2), order),
        shop.gsi1().orderCollection("o-tx").toList());
  }

  @Test
  void aFailedConditionOnOneEntityWritesNoneOfTheOthers() {
    shop.customers().put(new Customer("c-fail", "Jo", "jo@example.com"));
    Order order = new Order("c-fail", "o-fail", AT, OrderStatus.PLACED, BigDecimal.ONE);
    assertThrows(TransactionFailedException.class, () -> TransactWrite.with(CLIENT)
        .put(shop.orders(), order)
        .put(shop.orderLines(), line("c-fail", "o-fail", 1))
        .conditionCheck(shop.customers(), shop.customers().key("c-fail"), Customer_.name.eq("Someone else"))
        .execute());
    assertEquals(List.of(new Customer("c-fail", "Jo", "jo@example.com")), shop.customerCollection("c-fail").toList());
  }

  @Test
  void batchesWriteAndGetSeveralEntityTypes() {
    try (MultiTableBatchWriter writer = BatchWriter.across(CLIENT)) {
      writer.put(shop.customers(), new Customer("c-batch", "Bo", "bo@example.com"));
      writer.put(shop.orders(), new Order("c-batch", "o-b", AT, OrderStatus.PAID, BigDecimal.ONE));
      for (int i = 1; i <= 30; i++) {
        writer.put(shop.orderLines(), line("c-batch", "o-b", i));
      }
    }
    assertEquals(32, shop.customerCollection("c-batch").count());

    BatchGet batch = BatchGet.across(CLIENT);
    BatchGet.Handle<Customer> customers = batch.add(shop.customers(), List.of(shop.customers().key("c-batch")));
    BatchGet.Handle<OrderLine> lines = batch.add(shop.orderLines(),
        List.of(shop.orderLines().key("c-batch", "o-b", 3), shop.orderLines().key("c-batch", "o-b", 30)));
    BatchGet.Result result = batch.execute();
    assertEquals("Bo", result.items(customers).get(0).name());
    assertEquals(2, result.items(lines).size());

    try (BatchWriter<OrderLine> writer = shop.orderLines().batchWriter()) {
      for (int i = 1; i <= 30; i++) {
        writer.delete(line("c-batch", "o-b", i));
      }
    }
    assertEquals(2, shop.customerCollection("c-batch").count());
    assertTrue(shop.orderLines().query("c-batch").toList().isEmpty());
  }
}
