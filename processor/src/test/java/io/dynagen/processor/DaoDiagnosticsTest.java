package io.dynagen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.dynagen.processor.Dynagen.assertOnlyError;
import static io.dynagen.processor.Dynagen.compile;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules of {@code @Dao} interfaces, one test each: the message, on the method (or the
 * annotation) at fault, and no implementation written.
 */
class DaoDiagnosticsTest {
  /**
   * Keys (customer, number); global indexes by-status (status, date) and by-status-total (status,
   * total), which fit {@code findByStatus} equally; local index by-date (customer, date); global
   * index by-coupon (coupon), which projects only the keys and total.
   */
  private static final TestSource ORDER = TestSource.of("Order",
      "@Table(name = \"orders\")",
      "public record Order(",
      "    @PartitionKey String customer,",
      "    @SortKey long number,",
      "    @IndexPartitionKey({\"by-status\", \"by-status-total\"}) Status status,",
      "    @IndexSortKey(\"by-status\") @LocalIndexSortKey(\"by-date\") String date,",
      "    @IndexSortKey(\"by-status-total\") long total,",
      "    String name,",
      "    List<String> tags,",
      "    @IndexPartitionKey(value = \"by-coupon\", projection = Projection.INCLUDE, include = \"total\") String coupon) {",
      "  public enum Status { OPEN, SHIPPED }",
      "}");

  /** A DAO of Order whose body is {@code lines}, the one at fault marked. */
  private static TestSource dao(String... lines) {
    String[] body = new String[lines.length + 3];
    body[0] = "import io.dynagen.runtime.table.read.Page;";
    body[1] = "@Dao(Order.class) public interface OrderDao {";
    System.arraycopy(lines, 0, body, 2, lines.length);
    body[body.length - 1] = "}";
    return TestSource.of("OrderDao", body);
  }

  private static void assertDaoError(TestSource dao, String tag, String... words) {
    assertOnlyError(compile(ORDER, dao), dao, tag, words);
  }

  @Test
  void daoOnAClass() {
    TestSource dao = TestSource.of("OrderDao", "@Dao(Order.class) public abstract class OrderDao {} // <-");
    assertDaoError(dao, "dao-not-interface", "@Dao is on OrderDao, which is not an interface");
  }

  @Test
  void genericInterface() {
    TestSource dao = TestSource.of("OrderDao", "@Dao(Order.class) public interface OrderDao<T> {} // <-");
    assertDaoError(dao, "dao-interface-shape", "@Dao interface OrderDao is generic, so Dynagen cannot implement it");
  }

  @Test
  void privateInterface() {
    TestSource dao = TestSource.of("Outer",
        "public class Outer {",
        "  @Dao(Order.class) private interface OrderDao {} // <-",
        "}");
    assertDaoError(dao, "dao-interface-shape", "@Dao interface OrderDao is private (or nested in a private type)");
  }

  @Test
  void entityThatIsNoTable() {
    TestSource dao = TestSource.of("OrderDao", "@Dao(String.class) public interface OrderDao {} // <-");
    assertDaoError(dao, "dao-entity-not-table", "String is neither a @Table class nor an @Entity of a single table");
  }

  @Test
  void unknownVerb() {
    assertDaoError(dao("  List<Order> fetchByCustomer(String customer); // <-"), "dao-unknown-method",
        "fetchByCustomer does not start with a verb", "find, get, exists, count, put, save, delete or scan");
  }

  @Test
  void unknownPropertyWithDidYouMean() {
    assertDaoError(dao("  List<Order> findByCustomr(String customer); // <-"), "dao-unknown-property",
        "findByCustomr names 'customr', which is not a property of Order; did you mean 'customer'?");
  }

  @Test
  void unknownOperatorWithDidYouMean() {
    assertDaoError(dao("  List<Order> findByCustomerAndNumberGreaterThen(String customer, long number); // <-"),
        "dao-unknown-operator", "follows 'number' with 'GreaterThen', which is no operator; did you mean 'GreaterThan'?");
  }

  @Test
  void wrongParameterCount() {
    assertDaoError(dao("  List<Order> findByCustomer(String customer, long number); // <-"), "dao-parameter-count",
        "findByCustomer takes 2 parameter(s) but its name asks for 1: (String customer)");
  }

  @Test
  void wrongParameterCountOfAPage() {
    assertDaoError(dao("  Page<Order> findByCustomer(String customer); // <-"), "dao-parameter-count",
        "(String customer, String cursor, int pageSize)");
  }

  @Test
  void parameterTypeThatDoesNotMatchTheAttribute() {
    assertDaoError(dao("  List<Order> findByCustomerAndNumberGreaterThan(String customer, String number); // <-"),
        "dao-parameter-type", "Parameter 'number' of findByCustomerAndNumberGreaterThan has type String, but property 'number' is long");
  }

  @Test
  void parametersOutOfOrder() {
    assertDaoError(dao("  List<Order> findByStatusAndDate(String date, Order.Status status); // <-"),
        "dao-parameter-order", "Parameter 'date' of findByStatusAndDate is compared with 'status', but is named as 'date'",
        "declare them in the order findByStatusAndDate compares the properties: status, date");
  }

  @Test
  void keyParametersOfAGetOutOfOrder() {
    // get names no property: the message says the order it takes, the key's
    assertDaoError(dao("  Optional<Order> get(long number, String customer); // <-"),
        "dao-parameter-order", "Parameter 'number' of get is compared with 'customer', but is named as 'number'",
        "declare them in the order get compares the properties: customer, number");
  }

  @Test
  void operatorOtherThanEqualsOnAPartitionKey() {
    assertDaoError(dao("  List<Order> findByCustomerGreaterThan(String customer); // <-"), "dao-key-operator",
        "applies GreaterThan to key 'customer', but DynamoDB compares a partition key only for equality");
  }

  @Test
  void beginsWithOnANumberKey() {
    assertDaoError(dao("  List<Order> findByCustomerAndNumberBeginsWith(String customer, long number); // <-"),
        "dao-key-operator", "applies BeginsWith to key 'number'", "'number' is stored as a number");
  }

  @Test
  void inOnWhatIsNotTheFullKey() {
    assertDaoError(dao("  List<Order> findByStatusIn(Collection<Order.Status> statuses); // <-"), "dao-key-operator",
        "applies In to key 'status'", "only to the last key of the table's full key");
  }

  @Test
  void unsupportedReturnType() {
    assertDaoError(dao("  Set<Order> findByCustomer(String customer); // <-"), "dao-return-type",
        "findByCustomer returns Set<Order>, which a find cannot; return Optional<Order>, List<Order>");
  }

  @Test
  void twoIndexesThatFitEqually() {
    assertDaoError(dao("  List<Order> findByStatus(Order.Status status); // <-"), "dao-ambiguous-index",
        "findByStatus fits indexes 'by-status', 'by-status-total' equally; name the one to read with @UseIndex(\"by-status\")");
  }

  @Test
  void useIndexNamingNoIndex() {
    assertDaoError(dao("  @UseIndex(\"by-stauts\") List<Order> findByStatus(Order.Status status); // <-"),
        "dao-unknown-index", "@UseIndex(\"by-stauts\") names no index of Order; did you mean 'by-status'?");
  }

  @Test
  void useIndexNamingAnIndexOfOtherKeys() {
    assertDaoError(dao("  @UseIndex(\"by-date\") List<Order> findByStatus(Order.Status status); // <-"),
        "dao-index-mismatch", "@UseIndex names index 'by-date' (customer, date), whose keys do not include the partition key 'status'");
  }

  @Test
  void projectionComponentThatIsNoProperty() {
    assertDaoError(dao("  record Summary(String customer, long numbr) {}",
            "  List<Summary> findSummariesByCustomer(String customer); // <-"),
        "dao-projection-component", "returns List<Summary>, whose component 'numbr' is not a property of Order; did you mean 'number'?");
  }

  @Test
  void projectionComponentOfAnotherType() {
    assertDaoError(dao("  record Summary(String customer, int number) {}",
            "  List<Summary> findSummariesByCustomer(String customer); // <-"),
        "dao-projection-type", "whose component 'number' has type int, but property 'number' of Order is long");
  }

  @Test
  void readOfAGlobalIndexThatDoesNotProjectWhatIsReturned() {
    assertDaoError(dao("  List<Order> findByCoupon(String coupon); // <-"), "dao-index-projection",
        "findByCoupon reads global index 'by-coupon' (coupon), which projects INCLUDE, so its items would come without 'status', 'date', 'name', 'tags'");
  }

  @Test
  void projectionOfWhatAGlobalIndexProjectsCompiles() {
    TestSource dao = dao("  record Total(String customer, long number, long total) {}",
        "  List<Total> findTotalsByCoupon(String coupon);",
        "  long countByCoupon(String coupon);");
    assertThat(compile(ORDER, dao).compilation()).succeededWithoutWarnings();
  }

  @Test
  void nameThatWouldNeedAScan() {
    assertDaoError(dao("  List<Order> findByDate(String date); // <-"), "dao-needs-scan",
        "findByDate would need a Scan: 'date' is the partition key of no table or index",
        "the closest is index 'by-status' (status, date), which needs 'status' first",
        "customer of the table, status of index 'by-status'", "scan...");
  }

  @Test
  void countOfEverythingWouldNeedAScan() {
    assertDaoError(dao("  long count(); // <-"), "dao-needs-scan", "count would need a Scan: it names no key");
  }

  @Test
  void conditionOnANonKeyWithoutFilter() {
    assertDaoError(dao("  List<Order> findByCustomerAndName(String customer, String name); // <-"),
        "dao-implicit-filter", "findByCustomerAndName compares 'name', which is no key of the table (customer, number)",
        "mark the parameter @Filter");
  }

  @Test
  void everyFilterOperatorOnAnAttributeThatTakesItCompiles() {
    TestSource dao = dao(
        "  List<Order> findByCustomerAndNameNot(String customer, @Filter String name);",
        "  List<Order> findByCustomerAndTotalLessThan(String customer, @Filter long total);",
        "  List<Order> findByCustomerAndTotalLessThanEqual(String customer, @Filter Long total);",
        "  List<Order> findByCustomerAndTotalGreaterThan(String customer, @Filter long total);",
        "  List<Order> findByCustomerAndTotalGreaterThanEqual(String customer, @Filter long total);",
        "  List<Order> findByCustomerAndTotalBetween(String customer, @Filter long low, @Filter long high);",
        "  List<Order> findByCustomerAndNameBeginsWith(String customer, @Filter String prefix);",
        "  List<Order> findByCustomerAndNameContains(String customer, @Filter String part);",
        "  List<Order> findByCustomerAndTagsContains(String customer, @Filter String tag);",
        "  List<Order> findByCustomerAndCouponExists(String customer, @Filter boolean exists);",
        "  List<Order> findByCustomerAndStatusIn(String customer, @Filter Set<Order.Status> statuses);",
        "  List<Order> scanByStatusNotAndTotalGreaterThan(Order.Status status, long total);");
    assertThat(compile(ORDER, dao).compilation()).succeededWithoutWarnings();
  }

  @Test
  void rangeFilterOnAnEnum() {
    assertDaoError(dao("  List<Order> findByCustomerAndStatusGreaterThan(String customer, @Filter Order.Status status); // <-"),
        "dao-filter-operator", "findByCustomerAndStatusGreaterThan applies GreaterThan to 'status', but DynamoDB would compare "
            + "its stored form, and an enum is stored as its constant's name", "compare it with Equals, Not or In");
  }

  @Test
  void beginsWithFilterOnANumber() {
    assertDaoError(dao("  List<Order> findByCustomerAndTotalBeginsWith(String customer, @Filter long total); // <-"),
        "dao-filter-operator", "applies BeginsWith to 'total', but begins_with applies to string and binary attributes, "
            + "and 'total' is stored as a number; select a range with Between");
  }

  @Test
  void containsFilterOnANumber() {
    assertDaoError(dao("  List<Order> findByCustomerAndTotalContains(String customer, @Filter long total); // <-"),
        "dao-filter-operator", "applies Contains to 'total', but contains applies to strings (a substring), sets and lists "
            + "(an element), and 'total' is stored as a number");
  }

  @Test
  void equalityFilterOnAList() {
    assertDaoError(dao("  List<Order> findByCustomerAndTags(String customer, @Filter List<String> tags); // <-"),
        "dao-filter-operator", "applies Equals to 'tags', but Equals compares single values, and 'tags' is a list; "
            + "filter by an element with Contains");
  }

  @Test
  void batchGetWithAParameterThatIsNoCollection() {
    assertDaoError(dao("  List<Order> findByCustomerAndNumberIn(String customer, long numbers); // <-"),
        "dao-parameter-type", "Parameter 'numbers' of findByCustomerAndNumberIn has type long, but the In (batch get) "
            + "of key 'number' is a Collection<Long>; declare it as a Collection<Long>");
  }

  @Test
  void inFilterWithAParameterThatIsNoCollection() {
    assertDaoError(dao("  List<Order> findByCustomerAndStatusIn(String customer, @Filter Order.Status status); // <-"),
        "dao-parameter-type", "Parameter 'status' of findByCustomerAndStatusIn has type Status, but the In filter on "
            + "property 'status' is a Collection<Status>");
  }

  @Test
  void numberFilterWithAStringParameter() {
    assertDaoError(dao("  List<Order> findByCustomerAndTotalGreaterThan(String customer, @Filter String total); // <-"),
        "dao-parameter-type", "Parameter 'total' of findByCustomerAndTotalGreaterThan has type String, but the GreaterThan "
            + "filter on property 'total' is long");
  }

  @Test
  void existsFilterWithAParameterThatIsNoBoolean() {
    assertDaoError(dao("  List<Order> findByCustomerAndCouponExists(String customer, @Filter String coupon); // <-"),
        "dao-parameter-type", "the Exists filter on property 'coupon' is boolean (true: the attribute exists; false: it does not)");
  }

  @Test
  void filterOperatorOnTheSortKeyWithoutFilter() {
    assertDaoError(dao("  List<Order> findByCustomerAndNumberNot(String customer, long number); // <-"),
        "dao-key-operator", "applies Not to key 'number', but a Query's key condition takes only equals, LessThan",
        "and DynamoDB takes no key of what a Query reads in its filter either; compare it with one of those, or read"
            + " the partition and filter the items in Java, in a default method on table()");
  }

  @Test
  void filterOnTheSortKeyOfTheTableRead() {
    // DynamoDB refuses the Query: "Filter Expression can only contain non-primary key attributes"
    assertDaoError(dao("  List<Order> findByCustomerAndNumberNot(String customer, @Filter long number); // <-"),
        "dao-key-operator", "findByCustomerAndNumberNot applies Not to key 'number', but it is a key of the table"
            + " (customer, number) that the method queries, and DynamoDB takes no key of what a Query reads in its"
            + " filter, @Filter or not; compare it in the key condition, without @Filter");
  }

  @Test
  void filterOnTheSortKeyOfTheIndexRead() {
    assertDaoError(dao("  @UseIndex(\"by-status\") List<Order> findByStatusAndDate(Order.Status status, @Filter String date); // <-"),
        "dao-key-operator", "applies Equals to key 'date', but it is a key of index 'by-status' (status, date)");
  }

  @Test
  void filterOnTheTablesKeysInAQueryOfAnIndexCompiles() {
    TestSource dao = dao("  @UseIndex(\"by-status\") List<Order> findByStatusAndNumberGreaterThan(Order.Status status,"
            + " @Filter long number);",
        "  @UseIndex(\"by-status\") List<Order> findByStatusAndCustomer(Order.Status status, @Filter String customer);");
    assertThat(compile(ORDER, dao).compilation()).succeededWithoutWarnings();
  }

  /** A DAO of the single-table entity type Order of {@link ShopModel}, with {@code lines}. */
  private static Dynagen.Run compileShopDao(TestSource dao) {
    List<TestSource> sources = new ArrayList<>(ShopModel.ALL);
    sources.add(dao);
    return compile(sources.toArray(TestSource[]::new));
  }

  @Test
  void filterOperatorsOnASingleTableEntityCompile() {
    TestSource dao = TestSource.of("OrderDao",
        "@Dao(Order.class) public interface OrderDao {",
        "  List<Order> findByCustomerIdAndStatusNot(String customerId, @Filter String status);",
        "  List<Order> findByCustomerIdAndStatusContains(String customerId, @Filter String part);",
        "  List<Order> findByCustomerIdAndStatusIn(String customerId, @Filter Set<String> statuses);",
        "  List<Order> findByCustomerIdAndTotalBetween(String customerId, @Filter java.math.BigDecimal low,",
        "      @Filter java.math.BigDecimal high);",
        "  List<Order> findByCustomerIdAndTotalExists(String customerId, @Filter boolean exists);",
        "}");
    assertThat(compileShopDao(dao).compilation()).succeededWithoutWarnings();
  }

  @Test
  void filterOperatorOnASingleTableSortPlaceholderWithoutFilter() {
    TestSource dao = TestSource.of("OrderDao",
        "@Dao(Order.class) public interface OrderDao {",
        "  List<Order> findByCustomerIdAndCreatedAtExists(String customerId, boolean exists); // <-",
        "}");
    assertOnlyError(compileShopDao(dao), dao, "dao-key-operator",
        "applies Exists to key 'createdAt', but a Query's key condition takes only equals", "mark the parameter @Filter");
  }

  /** An item with a property the metamodel has no path for. */
  private static final TestSource NOTES = TestSource.of("Note",
      "@Table public record Note(@PartitionKey String id, List<Optional<String>> lines) {}");

  @Test
  void filterOnAPropertyWithoutAMetamodelPath() {
    TestSource dao = TestSource.of("NoteDao",
        "@Dao(Note.class) public interface NoteDao {",
        "  List<Note> scanByLinesExists(boolean exists); // <-",
        "}");
    assertOnlyError(compile(NOTES, dao), dao, "dao-unsupported-filter",
        "scanByLinesExists filters on 'lines', but the metamodel has no path for it (an Optional or an enum-keyed map inside a collection)");
  }

  @Test
  void projectionOfAPropertyWithoutAMetamodelPath() {
    TestSource dao = TestSource.of("NoteDao",
        "@Dao(Note.class) public interface NoteDao {",
        "  record Lines(String id, List<Optional<String>> lines) {}",
        "  Optional<Lines> findLinesById(String id); // <-",
        "}");
    assertOnlyError(compile(NOTES, dao), dao, "dao-projection-class",
        "findLinesById returns Optional<Lines>, which Dynagen cannot fill: property 'lines' of Note has no metamodel path",
        "return Note itself, or leave 'lines' out");
  }

  @Test
  void projectionComponentWithADynagenAnnotation() {
    assertDaoError(dao("  record Summary(String customer, @Attribute(\"n\") long number) {}",
            "  List<Summary> findSummariesByCustomer(String customer); // <-"),
        "dao-projection-class", "its property 'number' carries @Attribute, which a projection does not read",
        "remove @Attribute from the projection");
  }

  @Test
  void projectionThatIsAbstract() {
    assertDaoError(dao("  abstract class Summary { public String customer; }",
            "  List<Summary> findSummariesByCustomer(String customer); // <-"),
        "dao-projection-class", "findSummariesByCustomer returns List<Summary>, which Dynagen cannot fill: it is abstract");
  }

  @Test
  void projectionWithoutAConstructorToCall() {
    assertDaoError(dao("  final class Summary {",
            "    private final String customer;",
            "    Summary(String customer, int extra) { this.customer = customer; }",
            "    public String getCustomer() { return customer; }",
            "  }",
            "  List<Summary> findSummariesByCustomer(String customer); // <-"),
        "dao-projection-class", "it has no constructor generated code can call",
        "add a no-arg constructor and setters, or a constructor whose parameters are named as its properties");
  }

  @Test
  void projectionPropertyThatCannotBeSet() {
    assertDaoError(dao("  final class Summary {",
            "    private String customer;",
            "    private long number;",
            "    public Summary() {}",
            "    public String getCustomer() { return customer; }",
            "    public void setCustomer(String customer) { this.customer = customer; }",
            "    public long getNumber() { return number; }",
            "  }",
            "  List<Summary> findSummariesByCustomer(String customer); // <-"),
        "dao-projection-class", "its property 'number' can be read but never set", "add a setter setNumber");
  }

  @Test
  void projectionsOfEveryShapeCompile() {
    TestSource dao = dao(
        "  record Boxed(String customer, Long number) {}",
        "  record Generic<T>(String customer, T number) {}",
        "  final class Bean {",
        "    private String customer;",
        "    private long total;",
        "    public String getCustomer() { return customer; }",
        "    public void setCustomer(String customer) { this.customer = customer; }",
        "    public long getTotal() { return total; }",
        "    public void setTotal(long total) { this.total = total; }",
        "  }",
        "  final class Immutable {",
        "    private final String customer;",
        "    private final Order.Status status;",
        "    public Immutable(String customer, Order.Status status) { this.customer = customer; this.status = status; }",
        "    public String customer() { return customer; }",
        "    public Order.Status status() { return status; }",
        "  }",
        "  List<Boxed> findBoxedByCustomer(String customer);",
        "  List<Generic<Long>> findGenericByCustomer(String customer);",
        "  Optional<Bean> findBeanByCustomerAndNumber(String customer, long number);",
        "  Page<Immutable> findImmutableByCustomer(String customer, String cursor, int pageSize);");
    assertThat(compile(ORDER, dao).compilation()).succeededWithoutWarnings();
  }

  @Test
  void orderByWhatIsNotTheSortKeyRead() {
    assertDaoError(dao("  List<Order> findByCustomerOrderByTotalDesc(String customer); // <-"), "dao-order-by",
        "orders by 'total', but reads the table (customer, number)");
  }

  @Test
  void deleteByPartOfTheKey() {
    assertDaoError(dao("  void deleteByCustomer(String customer); // <-"), "dao-delete-key",
        "deleteByCustomer deletes by what is not the full key of the table (customer, number)",
        "deleteByCustomerAndNumber");
  }

  @Test
  void putWithConditions() {
    assertDaoError(dao("  void saveByCustomer(Order order); // <-"), "dao-put-by",
        "saveByCustomer: a put writes the whole item it is given, so its name takes no By conditions");
  }

  @Test
  void methodsOfAGenericSuperInterfaceAndScansOfAnIndexAreImplemented() {
    TestSource base = TestSource.of("Repository",
        "public interface Repository<T> {",
        "  void save(T item);",
        "  void delete(T item);",
        "  List<T> scanAll();",
        "}");
    TestSource dao = TestSource.of("OrderDao",
        "@Dao(Order.class) public interface OrderDao extends Repository<Order> {",
        "  @Override void delete(Order item);",
        "  @UseIndex(\"by-date\") List<Order> scanDates();",
        "}");
    Dynagen.Run run = compile(ORDER, base, dao);
    assertThat(run.compilation()).succeededWithoutWarnings();
    assertThat(run.compilation()).generatedSourceFile("test.OrderDaoImpl").contentsAsUtf8String()
        .contains("this.table.byDateIndex().scan().toList()");
  }

  @Test
  void tableMethodOfAnotherType() {
    assertDaoError(dao("  String table(); // <-"), "dao-table-method", "OrderDao.table()", "declared OrderTable table()");
  }

  @Test
  void typeThatNeverExists() {
    TestSource dao = dao("  List<Missing> findByCustomer(String customer); // <-");
    Compilation compilation = compile(ORDER, dao).compilation();
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[dynagen:dao-unresolved-type] findByCustomer needs type Missing")
        .inFile(dao.file())
        .onLine(dao.markedLine());
  }
}
