package io.dynagen.runtime.table.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.runtime.expr.Encoders;
import io.dynagen.runtime.table.TypedTable;
import io.dynagen.runtime.table.UsersTables;
import io.dynagen.runtime.testing.LocalDynamoDb;
import io.dynagen.runtime.testing.RequestLog;
import io.dynagen.runtime.testmodel.TestUser;
import io.dynagen.runtime.testmodel.TestUserSchema;
import io.dynagen.runtime.testmodel.TestUser_;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * Reading page by page: a stream fetches the next page only when it is consumed (requests are
 * counted with an interceptor), and cursors round-trip into the next request.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagingTest {
  private static final int ITEMS = 10;
  private static final int PAGE = 3;

  private final RequestLog log = new RequestLog();
  private final DynamoDbClient client = LocalDynamoDb.newClient(log);
  private final TypedTable<TestUser> users = UsersTables.create(client, "paging");
  private final List<String> lastNames = new ArrayList<>();

  PagingTest() {
    for (int i = 0; i < ITEMS; i++) {
      String lastName = String.format("n%02d", i);
      lastNames.add(lastName);
      users.put(TestUser.of("pager", lastName).withAge(i));
    }
  }

  @BeforeEach
  void forgetSetUpRequests() {
    log.clear();
  }

  @AfterAll
  void dropTable() {
    users.deleteTable();
    client.close();
  }

  private Query<TestUser> pager() {
    return users.query("pager", Encoders.STRING).pageSize(PAGE);
  }

  @Test
  void buildingAQuerySendsNothing() {
    pager().filter(TestUser_.age.gt(1)).descending();
    assertEquals(0, log.size());
  }

  @Test
  void theStreamFetchesTheNextPageOnlyWhenItIsConsumed() {
    Iterator<TestUser> items = pager().iterator();
    assertEquals(0, log.size(), "nothing is sent before the first item is asked for");
    for (int i = 0; i < PAGE; i++) {
      assertTrue(items.hasNext());
      assertEquals(lastNames.get(i), items.next().lastName());
    }
    assertEquals(1, log.count("Query"), "the first page's items come from one request");
    assertTrue(items.hasNext());
    assertEquals(2, log.count("Query"), "page 2 is fetched when its first item is asked for");
    QueryRequest second = (QueryRequest) log.requests().get(1);
    assertEquals("n02", second.exclusiveStartKey().get("last_name").s());
  }

  @Test
  void aLimitedStreamStopsFetching() {
    assertEquals(lastNames.subList(0, 2), pager().stream().limit(2).map(TestUser::lastName).toList());
    assertEquals(1, log.count("Query"));
    log.clear();
    assertEquals(lastNames.subList(0, 4), pager().stream().limit(4).map(TestUser::lastName).toList());
    assertEquals(2, log.count("Query"));
  }

  @Test
  void theWholeStreamFollowsEveryPage() {
    assertEquals(lastNames, pager().stream().map(TestUser::lastName).toList());
    assertEquals(4, log.count("Query")); // 3 + 3 + 3 + 1
    log.clear();
    List<String> viaFor = new ArrayList<>();
    for (TestUser user : users.scan().pageSize(PAGE)) {
      viaFor.add(user.lastName());
    }
    assertEquals(lastNames, viaFor);
    assertEquals(4, log.count("Scan"));
  }

  @Test
  void pagesWithEmptyFilteredResultsAreSkipped() {
    // Only n09 passes the filter; the first three pages come back empty but continue.
    assertEquals(List.of("n09"), pager().filter(TestUser_.age.eq(9)).stream().map(TestUser::lastName).toList());
    assertEquals(4, log.count("Query"));
  }

  @Test
  void cursorsRoundTripPageByPage() {
    List<String> seen = new ArrayList<>();
    Page<TestUser> page = pager().firstPage();
    int pages = 1;
    while (true) {
      page.items().forEach(user -> seen.add(user.lastName()));
      if (!page.hasMore()) {
        break;
      }
      String cursor = page.cursor().orElseThrow();
      assertTrue(cursor.matches("[A-Za-z0-9_-]+"), cursor);
      // A new accessor, as another process serving the "next" link would have.
      TypedTable<TestUser> elsewhere = TypedTable.of(client, TestUserSchema.INSTANCE, users.tableName());
      page = elsewhere.query("pager", Encoders.STRING).pageSize(PAGE).page(cursor);
      pages++;
    }
    assertEquals(lastNames, seen);
    assertEquals(4, pages);
    assertEquals(4, log.count("Query"));
    assertEquals(PAGE, pager().firstPage().items().size());
  }

  @Test
  void scanCursorsRoundTripToo() {
    Page<TestUser> first = users.scan().pageSize(4).firstPage();
    Page<TestUser> second = users.scan().pageSize(4).page(first.cursor().orElseThrow());
    Page<TestUser> third = users.scan().pageSize(4).page(second.cursor().orElseThrow());
    List<String> all = new ArrayList<>();
    for (Page<TestUser> page : List.of(first, second, third)) {
      page.items().forEach(user -> all.add(user.lastName()));
    }
    assertEquals(lastNames, all);
    assertFalse(third.hasMore());
  }

  @Test
  void aBadCursorFailsBeforeAnyRequest() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> pager().page("garbage!"));
    assertTrue(e.getMessage().contains("Invalid page cursor"), e.getMessage());
    String otherTablesCursor = PageCursor.encode(Map.of("id", AttributeValue.fromS("x")));
    IllegalArgumentException other = assertThrows(IllegalArgumentException.class, () -> pager().page(otherTablesCursor));
    assertTrue(other.getMessage().contains("'username'"), other.getMessage());
    IllegalArgumentException empty = assertThrows(IllegalArgumentException.class, () -> pager().page(""));
    assertTrue(empty.getMessage().contains("is empty: for the first page pass null (or call firstPage())"),
        empty.getMessage());
    assertEquals(0, log.size());
  }

  @Test
  void aNullCursorIsTheFirstPageAsForADaoMethod() {
    // A web API's first request carries no cursor: page(request.cursorOrNull()) pages from the start.
    String noCursorYet = null;
    Page<TestUser> first = pager().page(noCursorYet);
    assertEquals(lastNames.subList(0, PAGE), first.items().stream().map(TestUser::lastName).toList());
    assertEquals(pager().firstPage().cursor(), first.cursor());
    assertFalse(((QueryRequest) log.requests().get(0)).hasExclusiveStartKey(), "the first page has no start key");
    assertEquals(4, users.scan().pageSize(4).page(noCursorYet).items().size());
    CursorSigner signer = CursorSigner.withKey("0123456789abcdef0123456789abcdef".getBytes());
    Page<TestUser> signed = pager().signCursors(signer).page(noCursorYet);
    assertEquals(first.items(), signed.items());
    assertEquals(first.items().size(), pager().signCursors(signer).page(signed.cursor().orElseThrow()).items().size());
  }

  @Test
  void countSumsEveryPage() {
    assertEquals(ITEMS, pager().count());
    assertEquals(4, log.count("Query"));
    for (Object request : log.requests()) {
      assertEquals("COUNT", ((QueryRequest) request).selectAsString());
    }
    assertEquals(3, pager().filter(TestUser_.age.ge(7)).count());
    assertEquals(ITEMS, users.scan().pageSize(PAGE).count());
  }
}
