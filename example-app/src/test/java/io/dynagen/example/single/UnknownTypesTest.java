package io.dynagen.example.single;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.runtime.MappingException;
import io.dynagen.runtime.table.batch.BatchGet;
import io.dynagen.runtime.table.read.GetOptions;
import io.dynagen.runtime.table.read.Page;
import io.dynagen.runtime.table.transact.TransactGet;
import io.dynagen.runtime.testing.LocalDynamoDb;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * An item of a type this code does not know (written by a newer version of the application) in
 * a collection: a MappingException naming the type value, the table and the key, never an item
 * read as the wrong type; or left out through {@code skipUnknownTypes()}, across pages too.
 */
class UnknownTypesTest {
  private static final DynamoDbClient CLIENT = LocalDynamoDb.client();
  private static ShopItemTable shop;

  @BeforeAll
  static void createTable() {
    shop = ShopItemTable.create(CLIENT, LocalDynamoDb.uniqueTableName("shop_unknown"));
    shop.createTable();
  }

  @AfterAll
  static void deleteTable() {
    shop.deleteTable();
  }

  /** A refund, as a newer version would write it: between the lines and the profile. */
  private static void putRefund(String customerId, int number) {
    CLIENT.putItem(PutItemRequest.builder().tableName(shop.tableName()).item(Map.of(
        "PK", AttributeValue.fromS("CUSTOMER#" + customerId),
        "SK", AttributeValue.fromS("REFUND#" + number),
        "type", AttributeValue.fromS("Refund"),
        "customerId", AttributeValue.fromS(customerId))).build());
  }

  @Test
  void anUnknownTypeIsAMappingExceptionNamingTypeTableAndKey() {
    Customer jane = new Customer("c-unk", "Jane", "jane@example.com");
    shop.customers().put(jane);
    putRefund("c-unk", 1);

    MappingException unknown = assertThrows(MappingException.class, () -> shop.customerCollection("c-unk").toList());
    assertEquals(shop.tableName(), unknown.table());
    assertEquals("type", unknown.path());
    assertEquals("{PK=S \"CUSTOMER#c-unk\", SK=S \"REFUND#1\"}", unknown.key());
    assertTrue(unknown.getMessage().contains("S \"Refund\""), unknown.getMessage());
    assertTrue(unknown.getMessage().contains("Customer, Order, OrderLine"), unknown.getMessage());
    // The entity's own query never meets it: its sort key prefix is PROFILE.
    assertEquals(List.of(jane), shop.customers().query("c-unk").toList());
  }

  @Test
  void anItemWithoutTypeIsUnknownToo() {
    CLIENT.putItem(PutItemRequest.builder().tableName(shop.tableName()).item(Map.of(
        "PK", AttributeValue.fromS("CUSTOMER#c-notype"), "SK", AttributeValue.fromS("PROFILE"),
        "customerId", AttributeValue.fromS("c-notype"))).build());
    MappingException unknown = assertThrows(MappingException.class, () -> shop.customerCollection("c-notype").toList());
    assertTrue(unknown.getMessage().contains("found nothing"), unknown.getMessage());
  }

  @Test
  void skipUnknownTypesLeavesThemOutAcrossPages() {
    List<ShopItem> known = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      OrderLine line = new OrderLine("c-skip", "o-1", i, "SKU", 1, java.math.BigDecimal.ONE);
      shop.orderLines().put(line);
      known.add(line);
    }
    Customer pat = new Customer("c-skip", "Pat", "pat@example.com");
    shop.customers().put(pat);
    known.add(pat);
    for (int i = 0; i < 4; i++) {
      putRefund("c-skip", i);
    }

    ShopItemTable tolerant = shop.skipUnknownTypes();
    assertEquals(known, tolerant.customerCollection("c-skip").toList());
    assertEquals(known, tolerant.customerCollection("c-skip").pageSize(3).stream().toList());
    List<ShopItem> paged = new ArrayList<>();
    Page<ShopItem> page = tolerant.customerCollection("c-skip").pageSize(4).firstPage();
    paged.addAll(page.items());
    while (page.cursor().isPresent()) {
      page = tolerant.customerCollection("c-skip").pageSize(4).page(page.cursor().get());
      paged.addAll(page.items());
    }
    assertEquals(known, paged);
    assertThrows(MappingException.class, () -> shop.customerCollection("c-skip").toList());
  }

  /**
   * A count is the number of items the same read returns: through skipUnknownTypes() the known
   * ones, across pages and after a filter; otherwise the MappingException the read raises, since
   * Select COUNT alone would count the unknown items in.
   */
  @Test
  void aCountAgreesWithWhatTheSameReadReturns() {
    shop.customers().put(new Customer("c-count", "Kim", "kim@example.com"));
    shop.orderLines().put(new OrderLine("c-count", "o-7", 1, "SKU-A", 1, java.math.BigDecimal.ONE));
    shop.orderLines().put(new OrderLine("c-count", "o-7", 2, "SKU-B", 2, java.math.BigDecimal.TEN));
    for (int i = 0; i < 3; i++) {
      putRefund("c-count", i);
    }

    ShopItemTable tolerant = shop.skipUnknownTypes();
    assertEquals(3, tolerant.customerCollection("c-count").toList().size());
    assertEquals(3, tolerant.customerCollection("c-count").count());
    assertEquals(3, tolerant.customerCollection("c-count").pageSize(2).count());
    assertEquals(1, tolerant.customerCollection("c-count").filter(OrderLine_.sku.eq("SKU-B")).count());
    assertEquals(2, tolerant.gsi1().orderCollection("o-7").count());
    assertEquals(tolerant.scan().toList().size(), tolerant.scan().count());
    assertEquals(tolerant.scan().toList().size(), tolerant.scan().segments(3).count());

    MappingException unknown = assertThrows(MappingException.class, () -> shop.customerCollection("c-count").count());
    assertEquals(shop.tableName(), unknown.table());
    assertEquals("{PK=S \"CUSTOMER#c-count\", SK=S \"REFUND#0\"}", unknown.key());
    assertTrue(unknown.getMessage().contains("S \"Refund\""), unknown.getMessage());
    // The refunds have no sku: a filter that drops them leaves nothing unknown to the read or the count.
    assertEquals(1, shop.customerCollection("c-count").filter(OrderLine_.sku.eq("SKU-A")).count());
  }

  /**
   * An entity's query never reads another type's item as its own, even of a type this code does
   * not know whose sort keys begin as its own do (a note on an order, {@code ORDER#...#NOTE}, as a
   * newer version would write it): it filters by the stored type, and counts alike.
   */
  @Test
  void anEntityQueryLeavesOutAnUnknownTypeSharingItsPrefix() {
    Order order = new Order("c-prefix", "o-9", java.time.Instant.parse("2026-11-02T09:30:00Z"), OrderStatus.PLACED,
        java.math.BigDecimal.TEN);
    shop.orders().put(order);
    CLIENT.putItem(PutItemRequest.builder().tableName(shop.tableName()).item(Map.of(
        "PK", AttributeValue.fromS("CUSTOMER#c-prefix"),
        "SK", AttributeValue.fromS("ORDER#2026-11-02T09:30:00.000000000Z#o-9#NOTE"),
        "type", AttributeValue.fromS("OrderNote"),
        "text", AttributeValue.fromS("leave at the door"))).build());

    assertEquals(List.of(order), shop.orders().query("c-prefix").toList());
    assertEquals(1, shop.orders().query("c-prefix").count());
    assertEquals(List.of(order), shop.orders().query("c-prefix",
        io.dynagen.runtime.expr.SortKeyCondition.ge(java.time.Instant.parse("2026-11-01T00:00:00Z"))).toList());
  }

  /**
   * A projected read of a collection still reads the type attribute (as it reads the keys), so each
   * item reads as its type with the projected properties; without it every item would be unknown.
   */
  @Test
  void aProjectedCollectionStillReadsEachItemsType() {
    shop.customers().put(new Customer("c-proj", "Lee", "lee@example.com"));
    Customer projected = new Customer(null, "Lee", null);
    assertEquals(List.of(projected), shop.customerCollection("c-proj").project(Customer_.name).toList());

    // So do projected gets of the root's table, one by one, in a batch and in a transaction.
    Map<String, AttributeValue> key = shop.customers().key("c-proj");
    GetOptions nameOnly = GetOptions.defaults().project(Customer_.name);
    assertEquals(projected, shop.typed().get(key, nameOnly).orElseThrow());
    BatchGet batch = BatchGet.across(CLIENT);
    BatchGet.Handle<ShopItem> batched = batch.add(shop, List.of(key), nameOnly);
    assertEquals(List.of(projected), batch.execute().items(batched));
    TransactGet transaction = TransactGet.with(CLIENT);
    TransactGet.Handle<ShopItem> transacted = transaction.get(shop, key, Customer_.name);
    assertEquals(projected, transaction.execute().get(transacted).orElseThrow());
  }
}
