package io.dynagen.example.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.runtime.testing.LocalDynamoDb;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/** The shop walk-through, run in process against the shared DynamoDB Local over HTTP. */
class ShopCommandTest {

  @Test
  void runsEveryAccessPatternInOneRequestEach() {
    String table = LocalDynamoDb.uniqueTableName("shop");
    Cli.Result result = Cli.onLocal("users", "shop", "--shop-table", table).assertSuccess();

    result.assertOutInOrder(
        "Dynagen shop: customers, orders and order lines in one table, on " + LocalDynamoDb.endpoint(),
        "1. Create table '" + table + "' and its overloaded index GSI1",
        "created: status ACTIVE",
        "CreateTable " + table + " keys PK, SK, index GSI1 keys GSI1PK, GSI1SK",
        "2. Put customer c-42",
        "put Customer c-42: Jane Doe <jane@example.com>",
        "request: PutItem " + table + " CUSTOMER#c-42 PROFILE",
        "3. Place order o-1001: the order and its 2 lines in one transaction",
        "placed Order o-1001 placed 2026-11-02T09:30:00Z, DELIVERED, total 33.90",
        "request: TransactWriteItems put CUSTOMER#c-42 ORDER#2026-11-02T09:30:00.000000000Z#o-1001,"
            + " put CUSTOMER#c-42 LINE#o-1001#0000000001, put CUSTOMER#c-42 LINE#o-1001#0000000002",
        "4. Place order o-1002: the order and its 3 lines in one transaction",
        "5. Place order o-1003: the order and its 1 line in one transaction",
        "6. Access pattern: the customer's profile",
        "Customer c-42: Jane Doe <jane@example.com>",
        "request: GetItem " + table + " key PK=CUSTOMER#c-42, SK=PROFILE",
        "7. Access pattern: the customer with all orders and lines, one item collection",
        // Sort-key order: LINE# < ORDER# < PROFILE.
        "OrderLine o-1001 #1: 2 x sku-mug at 12.50",
        "OrderLine o-1001 #2: 1 x sku-tea at 8.90",
        "OrderLine o-1002 #1: 1 x sku-kettle at 39.00",
        "OrderLine o-1002 #2: 2 x sku-tea at 8.90",
        "OrderLine o-1002 #3: 4 x sku-filter at 1.25",
        "OrderLine o-1003 #1: 1 x sku-teapot at 24.00",
        "Order o-1001 placed 2026-11-02T09:30:00Z, DELIVERED, total 33.90",
        "Order o-1002 placed 2026-11-15T14:05:00Z, SHIPPED, total 61.80",
        "Order o-1003 placed 2026-11-30T10:15:30Z, PLACED, total 24.00",
        "Customer c-42: Jane Doe <jane@example.com>",
        "request: Query " + table + " where PK = 'CUSTOMER#c-42'",
        "8. Access pattern: the customer's orders, newest first",
        "Order o-1003", "Order o-1002", "Order o-1001",
        "request: Query " + table + " where PK = 'CUSTOMER#c-42' AND begins_with(SK, 'ORDER#') filter type = 'Order'",
        "newest first (ScanIndexForward=false)",
        "9. Access pattern: order o-1002 with its lines, through the inverted index GSI1",
        // GSI1's sort keys: LINE#... < ORDER, so the lines come first.
        "OrderLine o-1002 #1", "OrderLine o-1002 #2", "OrderLine o-1002 #3",
        "Order o-1002 placed 2026-11-15T14:05:00Z, SHIPPED, total 61.80",
        "request: Query " + table + " index GSI1 where GSI1PK = 'ORDER#o-1002'",
        "10. Access pattern: the customer's orders placed from 2026-11-10T00:00:00Z to 2026-11-20T00:00:00Z",
        "Order o-1002 placed 2026-11-15T14:05:00Z",
        // One key condition: every order placed on 2026-11-20T00:00:00Z is included, whatever its id.
        "request: Query " + table + " where PK = 'CUSTOMER#c-42' AND SK BETWEEN"
            + " 'ORDER#2026-11-10T00:00:00.000000000Z' AND 'ORDER#2026-11-20T00:00:00.000000000Z\\uffff'",
        "11. Delete table '" + table + "'",
        "Done.");
    assertEquals(1, count(result.out(), "Order o-100", "10. Access pattern"), result.out());
    assertTrue(result.err().isEmpty(), result.err());
    assertTableGone(table);
  }

  @Test
  void keepsTheTableWithItsItemsWhenAsked() {
    String table = LocalDynamoDb.uniqueTableName("shop-keep");
    Cli.onLocal("users", "shop", "--shop-table", table, "--keep").assertSuccess()
        .assertOutInOrder("11. Keep table '" + table + "' (--keep)", "Done.");

    // 1 customer, 3 orders, 6 lines; every item carries its type and its own attributes.
    List<java.util.Map<String, AttributeValue>> items = LocalDynamoDb.client().scan(b -> b.tableName(table)).items();
    assertEquals(10, items.size(), items::toString);
    assertEquals(6, items.stream().filter(item -> item.get("type").s().equals("OrderLine")).count());
    assertTrue(items.stream().allMatch(item -> item.get("customerId").s().equals("c-42")), items::toString);
    LocalDynamoDb.client().deleteTable(b -> b.tableName(table));
  }

  /** How often {@code text} occurs in {@code out} after the line starting {@code from}. */
  private static int count(String out, String text, String from) {
    String rest = out.substring(out.indexOf(from));
    int count = 0;
    for (int at = rest.indexOf(text); at >= 0; at = rest.indexOf(text, at + 1)) {
      count++;
    }
    return count;
  }

  private static void assertTableGone(String table) {
    try {
      LocalDynamoDb.client().describeTable(b -> b.tableName(table));
      throw new AssertionError("table " + table + " still exists");
    } catch (ResourceNotFoundException expected) {
      // gone
    }
  }
}
