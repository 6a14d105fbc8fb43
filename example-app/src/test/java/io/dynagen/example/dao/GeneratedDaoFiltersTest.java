package io.dynagen.example.dao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.example.dao.ListingDao.Label;
import io.dynagen.example.dao.ListingDao.Place;
import io.dynagen.example.dao.ListingDao.PriceBean;
import io.dynagen.example.model.Address;
import io.dynagen.example.model.Color;
import io.dynagen.example.model.Money;
import io.dynagen.runtime.testing.LocalDynamoDb;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/**
 * DAO filters of every operator and projections into a record, a JavaBean and an immutable
 * class, against DynamoDB Local: the items that come back, and the one request each sends (a
 * Query with a FilterExpression, never a Scan unless the name says so).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedDaoFiltersTest {
  private static final Address OSLO = new Address("1 Karl Johans gate", "Oslo", "NO", 150);
  private static final Money DEPOSIT = new Money(new BigDecimal("12.50"), "EUR");
  private static final List<Listing> SAM = List.of(
      new Listing("sam", 1, "red chair", 10, Color.RED, Set.of("wood", "vintage"), List.of("S", "M"),
          Optional.of("scratched"), OSLO, DEPOSIT),
      new Listing("sam", 2, "blue table", 25, Color.BLUE, Set.of("wood"), List.of("L"), Optional.empty(), null, null),
      new Listing("sam", 3, "red lamp", 40, Color.RED, Set.of("metal"), List.of(), Optional.empty(), null, null),
      new Listing("sam", 4, "green sofa", 100, Color.GREEN, null, List.of("M"), Optional.of("new"), null, null));
  /** Another seller's listing, which every query of sam's leaves out and a scan sees. */
  private static final Listing ZOE =
      new Listing("zoe", 1, "red chair", 5, Color.RED, Set.of("wood"), List.of("M"), Optional.of("new"), null, null);

  private final List<SdkRequest> requests = new CopyOnWriteArrayList<>();
  private final DynamoDbClient client = LocalDynamoDb.newClient(new ExecutionInterceptor() {
    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
      requests.add(context.request());
    }
  });
  private final ListingTable table = ListingTable.create(client, LocalDynamoDb.uniqueTableName("listings"));
  private final ListingDao listings = new ListingDaoImpl(table);

  GeneratedDaoFiltersTest() {
    table.createTable();
    SAM.forEach(listings::save);
    listings.save(ZOE);
  }

  @AfterAll
  void dropTable() {
    table.deleteTable();
    client.close();
  }

  /** The ids read, after checking they came from one Query with a key condition and a filter saying {@code filterPart}. */
  private List<Long> oneFilteredQuery(Supplier<List<Listing>> read, String filterPart) {
    requests.clear();
    List<Long> ids = read.get().stream().map(Listing::id).sorted().toList();
    assertEquals(1, requests.size(), "requests sent: " + requests);
    QueryRequest query = assertInstanceOf(QueryRequest.class, requests.get(0));
    assertNotNull(query.keyConditionExpression());
    assertTrue(query.filterExpression().contains(filterPart), query.filterExpression());
    return ids;
  }

  private static <T> T assertInstanceOf(Class<T> type, Object value) {
    assertTrue(type.isInstance(value), () -> "expected a " + type.getSimpleName() + ": " + value);
    return type.cast(value);
  }

  @Test
  void equalityAndInequality() {
    assertEquals(List.of(1L), oneFilteredQuery(() -> listings.findBySellerAndTitle("sam", "red chair"), "="));
    assertEquals(List.of(2L, 3L, 4L), oneFilteredQuery(() -> listings.findBySellerAndTitleNot("sam", "red chair"), "<>"));
  }

  @Test
  void ranges() {
    assertEquals(List.of(1L), oneFilteredQuery(() -> listings.findBySellerAndPriceLessThan("sam", 25), "<"));
    assertEquals(List.of(1L, 2L), oneFilteredQuery(() -> listings.findBySellerAndPriceLessThanEqual("sam", 25), "<="));
    assertEquals(List.of(3L, 4L), oneFilteredQuery(() -> listings.findBySellerAndPriceGreaterThan("sam", 25), ">"));
    assertEquals(List.of(3L, 4L), oneFilteredQuery(() -> listings.findBySellerAndPriceGreaterThanEqual("sam", 40), ">="));
    assertEquals(List.of(1L, 2L, 3L), oneFilteredQuery(() -> listings.findBySellerAndPriceBetween("sam", 10, 40), "BETWEEN"));
  }

  @Test
  void beginsWithAndContainsOnStrings() {
    assertEquals(List.of(1L, 3L), oneFilteredQuery(() -> listings.findBySellerAndTitleBeginsWith("sam", "red"), "begins_with("));
    assertEquals(List.of(1L, 3L, 4L), oneFilteredQuery(() -> listings.findBySellerAndTitleContains("sam", "r"), "contains("));
  }

  @Test
  void containsOnASetAndAList() {
    assertEquals(List.of(1L, 2L), oneFilteredQuery(() -> listings.findBySellerAndTagsContains("sam", "wood"), "contains("));
    assertEquals(List.of(1L, 4L), oneFilteredQuery(() -> listings.findBySellerAndSizesContains("sam", "M"), "contains("));
  }

  @Test
  void existsAndNotExists() {
    assertEquals(List.of(1L, 4L), oneFilteredQuery(() -> listings.findBySellerAndNoteExists("sam", true), "attribute_exists("));
    assertEquals(List.of(2L, 3L), oneFilteredQuery(() -> listings.findBySellerAndNoteExists("sam", false), "attribute_not_exists("));
  }

  @Test
  void inAndEqualityOnAnOptional() {
    assertEquals(List.of(1L, 3L, 4L),
        oneFilteredQuery(() -> listings.findBySellerAndColorIn("sam", List.of(Color.RED, Color.GREEN)), " IN "));
    assertEquals(List.of(4L), oneFilteredQuery(() -> listings.findBySellerAndNote("sam", "new"), "="));
  }

  @Test
  void anInFilterOfNoValuesFailsBeforeAnyRequest() {
    requests.clear();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> listings.findBySellerAndColorIn("sam", List.of()));
    assertTrue(e.getMessage().contains("DynamoDB allows 1 to 100"), e.getMessage());
    assertEquals(List.of(), requests);
  }

  @Test
  void aSortKeyRangeAndAFilterInOneQuery() {
    assertEquals(List.of(2L, 3L), oneFilteredQuery(
        () -> listings.findBySellerAndIdGreaterThanAndPriceLessThan("sam", 1, 50), "<"));
    QueryRequest query = (QueryRequest) requests.get(0);
    assertTrue(query.keyConditionExpression().contains(">"), query.keyConditionExpression());
  }

  @Test
  void aScanFiltersWithTheSameOperators() {
    requests.clear();
    List<String> found = listings.scanByColorNotAndPriceGreaterThan(Color.RED, 5)
        .map(listing -> listing.seller() + "/" + listing.id()).sorted().toList();
    assertEquals(List.of("sam/2", "sam/4"), found);
    ScanRequest scan = assertInstanceOf(ScanRequest.class, requests.get(0));
    assertTrue(scan.filterExpression().contains("<>") && scan.filterExpression().contains(">"), scan.filterExpression());
  }

  @Test
  void projectionOfADocumentAConvertedTypeAndAnOptional() {
    requests.clear();
    List<Place> places = listings.findPlacesBySeller("sam");
    assertEquals(List.of(
        new Place(1, OSLO, DEPOSIT, Optional.of("scratched")),
        new Place(2, null, null, Optional.empty()),
        new Place(3, null, null, Optional.empty()),
        new Place(4, null, null, Optional.of("new"))), places);
    QueryRequest query = assertInstanceOf(QueryRequest.class, requests.get(0));
    assertEquals(1, requests.size());
    Set<String> projected = Set.copyOf(query.expressionAttributeNames().values());
    assertTrue(projected.containsAll(Set.of("id", "address", "deposit", "note")), projected.toString());
    assertFalse(projected.contains("title"), projected.toString());
  }

  @Test
  void projectionIntoAJavaBean() {
    List<PriceBean> beans = listings.findPriceBeansBySellerAndPriceGreaterThan("sam", 30);
    assertEquals(List.of(3L, 4L), beans.stream().map(PriceBean::getId).toList());
    assertEquals(List.of(40L, 100L), beans.stream().map(PriceBean::getPrice).toList());
    assertEquals(List.of("red lamp", "green sofa"), beans.stream().map(PriceBean::getTitle).toList());
  }

  @Test
  void projectionIntoAnImmutableClassByGetItem() {
    requests.clear();
    Label label = listings.findLabelBySellerAndId("sam", 3).orElseThrow();
    assertEquals(3, label.getId());
    assertEquals("red lamp", label.getTitle());
    GetItemRequest get = assertInstanceOf(GetItemRequest.class, requests.get(0));
    assertNotNull(get.projectionExpression());
    assertEquals(Optional.empty(), listings.findLabelBySellerAndId("sam", 99));
    assertNull(requests.stream().filter(QueryRequest.class::isInstance).findFirst().orElse(null), "no Query for a full key");
  }
}
