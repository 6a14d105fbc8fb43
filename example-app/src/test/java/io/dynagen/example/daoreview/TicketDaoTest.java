package io.dynagen.example.daoreview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.example.daoreview.Ticket.Status;
import io.dynagen.example.daoreview.TicketDao.Headline;
import io.dynagen.example.daoreview.TicketDao.Resolution;
import io.dynagen.runtime.table.read.Page;
import io.dynagen.runtime.testing.LocalDynamoDb;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
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
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * A first-time user's review of {@code @Dao} (issue #14) with a model of its own: every method of
 * {@link TicketDao} against DynamoDB Local, asserting the items returned, their order, and the
 * requests sent (one GetItem, BatchGetItem or Query each; never a Scan).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TicketDaoTest {
  static final Ticket CORE_1 = ticket("core", 1, "Crash on start", "ann", 1, 3, Status.OPEN, Set.of("bug"), null);
  static final Ticket CORE_2 = ticket("core", 2, "Crash on save", "bob", 2, 1, Status.CLOSED, Set.of("bug", "ui"), "fixed");
  static final Ticket CORE_3 = ticket("core", 3, "Docs typo", "ann", 3, 2, Status.IN_PROGRESS, Set.of("docs"), null);
  static final Ticket CORE_4 = ticket("core", 4, "Slow query", "ann", 4, 5, Status.OPEN, Set.of("perf"), null);
  static final Ticket CORE_5 = ticket("core", 5, "Crash on exit", "bob", 5, 4, Status.OPEN, Set.of("bug"), null);
  static final Ticket CORE_6 = ticket("core", 6, "Login fails", "ann", 6, 1, Status.CLOSED, Set.of("bug", "auth"), "wontfix");
  static final Ticket CORE_7 = ticket("core", 7, "Dark mode", "cat", 7, 3, Status.OPEN, null, null);
  static final Ticket WEB_1 = ticket("web", 1, "Crash on load", "ann", 8, 5, Status.OPEN, Set.of("bug"), null);
  static final Ticket WEB_2 = ticket("web", 2, "Broken link", "bob", 9, 2, Status.CLOSED, Set.of("docs"), "fixed");
  static final List<Ticket> CORE = List.of(CORE_1, CORE_2, CORE_3, CORE_4, CORE_5, CORE_6, CORE_7);

  private final List<SdkRequest> requests = new CopyOnWriteArrayList<>();
  private final DynamoDbClient client = LocalDynamoDb.newClient(new ExecutionInterceptor() {
    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
      requests.add(context.request());
    }
  });
  private final TicketTable table = TicketTable.create(client, LocalDynamoDb.uniqueTableName("tickets"));
  private final TicketDao tickets = new TicketDaoImpl(table);

  TicketDaoTest() {
    table.createTable();
    CORE.forEach(tickets::save);
    tickets.save(WEB_1);
    tickets.save(WEB_2);
  }

  static Ticket ticket(String project, long number, String title, String assignee, int day, int priority,
      Status status, Set<String> tags, String resolution) {
    return new Ticket(project, number, title, assignee, Instant.parse("2026-01-01T00:00:00Z").plusSeconds(86_400L * (day - 1)),
        priority, status, tags, Optional.ofNullable(resolution));
  }

  static Instant day(int day) {
    return Instant.parse("2026-01-01T00:00:00Z").plusSeconds(86_400L * (day - 1));
  }

  @BeforeEach
  void forgetRequests() {
    requests.clear();
  }

  @AfterAll
  void dropTable() {
    table.deleteTable();
    client.close();
  }

  private static List<String> ids(Iterable<Ticket> items) {
    return StreamSupport.stream(items.spliterator(), false).map(t -> t.projectId() + "/" + t.number()).toList();
  }

  private List<String> requestNames() {
    return requests.stream().map(r -> r.getClass().getSimpleName().replace("Request", "")).toList();
  }

  /** The one request sent since the last check, of that type; forgets it. */
  private <R extends SdkRequest> R onlyRequest(Class<R> type) {
    assertEquals(1, requests.size(), "requests sent: " + requestNames());
    R request = type.cast(requests.get(0));
    requests.clear();
    return request;
  }

  private QueryRequest oneQuery(String index) {
    QueryRequest query = onlyRequest(QueryRequest.class);
    assertEquals(index, query.indexName());
    return query;
  }

  @Test
  void getByFullKeyIsOneGetItem() {
    assertEquals(Optional.of(CORE_2), tickets.get("core", 2));
    onlyRequest(GetItemRequest.class);
    assertEquals(Optional.of(CORE_6), tickets.findByProjectIdAndNumber("core", 6));
    onlyRequest(GetItemRequest.class);
    assertEquals(Optional.empty(), tickets.get("core", 99));
    onlyRequest(GetItemRequest.class);
    assertEquals(Optional.empty(), tickets.findByProjectIdAndNumber("nowhere", 1));
    onlyRequest(GetItemRequest.class);
  }

  @Test
  void batchGetDropsMissingAndDuplicateKeysInOneRequest() {
    assertEquals(Set.of("core/2", "core/4"),
        new HashSet<>(ids(tickets.findByProjectIdAndNumberIn("core", List.of(2L, 4L, 99L, 2L, 4L)))));
    assertEquals(3, onlyRequest(BatchGetItemRequest.class).requestItems().values().iterator().next().keys().size(),
        "duplicate keys are sent once");
    assertEquals(List.of(), tickets.findByProjectIdAndNumberIn("core", Set.of()));
    assertEquals(List.of(), requests, "no keys, no request");
  }

  @Test
  void batchGetOfMoreThanAHundredKeysIsOneRequestPerHundred() {
    List<Ticket> bulk = new ArrayList<>();
    for (long n = 1; n <= 150; n++) {
      bulk.add(ticket("bulk", n, "t" + n, "dan", 1, 1, Status.OPEN, null, null));
    }
    bulk.forEach(tickets::put);
    requests.clear();
    List<Long> wanted = new ArrayList<>();
    for (long n = 1; n <= 160; n++) {
      wanted.add(n);
      wanted.add(n);
    }
    List<Ticket> found = tickets.findByProjectIdAndNumberIn("bulk", wanted);
    assertEquals(150, found.size(), "every stored key once, none twice");
    assertTrue(new HashSet<>(bulk).equals(new HashSet<>(found)), "the stored items");
    assertEquals(List.of("BatchGetItem", "BatchGetItem"), requestNames());
    for (SdkRequest request : requests) {
      int keys = ((BatchGetItemRequest) request).requestItems().values().iterator().next().keys().size();
      assertTrue(keys <= 100, keys + " keys in one request");
    }
    bulk.forEach(tickets::delete);
  }

  @Test
  void saveDeleteAndRemove() {
    Ticket extra = ticket("ops", 1, "Disk full", "eve", 2, 5, Status.OPEN, Set.of("infra"), null);
    assertEquals(extra, tickets.save(extra));
    assertTrue(tickets.existsByProjectIdAndNumber("ops", 1));
    assertNotNull(((GetItemRequest) requests.get(1)).projectionExpression(), "exists reads only the key");
    tickets.put(extra.withStatus(Status.CLOSED));
    assertEquals(Optional.of(extra.withStatus(Status.CLOSED)), tickets.removeByProjectIdAndNumber("ops", 1));
    assertFalse(tickets.existsByProjectIdAndNumber("ops", 1));
    assertEquals(List.of("PutItem", "GetItem", "PutItem", "DeleteItem", "GetItem"), requestNames());
    requests.clear();

    assertEquals(Optional.empty(), tickets.removeByProjectIdAndNumber("ops", 1), "removing a missing item");
    tickets.deleteByProjectIdAndNumber("ops", 1);
    tickets.delete(extra);
    assertEquals(List.of("DeleteItem", "DeleteItem", "DeleteItem"), requestNames(), "deleting missing items is no error");

    tickets.save(extra);
    tickets.delete(extra);
    assertEquals(Optional.empty(), tickets.get("ops", 1));
    tickets.save(extra);
    tickets.deleteByProjectIdAndNumber("ops", 1);
    assertEquals(Optional.empty(), tickets.get("ops", 1));
  }

  @Test
  void existsByAnIndexKeyIsOneQueryOfOneItem() {
    assertTrue(tickets.existsByAssignee("cat"));
    assertEquals(1, oneQuery("by-assignee").limit());
    assertFalse(tickets.existsByAssignee("zed"));
    assertEquals(1, oneQuery("by-assignee").limit());
  }

  @Test
  void countsAreSelectCountWithAnExplicitFilter() {
    assertEquals(7, tickets.countByProjectId("core"));
    QueryRequest count = oneQuery(null);
    assertEquals(Select.COUNT, count.select());
    assertNull(count.filterExpression());
    assertEquals(0, tickets.countByProjectId("empty"));
    oneQuery(null);
    assertEquals(4, tickets.countByProjectIdAndStatus("core", Status.OPEN));
    QueryRequest filtered = oneQuery(null);
    assertEquals(Select.COUNT, filtered.select());
    assertNotNull(filtered.filterExpression());
    assertEquals(0, tickets.countByProjectIdAndStatus("web", Status.IN_PROGRESS));
  }

  @Test
  void everySortKeyOperatorIsOneQueryInSortKeyOrder() {
    assertEquals(ids(CORE), ids(tickets.findByProjectId("core")));
    assertFalse(oneQuery(null).keyConditionExpression().contains("AND"), "no sort key condition");
    assertEquals(List.of("core/1", "core/2"), ids(tickets.findByProjectIdAndNumberLessThan("core", 3)));
    oneQuery(null);
    assertEquals(List.of("core/1", "core/2", "core/3"), ids(tickets.findByProjectIdAndNumberLessThanEqual("core", 3)));
    oneQuery(null);
    assertEquals(List.of("core/6", "core/7"), ids(tickets.findByProjectIdAndNumberGreaterThan("core", 5)));
    oneQuery(null);
    assertEquals(List.of("core/5", "core/6", "core/7"), ids(tickets.findByProjectIdAndNumberGreaterThanEqual("core", 5)));
    oneQuery(null);
    assertEquals(List.of("core/2", "core/3", "core/4"), ids(tickets.findByProjectIdAndNumberBetween("core", 2, 4)));
    assertTrue(oneQuery(null).keyConditionExpression().contains("BETWEEN"));
    assertEquals(List.of(), ids(tickets.findByProjectId("empty")));
    oneQuery(null);
  }

  @Test
  void betweenWithEqualBoundsIsThatItem() {
    assertEquals(List.of("core/3"), ids(tickets.findByProjectIdAndNumberBetween("core", 3, 3)));
    oneQuery(null);
  }

  @Test
  void aStreamIsLazyAndDescending() {
    Stream<Ticket> stream = tickets.streamByProjectIdOrderByNumberDesc("core");
    assertEquals(List.of(), requests, "nothing sent before the stream is consumed");
    assertEquals(List.of(7L, 6L, 5L, 4L, 3L, 2L, 1L), stream.map(Ticket::number).toList());
    assertFalse(oneQuery(null).scanIndexForward());
  }

  @Test
  void anIterableOfAGlobalIndexReadsAgainOnEachIteration() {
    Iterable<Ticket> anns = tickets.findByAssigneeAndUpdatedAtBetween("ann", day(3), day(8));
    assertEquals(List.of(), requests, "nothing sent before iterating");
    assertEquals(List.of("core/3", "core/4", "core/6", "web/1"), ids(anns));
    oneQuery("by-assignee");
    assertEquals(List.of("core/3", "core/4", "core/6", "web/1"), ids(anns));
    oneQuery("by-assignee");
  }

  @Test
  void aLocalIndexIsChosenByItsSortKey() {
    // Priority >= 4 in core: 5 (priority 4), then 4 (priority 5).
    assertEquals(List.of("core/5", "core/4"), ids(tickets.findByProjectIdAndPriorityGreaterThanEqual("core", 4)));
    oneQuery("by-priority");
  }

  @Test
  void beginsWithOnAGlobalIndexSortKey() {
    assertEquals(List.of("core/5", "web/1", "core/1"), ids(tickets.findByStatusAndTitleBeginsWith(Status.OPEN, "Crash")));
    assertTrue(oneQuery("by-status").keyConditionExpression().contains("begins_with"));
    assertEquals(List.of(), ids(tickets.findByStatusAndTitleBeginsWith(Status.IN_PROGRESS, "Crash")));
    oneQuery("by-status");
  }

  @Test
  void firstMatchIsOneQueryOfOneItem() {
    assertEquals(Optional.of(WEB_1), tickets.findFirstByAssigneeOrderByUpdatedAtDesc("ann"));
    QueryRequest query = oneQuery("by-assignee");
    assertEquals(1, query.limit());
    assertFalse(query.scanIndexForward());
    assertEquals(Optional.empty(), tickets.findFirstByAssigneeOrderByUpdatedAtDesc("zed"));
    oneQuery("by-assignee");
  }

  @Test
  void anExplicitFilterOnASet() {
    assertEquals(List.of("core/1", "core/2", "core/5", "core/6"), ids(tickets.findByProjectIdAndTagsContains("core", "bug")));
    assertTrue(oneQuery(null).filterExpression().contains("contains"));
  }

  @Test
  void projectionsReadOnlyTheirAttributes() {
    List<Headline> headlines = tickets.findHeadlinesByProjectId("web");
    assertEquals(List.of(new Headline("web", 1, "Crash on load"), new Headline("web", 2, "Broken link")), headlines);
    QueryRequest query = oneQuery(null);
    assertEquals(Set.of("projectId", "number", "title"), new HashSet<>(query.expressionAttributeNames().values()));

    assertEquals(Optional.of(new Headline("core", 4, "Slow query")), tickets.findHeadlineByProjectIdAndNumber("core", 4));
    assertNotNull(onlyRequest(GetItemRequest.class).projectionExpression());
    assertEquals(Optional.empty(), tickets.findHeadlineByProjectIdAndNumber("core", 40));

    assertEquals(List.of(new Resolution(5, Optional.empty()), new Resolution(6, Optional.of("wontfix")),
        new Resolution(7, Optional.empty())), tickets.findResolutionsByProjectIdAndNumberGreaterThan("core", 4));
  }

  @Test
  void defaultMethodsUseTheTable() {
    Ticket closed = tickets.close("web", 1, "duplicate");
    assertEquals(Status.CLOSED, closed.status());
    assertEquals(Optional.of("duplicate"), tickets.get("web", 1).orElseThrow().resolution());
    tickets.save(WEB_1);
  }

  /** Every page, following cursors to the end; asserts one Query of at most pageSize items per page. */
  private List<List<Long>> allPages(Function<String, Page<Ticket>> read, int pageSize) {
    List<List<Long>> pages = new ArrayList<>();
    String cursor = null;
    do {
      requests.clear();
      Page<Ticket> page = read.apply(cursor);
      assertEquals(pageSize, oneQuery(null).limit());
      assertTrue(page.items().size() <= pageSize);
      pages.add(page.items().stream().map(Ticket::number).toList());
      cursor = page.cursor().orElse(null);
      assertEquals(cursor != null, page.hasMore());
    } while (cursor != null && pages.size() < 20);
    return pages;
  }

  @Test
  void pagesFollowTheirCursorsToTheEnd() {
    assertEquals(List.of(List.of(1L, 2L, 3L), List.of(4L, 5L, 6L), List.of(7L)),
        allPages(cursor -> tickets.findByProjectId("core", cursor, 3), 3));
    assertEquals(List.of(List.of(7L, 6L, 5L), List.of(4L, 3L, 2L), List.of(1L)),
        allPages(cursor -> tickets.findByProjectIdOrderByNumberDesc("core", cursor, 3), 3));
    assertEquals(List.of(List.of()), allPages(cursor -> tickets.findByProjectId("empty", cursor, 3), 3));
  }

  @Test
  void anExactLastPageIsFollowedByAnEmptyOne() {
    // DynamoDB hands a cursor after a page that ends at the last item; the page after it is empty.
    assertEquals(List.of(List.of(1L, 2L), List.of()), allPages(cursor -> tickets.findByProjectId("web", cursor, 2), 2));
  }

  @Test
  void aCursorOfAnotherPartitionOrABadPageSizeIsRefusedBeforeAnyRequest() {
    String coreCursor = tickets.findByProjectId("core", null, 2).cursor().orElseThrow();
    requests.clear();
    IllegalArgumentException other = assertThrows(IllegalArgumentException.class,
        () -> tickets.findByProjectId("web", coreCursor, 2));
    assertTrue(other.getMessage().contains("another partition"), other.getMessage());
    assertThrows(IllegalArgumentException.class, () -> tickets.findByProjectId("web", "not a cursor", 2));
    IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
        () -> tickets.findByProjectId("web", null, 0));
    assertEquals("Page size 0 is not positive: pass 1 or more", zero.getMessage());
    assertEquals(List.of(), requests);
  }

  @Test
  void betweenWithReversedBoundsIsAClearErrorBeforeAnyRequest() {
    IllegalArgumentException numbers = assertThrows(IllegalArgumentException.class,
        () -> tickets.findByProjectIdAndNumberBetween("core", 5, 2));
    assertEquals("Sort key condition on 'number' is BETWEEN 5 AND 2, whose low bound sorts above its high one:"
        + " pass the lower bound first", numbers.getMessage());
    Iterable<Ticket> times = tickets.findByAssigneeAndUpdatedAtBetween("ann", day(8), day(3));
    IllegalArgumentException instants = assertThrows(IllegalArgumentException.class, () -> times.iterator().hasNext());
    assertTrue(instants.getMessage().startsWith("Sort key condition on 'updatedAt' is BETWEEN '2026-01-08"),
        instants.getMessage());
    assertEquals(List.of(), requests, "DynamoDB would refuse it with a ValidationException");
  }

  @Test
  void beginsWithAnEmptyPrefixIsAClearErrorBeforeAnyRequest() {
    IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
        () -> tickets.findByStatusAndTitleBeginsWith(Status.OPEN, ""));
    assertTrue(empty.getMessage().contains("'title' compares with an empty string"), empty.getMessage());
    assertEquals(List.of(), requests);
  }

  @Test
  void nullKeysAreClearErrors() {
    IllegalArgumentException inBatch = assertThrows(IllegalArgumentException.class,
        () -> tickets.findByProjectIdAndNumberIn("core", Arrays.asList(1L, null)));
    assertEquals("Key value at position 1 of the batch get is null: every key needs a value;"
        + " leave nulls out of the collection", inBatch.getMessage());
    IllegalArgumentException get = assertThrows(IllegalArgumentException.class, () -> tickets.get(null, 1));
    assertTrue(get.getMessage().startsWith("Key attribute 'projectId' of table"), get.getMessage());
    assertThrows(IllegalArgumentException.class, () -> tickets.findByProjectId(null));
    assertEquals(List.of(), requests);
  }
}
