package io.dynagen.example.single;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.runtime.table.ConditionFailedException;
import io.dynagen.runtime.table.admin.TableInfo;
import io.dynagen.runtime.table.read.Page;
import io.dynagen.runtime.testing.LocalDynamoDb;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;

/**
 * Every access pattern of the shop model of docs/single-table.md, through the generated {@code
 * ShopItemTable} against DynamoDB Local: each entity's get, put, update, delete and query, the
 * customer's item collection and the order's collection on the overloaded index, in key order.
 */
class ShopSingleTableTest {
  private static final DynamoDbClient CLIENT = LocalDynamoDb.client();
  private static final Instant MONDAY = Instant.parse("2026-11-30T10:15:30Z");
  private static ShopItemTable shop;

  @BeforeAll
  static void createTable() {
    shop = ShopItemTable.create(CLIENT, LocalDynamoDb.uniqueTableName("shop"));
    shop.createTable();
  }

  @AfterAll
  static void deleteTable() {
    shop.deleteTable();
  }

  private static Order order(String customer, String id, Instant at) {
    return new Order(customer, id, at, OrderStatus.PLACED, new BigDecimal("12.5"));
  }

  private static OrderLine line(String customer, String order, int number) {
    return new OrderLine(customer, order, number, "SKU-" + number, number, new BigDecimal("1.25"));
  }

  @Test
  void createTableBuildsTheKeysAndTheSharedIndex() {
    TableInfo info = shop.describe();
    assertEquals(shop.tableName(), info.name());
    assertEquals(List.of("GSI1"), info.indexes().stream().map(io.dynagen.runtime.table.admin.IndexInfo::name).toList());
  }

  @Test
  void itemsAreStoredWithAssembledKeysTypeAndTheirOwnProperties() {
    shop.orders().put(order("c-raw", "o-1", MONDAY));
    Map<String, AttributeValue> item = CLIENT.getItem(GetItemRequest.builder()
        .tableName(shop.tableName()).key(shop.orders().key("c-raw", MONDAY, "o-1")).build()).item();
    assertEquals("CUSTOMER#c-raw", item.get("PK").s());
    assertEquals("ORDER#2026-11-30T10:15:30.000000000Z#o-1", item.get("SK").s());
    assertEquals("ORDER#o-1", item.get("GSI1PK").s());
    assertEquals("ORDER", item.get("GSI1SK").s());
    assertEquals("Order", item.get("type").s());
    assertEquals("o-1", item.get("orderId").s());
    assertEquals("12.5", item.get("total").n());
  }

  @Test
  void eachEntityIsReadBackByItsTypedKey() {
    Customer jane = new Customer("c-get", "Jane", "jane@example.com");
    Order order = order("c-get", "o-7", MONDAY);
    OrderLine line = line("c-get", "o-7", 3);
    shop.customers().put(jane);
    shop.orders().put(order);
    shop.orderLines().put(line);

    assertEquals(jane, shop.customers().get("c-get").orElseThrow());
    assertEquals(order, shop.orders().get("c-get", MONDAY, "o-7").orElseThrow());
    assertEquals(line, shop.orderLines().get("c-get", "o-7", 3).orElseThrow());
    assertTrue(shop.orders().get("c-get", MONDAY.plusSeconds(1), "o-7").isEmpty());
  }

  @Test
  void theCustomerCollectionHoldsEveryTypeInSortKeyOrder() {
    Customer jane = new Customer("c-col", "Jane", "jane@example.com");
    Order later = order("c-col", "o-2", MONDAY.plusSeconds(3600));
    Order earlier = order("c-col", "o-1", MONDAY);
    OrderLine second = line("c-col", "o-1", 2);
    OrderLine first = line("c-col", "o-1", 1);
    OrderLine tenth = line("c-col", "o-1", 10);
    shop.orders().put(later);
    shop.orderLines().put(tenth);
    shop.customers().put(jane);
    shop.orderLines().put(second);
    shop.orders().put(earlier);
    shop.orderLines().put(first);

    // LINE# < ORDER# < PROFILE; lines by order then number (10 after 2: fixed width), orders by time.
    List<ShopItem> items = shop.customerCollection("c-col").toList();
    assertEquals(List.of(first, second, tenth, earlier, later, jane), items);

    List<String> described = new ArrayList<>();
    for (ShopItem item : items) {
      described.add(describe(item));
    }
    assertEquals(List.of("line 1", "line 2", "line 10", "order o-1", "order o-2", "customer Jane"), described);
  }

  /** An exhaustive dispatch over the sealed type, as a user writes it on Java 17. */
  private static String describe(ShopItem item) {
    if (item instanceof Customer customer) {
      return "customer " + customer.name();
    } else if (item instanceof Order order) {
      return "order " + order.orderId();
    } else if (item instanceof OrderLine line) {
      return "line " + line.lineNo();
    }
    throw new AssertionError(item);
  }

  @Test
  void anEntityQueryReturnsOnlyItsTypeInOrder() {
    shop.customers().put(new Customer("c-q", "Jo", "jo@example.com"));
    Order first = order("c-q", "o-1", MONDAY);
    Order second = order("c-q", "o-2", MONDAY.plusMillis(1));
    shop.orders().put(second);
    shop.orders().put(first);
    shop.orderLines().put(line("c-q", "o-1", 1));

    assertEquals(List.of(first, second), shop.orders().query("c-q").toList());
    assertEquals(List.of(second, first), shop.orders().query("c-q").descending().toList());
    assertEquals(1, shop.customers().query("c-q").toList().size());
    assertEquals(1, shop.orderLines().query("c-q").toList().size());
  }

  @Test
  void theOrderCollectionOnTheOverloadedIndexIsTheOrderThenItsLines() {
    Order order = order("c-idx", "o-idx", MONDAY);
    List<OrderLine> lines = List.of(line("c-idx", "o-idx", 12), line("c-idx", "o-idx", 2), line("c-idx", "o-idx", 1));
    shop.orders().put(order);
    lines.forEach(shop.orderLines()::put);
    // Another order of the same customer stays out of this collection.
    shop.orders().put(order("c-idx", "o-other", MONDAY));

    List<ShopItem> collection = shop.gsi1().orderCollection("o-idx").toList();
    // GSI1SK: LINE#0000000001 < LINE#0000000002 < LINE#0000000012 < ORDER.
    assertEquals(List.of(lines.get(2), lines.get(1), lines.get(0), order), collection);
  }

  @Test
  void updatesChangeAnExistingItemThroughTheMetamodel() {
    Order order = order("c-up", "o-up", MONDAY);
    shop.orders().put(order);
    Order paid = shop.orders().update("c-up", MONDAY, "o-up", Order_.status.set(OrderStatus.PAID));
    assertEquals(order.withStatus(OrderStatus.PAID), paid);

    assertThrows(ConditionFailedException.class,
        () -> shop.orders().update("c-up", MONDAY, "o-up", io.dynagen.runtime.expr.Update.of(
            Order_.status.set(OrderStatus.SHIPPED)), Order_.status.eq(OrderStatus.PLACED)));
    assertEquals(OrderStatus.PAID, shop.orders().get("c-up", MONDAY, "o-up").orElseThrow().status());
  }

  @Test
  void anUpdateNeverCreatesAnItem() {
    assertThrows(ConditionFailedException.class,
        () -> shop.orders().update("c-none", MONDAY, "o-none", Order_.status.set(OrderStatus.PAID)));
    assertTrue(shop.orders().get("c-none", MONDAY, "o-none").isEmpty());
  }

  @Test
  void anUpdateOfAKeyPropertyIsRefusedBeforeSending() {
    shop.orders().put(order("c-key", "o-key", MONDAY));
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
        () -> shop.orders().update("c-key", MONDAY, "o-key", Order_.createdAt.set(MONDAY.plusSeconds(1))));
    assertTrue(refused.getMessage().contains("'createdAt'"), refused.getMessage());
  }

  @Test
  void putsTakeConditionsThroughTheMetamodelAndDeletesTakeTypedKeys() {
    Order order = order("c-del", "o-del", MONDAY);
    shop.orders().put(order);
    assertThrows(ConditionFailedException.class,
        () -> shop.orders().put(order.withStatus(OrderStatus.SHIPPED), Order_.status.eq(OrderStatus.PAID)));
    shop.orders().put(order.withStatus(OrderStatus.PAID), Order_.status.eq(OrderStatus.PLACED));
    assertFalse(shop.orders().putIfAbsent(order));

    shop.orders().delete("c-del", MONDAY, "o-del");
    assertTrue(shop.orders().get("c-del", MONDAY, "o-del").isEmpty());
    assertTrue(shop.orders().putIfAbsent(order));
    shop.orders().delete(order);
    assertTrue(shop.orders().get("c-del", MONDAY, "o-del").isEmpty());
  }

  @Test
  void aCollectionIsPagedLazilyWithCursors() {
    shop.customers().put(new Customer("c-page", "Pat", "pat@example.com"));
    for (int i = 0; i < 23; i++) {
      shop.orderLines().put(line("c-page", "o-page", i));
    }
    Page<ShopItem> page = shop.customerCollection("c-page").pageSize(10).firstPage();
    List<ShopItem> all = new ArrayList<>(page.items());
    while (page.cursor().isPresent()) {
      page = shop.customerCollection("c-page").pageSize(10).page(page.cursor().get());
      all.addAll(page.items());
    }
    assertEquals(24, all.size());
    assertEquals(shop.customerCollection("c-page").toList(), all);
    assertEquals(shop.customerCollection("c-page").pageSize(5).toList(), all);
    Set<Class<?>> types = all.stream().map(Object::getClass).collect(Collectors.toSet());
    assertEquals(Set.of(Customer.class, OrderLine.class), types);
  }

  @Test
  void aKeyValueHoldingItsSeparatorIsRefusedBeforeSending() {
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
        () -> shop.orderLines().put(line("c-sep", "o#1", 1)));
    assertTrue(refused.getMessage().contains("'orderId'"), refused.getMessage());
    assertTrue(refused.getMessage().contains("OrderLine"), refused.getMessage());
    // The last placeholder takes anything: the customer's partition key ends with it.
    shop.customers().put(new Customer("c#sep", "Hash", "h@example.com"));
    assertEquals("Hash", shop.customers().get("c#sep").orElseThrow().name());
  }
}
