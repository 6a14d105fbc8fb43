package io.dynagen.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.example.OrderDao.OrderSummary;
import io.dynagen.example.model.Article;
import io.dynagen.example.model.ArticleTable;
import io.dynagen.example.model.Order;
import io.dynagen.example.model.OrderTable;
import io.dynagen.runtime.metrics.DynagenMetrics;
import io.dynagen.runtime.metrics.OperationEvent;
import io.dynagen.runtime.table.read.Page;
import io.dynagen.runtime.table.VersionConflictException;
import io.dynagen.runtime.testing.LocalDynamoDb;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
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

/**
 * Every method shape of a generated DAO against DynamoDB Local, with the requests it sent: the
 * operations (from Dynagen's metrics listener) and the requests themselves (from an SDK
 * interceptor), to prove that a derived query is one Query and never a Scan.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedDaoTest {
  private final List<OperationEvent> operations = new CopyOnWriteArrayList<>();
  private final List<SdkRequest> requests = new CopyOnWriteArrayList<>();
  private final DynamoDbClient client = LocalDynamoDb.newClient(DynagenMetrics.interceptor(operations::add),
      new ExecutionInterceptor() {
        @Override
        public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
          requests.add(context.request());
        }
      });
  private final OrderTable table = Orders.createTable(client, "dao");
  private final OrderDao orders = new OrderDaoImpl(table);

  GeneratedDaoTest() {
    Orders.DEE.forEach(orders::save);
    Orders.ALL.forEach(orders::save);
  }

  @BeforeEach
  void forgetRequests() {
    operations.clear();
    requests.clear();
  }

  @AfterAll
  void dropTable() {
    table.deleteTable();
    client.close();
  }

  private static List<Long> numbers(Iterable<Order> items) {
    return StreamSupport.stream(items.spliterator(), false).map(Order::number).toList();
  }

  private List<String> operationNames() {
    return operations.stream().map(OperationEvent::operation).toList();
  }

  private <R extends SdkRequest> R onlyRequest(Class<R> type) {
    assertEquals(1, requests.size(), "requests sent: " + requests);
    return type.cast(requests.get(0));
  }

  @Test
  void getPutAndDeleteByKeyAndByObject() {
    Order extra = Orders.withNumber(Orders.BOB_1, 9);
    assertEquals(extra, orders.put(extra));
    assertEquals(Optional.of(extra), orders.get("bob", 9));
    assertTrue(orders.existsByCustomerAndNumber("bob", 9));
    assertEquals(List.of("PutItem", "GetItem", "GetItem"), operationNames());

    assertEquals(Optional.of(extra), orders.removeByCustomerAndNumber("bob", 9));
    assertEquals(Optional.empty(), orders.get("bob", 9));
    assertFalse(orders.existsByCustomerAndNumber("bob", 9));
    assertEquals(Optional.empty(), orders.removeByCustomerAndNumber("bob", 9));

    orders.save(extra);
    orders.deleteByCustomerAndNumber("bob", 9);
    assertEquals(Optional.empty(), orders.get("bob", 9));
    orders.save(extra);
    orders.delete(extra);
    assertEquals(Optional.empty(), orders.get("bob", 9));
  }

  @Test
  void existsByKeyReadsOnlyTheKey() {
    assertTrue(orders.existsByCustomerAndNumber("ann", 1));
    assertNotNull(onlyRequest(software.amazon.awssdk.services.dynamodb.model.GetItemRequest.class).projectionExpression());
  }

  @Test
  void batchGetByKeyValuesIsOneBatchGetItem() {
    List<Order> found = orders.findByCustomerAndNumberIn("dee", List.of(2L, 4L, 99L, 2L));
    assertEquals(Set.of(2L, 4L), new HashSet<>(numbers(found)));
    assertEquals(List.of("BatchGetItem"), operationNames());

    operations.clear();
    assertEquals(List.of(), orders.findByCustomerAndNumberIn("dee", List.of()));
    assertEquals(List.of(), operationNames(), "no keys, no request");

    List<OrderSummary> summaries = orders.findSummariesByCustomerAndNumberIn("dee", Set.of(3L));
    assertEquals(List.of(new OrderSummary("dee", 3, new BigDecimal(30))), summaries);
  }

  @Test
  void everySortKeyOperatorIsOneQuery() {
    assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L), numbers(orders.findByCustomer("dee")));
    assertEquals(List.of("Query"), operationNames());
    QueryRequest query = onlyRequest(QueryRequest.class);
    assertNull(query.indexName());
    assertNull(query.filterExpression());

    assertEquals(List.of(6L, 5L, 4L, 3L, 2L, 1L), numbers(orders.findByCustomerOrderByNumberDesc("dee")));
    assertEquals(List.of(3L), numbers(orders.findByCustomerAndNumber("dee", 3)));
    assertEquals(List.of(1L, 2L), numbers(orders.findByCustomerAndNumberLessThan("dee", 3)));
    assertEquals(List.of(1L, 2L, 3L), numbers(orders.findByCustomerAndNumberLessThanEqual("dee", 3)));
    assertEquals(List.of(5L, 6L), numbers(orders.findByCustomerAndNumberGreaterThan("dee", 4)));
    assertEquals(List.of(4L, 5L, 6L), numbers(orders.findByCustomerAndNumberGreaterThanEqual("dee", 4)));
    assertEquals(List.of(2L, 3L, 4L), numbers(orders.findByCustomerAndNumberBetween("dee", 2, 4)));
    assertEquals(List.of(), numbers(orders.findByCustomer("nobody")));
    assertEquals(List.of("Query"), operationNames().stream().distinct().toList(), "never a Scan");
    assertEquals(9, operationNames().size());
  }

  @Test
  void aStreamIsLazyAndAnIterableQueriesTheLocalIndex() {
    Stream<Order> stream = orders.streamByCustomerAndNumberGreaterThanOrderByNumberDesc("dee", 3);
    assertEquals(List.of(), operationNames(), "nothing sent before the stream is consumed");
    assertEquals(List.of(6L, 5L, 4L), stream.map(Order::number).toList());
    assertEquals(List.of("Query"), operationNames());

    operations.clear();
    requests.clear();
    Iterable<Order> inWinter = orders.findByCustomerAndDateBetween("dee", LocalDate.parse("2024-01-01"),
        LocalDate.parse("2024-02-28"));
    // By date, through the local index by-date: 2 (Jan 5), 5 (Feb 1), 3 (Feb 20).
    assertEquals(List.of(2L, 5L, 3L), numbers(inWinter));
    assertEquals("by-date", onlyRequest(QueryRequest.class).indexName());
  }

  @Test
  void pagesOfAGlobalIndexFollowTheirCursors() {
    List<Long> open = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      Page<Order> page = orders.findByStatus(Order.Status.OPEN, cursor, 2);
      assertTrue(page.items().size() <= 2);
      page.items().forEach(o -> open.add(o.customer().equals("dee") ? o.number() : -o.number()));
      cursor = page.cursor().orElse(null);
      pages++;
    } while (cursor != null);
    // Dee's 1, 3, 5 and Ann's and Bob's first orders are open.
    assertEquals(Set.of(1L, 3L, 5L, -1L), new HashSet<>(open));
    assertEquals(5, open.size());
    assertEquals(pages, operations.size(), "one Query per page");
    for (SdkRequest request : requests) {
      assertEquals("by-status", ((QueryRequest) request).indexName());
      assertEquals(2, ((QueryRequest) request).limit());
    }
    assertThrows(IllegalArgumentException.class, () -> orders.findByStatus(Order.Status.OPEN, "not a cursor", 2));
  }

  @Test
  void firstMatchReadsOneItem() {
    Optional<Order> first = orders.findFirstByStatusAndDateGreaterThanEqual(Order.Status.OPEN, LocalDate.parse("2024-03-01"));
    assertEquals(Optional.of(1L), first.map(Order::number));
    assertEquals(1, onlyRequest(QueryRequest.class).limit());

    assertEquals(Optional.of(6L), orders.findFirstByCustomerOrderByNumberDesc("dee").map(Order::number));
    assertEquals(Optional.empty(), orders.findFirstByCustomerOrderByNumberDesc("nobody"));
    assertTrue(orders.existsByStatus(Order.Status.DELIVERED));
    assertFalse(orders.existsByStatus(Order.Status.CANCELLED));
  }

  @Test
  void countsAreSelectCount() {
    assertEquals(6, orders.countByCustomer("dee"));
    assertEquals(0, orders.countByCustomer("nobody"));
    // Open before 2024-03-01: Dee's 3 and 5.
    assertEquals(2, orders.countByStatusAndDateLessThan(Order.Status.OPEN, LocalDate.parse("2024-03-01")));
    assertEquals(List.of("Query"), operationNames().stream().distinct().toList());
  }

  @Test
  void projectionsReadOnlyTheirAttributes() {
    List<OrderSummary> summaries = orders.findSummariesByCustomer("dee");
    assertEquals(new OrderSummary("dee", 1, new BigDecimal(10)), summaries.get(0));
    assertEquals(6, summaries.size());
    QueryRequest query = onlyRequest(QueryRequest.class);
    assertNotNull(query.projectionExpression());
    assertEquals(Set.of("customer", "number", "total"), new HashSet<>(query.expressionAttributeNames().values()));

    assertEquals(Optional.of(new OrderSummary("ann", 2, new BigDecimal("19.99"))),
        orders.findSummaryByCustomerAndNumber("ann", 2));
    assertEquals(List.of(6L, 5L), orders.streamSummariesByCustomerOrderByNumberDesc("dee").limit(2)
        .map(OrderSummary::number).toList());
    List<Long> after4 = new ArrayList<>();
    orders.findSummariesByCustomerAndNumberGreaterThan("dee", 4).forEach(s -> after4.add(s.number()));
    assertEquals(List.of(5L, 6L), after4);
    assertTrue(orders.findFirstSummaryByStatus(Order.Status.DELIVERED).isPresent());

    Page<OrderSummary> first = orders.findSummariesByStatus(Order.Status.SHIPPED, null, 2);
    assertEquals(2, first.items().size());
    Page<OrderSummary> second = orders.findSummariesByStatus(Order.Status.SHIPPED, first.cursor().orElseThrow(), 2);
    Set<String> shipped = Stream.concat(first.items().stream(), second.items().stream())
        .map(s -> s.customer() + "/" + s.number()).collect(Collectors.toSet());
    assertEquals(Set.of("dee/2", "dee/6", "ann/2"), shipped);
  }

  @Test
  void anExplicitFilterIsOneQueryWithAFilterExpression() {
    assertEquals(List.of(1L, 3L, 5L), numbers(orders.findByCustomerAndStatus("dee", Order.Status.OPEN)));
    QueryRequest query = onlyRequest(QueryRequest.class);
    assertNotNull(query.filterExpression());
    assertNull(query.limit());

    assertEquals(Optional.of(2L), orders.findFirstByCustomerAndStatus("dee", Order.Status.SHIPPED).map(Order::number));
    assertTrue(orders.existsByCustomerAndStatus("dee", Order.Status.DELIVERED));
    assertFalse(orders.existsByCustomerAndStatus("dee", Order.Status.CANCELLED));
  }

  @Test
  void scansHappenOnlyWhenTheNameSaysScan() {
    assertEquals(Set.of("dee/1", "dee/3", "dee/5", "ann/1", "bob/1"),
        orders.scanByStatus(Order.Status.OPEN).map(Orders::id).collect(Collectors.toSet()));
    assertEquals(10, orders.scanAll().size());
    Page<Order> page = orders.scanPage(null, 4);
    assertEquals(4, page.items().size());
    assertTrue(page.hasMore());
    assertEquals(Set.of("Scan"), new HashSet<>(operationNames()));

    requests.clear();
    assertEquals(10, orders.scanStatuses().size());
    assertEquals("by-status", onlyRequest(software.amazon.awssdk.services.dynamodb.model.ScanRequest.class).indexName());
  }

  @Test
  void defaultMethodsUseTheTable() {
    assertEquals("renamed", orders.rename("ann", 3, "renamed").name());
    assertEquals("renamed", orders.get("ann", 3).orElseThrow().name());
    orders.save(Orders.ANN_3);
  }

  @Test
  void simpleKeyTableWithVersions() {
    ArticleTable articles = ArticleTable.create(client, LocalDynamoDb.uniqueTableName("dao-articles"));
    articles.createTable();
    try {
      ArticleDao dao = new ArticleDaoImpl(articles);
      Article first = dao.save(Article.draft("first"));
      Article second = dao.save(Article.draft("second"));
      assertEquals(Set.of("first", "second"), dao.findByIdIn(List.of(first.id(), second.id(), "missing")).stream()
          .map(Article::title).collect(Collectors.toSet()));
      assertEquals(Optional.of(first), dao.findById(first.id()));

      dao.save(second.withTitle("changed"));
      assertThrows(VersionConflictException.class, () -> dao.delete(second), "the object's version is checked");
      dao.deleteById(second.id());
      dao.delete(first);
      assertEquals(List.of(), dao.findByIdIn(List.of(first.id(), second.id())));
    } finally {
      articles.deleteTable();
    }
  }
}
