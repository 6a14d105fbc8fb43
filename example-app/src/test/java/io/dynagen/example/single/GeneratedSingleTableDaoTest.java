package io.dynagen.example.single;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.runtime.metrics.DynagenMetrics;
import io.dynagen.runtime.metrics.OperationEvent;
import io.dynagen.runtime.table.read.Page;
import io.dynagen.runtime.testing.LocalDynamoDb;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * The generated DAOs of single-table design (an entity type's and the sealed root's) against
 * DynamoDB Local, with the requests they sent: each derived query is one Query (per page) with the
 * template's prefix in its key condition, on the table or GSI1, never a Scan.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedSingleTableDaoTest {
  private static final Instant NOV_02 = Instant.parse("2026-11-02T09:30:00Z");
  private static final Instant NOV_15 = Instant.parse("2026-11-15T14:05:00Z");
  private static final Instant NOV_30 = Instant.parse("2026-11-30T10:15:30Z");
  private static final Customer JANE = new Customer("c-1", "Jane", "jane@example.com");
  private static final Order FIRST = new Order("c-1", "o-1", NOV_02, OrderStatus.PAID, new BigDecimal("33.9"));
  private static final Order SECOND = new Order("c-1", "o-2", NOV_15, OrderStatus.SHIPPED, new BigDecimal("61.8"));
  private static final Order THIRD = new Order("c-1", "o-3", NOV_30, OrderStatus.PLACED, new BigDecimal("24"));
  private static final Order OTHER = new Order("c-2", "o-9", NOV_15, OrderStatus.PLACED, new BigDecimal("1"));

  private final List<OperationEvent> operations = new CopyOnWriteArrayList<>();
  private final List<SdkRequest> requests = new CopyOnWriteArrayList<>();
  private final DynamoDbClient client = LocalDynamoDb.newClient(DynagenMetrics.interceptor(operations::add),
      new ExecutionInterceptor() {
        @Override
        public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
          requests.add(context.request());
        }
      });
  private final ShopItemTable shop = ShopItemTable.create(client, LocalDynamoDb.uniqueTableName("shop-dao"));
  private final ShopOrderDao orders = new ShopOrderDaoImpl(shop);
  private final ShopOrderLineDao lines = new ShopOrderLineDaoImpl(shop);
  private final ShopDao items = new ShopDaoImpl(shop);

  GeneratedSingleTableDaoTest() {
    shop.createTable();
    items.save(JANE);
    for (Order order : List.of(FIRST, SECOND, THIRD, OTHER)) {
      orders.save(order);
    }
    lines.save(line("o-1", 1));
    lines.save(line("o-1", 2));
    for (int number = 1; number <= 3; number++) {
      lines.save(line("o-2", number));
    }
  }

  private static OrderLine line(String orderId, int number) {
    return new OrderLine("c-1", orderId, number, "sku-" + number, number, new BigDecimal("1.25"));
  }

  @BeforeEach
  void forgetRequests() {
    operations.clear();
    requests.clear();
  }

  @AfterAll
  void dropTable() {
    shop.deleteTable();
    client.close();
  }

  private List<String> operationNames() {
    return operations.stream().map(OperationEvent::operation).toList();
  }

  private QueryRequest onlyQuery() {
    assertEquals(1, requests.size(), "requests sent: " + requests);
    return (QueryRequest) requests.get(0);
  }

  private static List<String> ids(Iterable<Order> found) {
    return StreamSupport.stream(found.spliterator(), false).map(Order::orderId).toList();
  }

  @Test
  void getSaveExistsAndDeleteByTheTemplatePlaceholders() {
    Order extra = new Order("c-1", "o-7", Instant.parse("2026-12-01T00:00:00Z"), OrderStatus.PLACED, BigDecimal.ONE);
    assertEquals(extra, orders.save(extra));
    assertEquals(Optional.of(extra), orders.get("c-1", extra.createdAt(), "o-7"));
    assertTrue(orders.existsByCustomerIdAndCreatedAtAndOrderId("c-1", extra.createdAt(), "o-7"));
    assertEquals(List.of("PutItem", "GetItem", "GetItem"), operationNames());

    assertEquals(Optional.of(extra), orders.removeByCustomerIdAndCreatedAtAndOrderId("c-1", extra.createdAt(), "o-7"));
    assertFalse(orders.existsByCustomerIdAndCreatedAtAndOrderId("c-1", extra.createdAt(), "o-7"));
    orders.save(extra);
    orders.delete(extra);
    assertEquals(Optional.empty(), orders.get("c-1", extra.createdAt(), "o-7"));
    assertEquals(Optional.of(OrderStatus.PAID), orders.get("c-1", NOV_02, "o-1").map(Order::status),
        "the table's default method");
  }

  @Test
  void aPartitionIsOneQueryOfTheSortTemplatesPrefix() {
    assertEquals(List.of("o-1", "o-2", "o-3"), ids(orders.findByCustomerId("c-1")));
    QueryRequest query = onlyQuery();
    assertNull(query.indexName());
    assertTrue(query.keyConditionExpression().contains("begins_with"), query.keyConditionExpression());
    assertTrue(query.expressionAttributeValues().values().stream().anyMatch(v -> "ORDER#".equals(v.s())),
        "the sort template's prefix: " + query.expressionAttributeValues());
    assertEquals(List.of("Query"), operationNames(), "never a Scan");
  }

  @Test
  void aRangeOfTheFirstSortPlaceholderIsOneKeyCondition() {
    assertEquals(List.of("o-2"), ids(orders.findByCustomerIdAndCreatedAtBetween("c-1",
        Instant.parse("2026-11-10T00:00:00Z"), NOV_15)), "an inclusive high bound keeps the order placed at it");
    assertTrue(onlyQuery().keyConditionExpression().contains("BETWEEN"));

    requests.clear();
    assertEquals(List.of("o-1", "o-2"), ids(orders.findByCustomerIdAndCreatedAtLessThan("c-1", NOV_30)));
    assertEquals(List.of("Query"), requests.stream().map(r -> r.getClass().getSimpleName().replace("Request", ""))
        .distinct().toList());
  }

  @Test
  void aStreamIsLazyAndDescendingOrder() {
    Stream<Order> newestFirst = orders.streamByCustomerIdOrderByCreatedAtDesc("c-1");
    assertEquals(List.of(), operationNames(), "nothing sent before the stream is consumed");
    assertEquals(List.of("o-3", "o-2", "o-1"), newestFirst.map(Order::orderId).toList());
    assertFalse(onlyQuery().scanIndexForward());
  }

  @Test
  void aFirstMatchAsksForOneItem() {
    assertEquals(Optional.of(THIRD), orders.findFirstByCustomerIdOrderByCreatedAtDesc("c-1"));
    assertEquals(1, onlyQuery().limit());
    requests.clear();
    assertTrue(orders.existsByCustomerId("c-2"));
    assertEquals(1, onlyQuery().limit());
    requests.clear();
    assertFalse(orders.existsByCustomerId("c-nobody"));
  }

  @Test
  void countsAreSelectCount() {
    assertEquals(3, orders.countByCustomerId("c-1"));
    assertEquals(Select.COUNT, onlyQuery().select());
  }

  @Test
  void pagesFollowTheirCursorOneQueryEach() {
    List<String> seen = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      Page<Order> page = orders.findByCustomerId("c-1", cursor, 2);
      page.items().forEach(order -> seen.add(order.orderId()));
      cursor = page.cursor().orElse(null);
      pages++;
    } while (cursor != null);
    assertEquals(List.of("o-1", "o-2", "o-3"), seen);
    assertEquals(pages, requests.size(), "one Query a page");
    assertTrue(requests.stream().allMatch(r -> r instanceof QueryRequest query && query.limit() == 2));
  }

  @Test
  void aFilterParameterIsAFilterExpression() {
    assertEquals(List.of(SECOND), orders.findByCustomerIdAndStatus("c-1", OrderStatus.SHIPPED));
    assertNotNull(onlyQuery().filterExpression());
  }

  @Test
  void anEntityIndexIsOneQueryOfTheSharedIndex() {
    assertEquals(Optional.of(SECOND), orders.findByOrderId("o-2"));
    QueryRequest query = onlyQuery();
    assertEquals("GSI1", query.indexName());
    assertEquals(1, query.limit());

    requests.clear();
    assertEquals(List.of(1, 2, 3), lines.findByOrderId("o-2").stream().map(OrderLine::lineNo).toList(),
        "the lines of o-2, without the order that shares their index partition");
    assertEquals("GSI1", onlyQuery().indexName());

    requests.clear();
    assertEquals(List.of(2, 3), lines.findByOrderIdAndLineNoGreaterThanEqual("o-2", 2).stream()
        .map(OrderLine::lineNo).toList());
    assertEquals("GSI1", onlyQuery().indexName());
  }

  @Test
  void aStringFirstPlaceholderIsComparedForEquality() {
    assertEquals(List.of(1, 2), lines.findByCustomerIdAndOrderId("c-1", "o-1").stream().map(OrderLine::lineNo).toList(),
        "o-1's lines only, though o-10 would share the prefix LINE#o-1");
    assertTrue(onlyQuery().keyConditionExpression().contains("begins_with"));
    lines.save(new OrderLine("c-1", "o-10", 1, "sku", 1, BigDecimal.ONE));
    assertEquals(2, lines.findByCustomerIdAndOrderId("c-1", "o-1").size());
    lines.deleteByCustomerIdAndOrderIdAndLineNo("c-1", "o-10", 1);
  }

  @Test
  void theRootReadsItemCollectionsAsOneQuery() {
    List<ShopItem> everything = items.findByCustomerId("c-1");
    assertEquals(1 + 3 + 5, everything.size(), "the profile, three orders, five lines");
    assertEquals(JANE, everything.get(everything.size() - 1), "PROFILE sorts last");
    assertEquals(List.of("Query"), operationNames());
    assertNull(onlyQuery().indexName());

    requests.clear();
    List<ShopItem> orderWithLines = items.findByOrderId("o-1");
    assertEquals(List.of(line("o-1", 1), line("o-1", 2), FIRST), orderWithLines);
    assertEquals("GSI1", onlyQuery().indexName());

    requests.clear();
    assertEquals(Optional.of(line("o-2", 1)), items.findFirstByOrderId("o-2"));
    assertEquals(1, onlyQuery().limit());

    requests.clear();
    assertEquals(9, items.countByCustomerId("c-1"));
    // A collection's count reads each item's keys and type, to count what the read returns.
    assertNull(onlyQuery().select());
    assertNotNull(onlyQuery().projectionExpression());
  }

  @Test
  void theRootsStreamsAndPagesAreLazyAndPaged() {
    Stream<ShopItem> stream = items.streamByCustomerId("c-2");
    assertEquals(List.of(), operationNames());
    assertEquals(List.of(OTHER), stream.toList());

    Page<ShopItem> first = items.findByCustomerId("c-1", null, 4);
    assertEquals(4, first.items().size());
    Page<ShopItem> second = items.findByCustomerId("c-1", first.cursor().orElseThrow(), 10);
    assertEquals(5, second.items().size());
    assertFalse(second.hasMore());
  }

  @Test
  void theRootSavesAndDeletesAnyEntityType() {
    Customer joe = new Customer("c-3", "Joe", "joe@example.com");
    items.save(joe);
    assertEquals(List.of(joe), items.findByCustomerId("c-3"));
    items.delete(joe);
    assertEquals(List.of(), items.findByCustomerId("c-3"));
    assertEquals(List.of("PutItem", "Query", "DeleteItem", "Query"), operationNames());
  }
}
