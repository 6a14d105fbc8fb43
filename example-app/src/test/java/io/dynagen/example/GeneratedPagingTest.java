package io.dynagen.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.example.model.Order;
import io.dynagen.example.model.OrderTable;
import io.dynagen.example.model.Order_;
import io.dynagen.runtime.expr.SortKeyCondition;
import io.dynagen.runtime.table.read.Page;
import io.dynagen.runtime.table.read.Query;
import io.dynagen.runtime.testing.LocalDynamoDb;
import io.dynagen.runtime.testing.RequestLog;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * Reading page by page through the generated {@link OrderTable} and its index accessors: the
 * requests sent are counted, to show that pages are fetched only when needed; cursors go from
 * one accessor to another, as from one web request to the next.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedPagingTest {
  private static final int ORDERS = 10;
  private static final int PAGE = 3;

  private final RequestLog log = new RequestLog();
  private final DynamoDbClient client = LocalDynamoDb.newClient(log);
  private final OrderTable orders = Orders.createTable(client, "paging");
  private final List<Long> numbers = new ArrayList<>();

  GeneratedPagingTest() {
    for (long number = 1; number <= ORDERS; number++) {
      numbers.add(number);
      orders.put(new Order("pat", number, "order " + number, Order.Status.OPEN, LocalDate.of(2024, 1, (int) number),
          (int) number, BigDecimal.ONE, null, null, null, null, null, null, null));
    }
  }

  @BeforeEach
  void forgetTheSetUpRequests() {
    log.clear();
  }

  @AfterAll
  void dropTable() {
    orders.deleteTable();
    client.close();
  }

  private Query<Order> pages() {
    return orders.query("pat").pageSize(PAGE);
  }

  @Test
  void buildingAQuerySendsNothing() {
    orders.query("pat", SortKeyCondition.gt(2L)).pageSize(PAGE).filter(Order_.size.gt(1)).descending();
    orders.byStatusIndex().query(Order.Status.OPEN).pageSize(PAGE);
    assertEquals(0, log.size());
  }

  @Test
  void theSecondPageIsFetchedOnlyWhenItsFirstItemIsNeeded() {
    Iterator<Order> items = pages().iterator();
    assertEquals(0, log.size(), "nothing is sent before the first item is asked for");
    for (int i = 0; i < PAGE; i++) {
      assertTrue(items.hasNext());
      assertEquals(numbers.get(i), items.next().number());
    }
    assertEquals(1, log.count("Query"), "the first page's items come from one request");
    assertTrue(items.hasNext());
    assertEquals(2, log.count("Query"), "page 2 is fetched when its first item is asked for");
    QueryRequest second = (QueryRequest) log.requests().get(1);
    assertEquals("3", second.exclusiveStartKey().get("number").n());
  }

  @Test
  void aLimitedStreamStopsFetching() {
    assertEquals(numbers.subList(0, 2), pages().stream().limit(2).map(Order::number).toList());
    assertEquals(1, log.count("Query"));
    log.clear();
    assertEquals(numbers.subList(0, 4), pages().stream().limit(4).map(Order::number).toList());
    assertEquals(2, log.count("Query"));
  }

  @Test
  void theWholeStreamFollowsEveryPage() {
    assertEquals(numbers, pages().stream().map(Order::number).toList());
    assertEquals(4, log.count("Query"), "3 + 3 + 3 + 1");
    log.clear();
    List<Long> viaFor = new ArrayList<>();
    for (Order order : orders.scan().pageSize(PAGE)) {
      viaFor.add(order.number());
    }
    assertEquals(numbers, viaFor);
    assertEquals(4, log.count("Scan"));
  }

  @Test
  void pagesAFilterEmptiedAreSkipped() {
    assertEquals(List.of(10L), pages().filter(Order_.size.eq(10)).stream().map(Order::number).toList());
    assertEquals(4, log.count("Query"));
  }

  @Test
  void cursorsRoundTripThroughAnotherAccessor() {
    List<Long> seen = new ArrayList<>();
    Page<Order> page = pages().firstPage();
    int pageCount = 1;
    while (true) {
      page.items().forEach(order -> seen.add(order.number()));
      if (!page.hasMore()) {
        break;
      }
      String cursor = page.cursor().orElseThrow();
      assertTrue(cursor.matches("[A-Za-z0-9_-]+"), "URL-safe: " + cursor);
      // A new accessor, as the process serving the "next" link would have.
      OrderTable elsewhere = OrderTable.create(client, orders.tableName());
      page = elsewhere.query("pat").pageSize(PAGE).page(cursor);
      pageCount++;
    }
    assertEquals(numbers, seen);
    assertEquals(4, pageCount);
    assertEquals(4, log.count("Query"));
  }

  @Test
  void indexCursorsCarryTheIndexKeys() {
    // The global index orders by date; its cursor holds the table's and the index's keys.
    Page<Order> first = orders.byStatusIndex().query(Order.Status.OPEN).pageSize(4).firstPage();
    Page<Order> second = orders.byStatusIndex().query(Order.Status.OPEN).pageSize(4).page(first.cursor().orElseThrow());
    Page<Order> third = orders.byStatusIndex().query(Order.Status.OPEN).pageSize(4).page(second.cursor().orElseThrow());
    List<Long> all = new ArrayList<>();
    for (Page<Order> page : List.of(first, second, third)) {
      page.items().forEach(order -> all.add(order.number()));
    }
    assertEquals(numbers, all);
    assertFalse(third.hasMore());
    assertEquals(3, log.count("Query"));

    // A cursor of the table does not fit the index: refused before any request.
    log.clear();
    String tableCursor = pages().firstPage().cursor().orElseThrow();
    assertThrows(IllegalArgumentException.class, () -> orders.byStatusIndex().query(Order.Status.OPEN).page(tableCursor));
    assertEquals(1, log.size(), "only the table's first page was fetched");
  }

  @Test
  void scanCursorsRoundTripToo() {
    Page<Order> first = orders.scan().pageSize(4).firstPage();
    Page<Order> second = orders.scan().pageSize(4).page(first.cursor().orElseThrow());
    Page<Order> third = orders.scan().pageSize(4).page(second.cursor().orElseThrow());
    assertEquals(List.of(4, 4, 2), List.of(first.items().size(), second.items().size(), third.items().size()));
    assertFalse(third.hasMore());
  }

  @Test
  void aBadCursorFailsBeforeAnyRequest() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> pages().page("garbage!"));
    assertTrue(e.getMessage().contains("cursor"), e.getMessage());
    assertEquals(0, log.size());
  }

  @Test
  void countSumsEveryPageWithoutReadingItems() {
    assertEquals(ORDERS, pages().count());
    assertEquals(4, log.count("Query"));
    for (Object request : log.requests()) {
      assertEquals("COUNT", ((QueryRequest) request).selectAsString());
    }
    assertEquals(3, pages().filter(Order_.size.ge(8)).count());
    assertEquals(ORDERS, orders.byStatusIndex().query(Order.Status.OPEN).pageSize(PAGE).count());
    assertEquals(ORDERS, orders.scan().pageSize(PAGE).count());
  }
}
