package io.dynagen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.dynagen.processor.Dynagen.assertOnlyError;
import static io.dynagen.processor.Dynagen.compile;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules of {@code @Dao} interfaces over single-table design (the shop model of
 * docs/single-table.md), one test each: the message, on the method at fault, and no
 * implementation written. Never a Scan: what no key template answers does not compile.
 */
class SingleTableDaoDiagnosticsTest {

  /** A DAO of {@code type} whose body is {@code lines}, the one at fault marked. */
  private static TestSource dao(String type, String... lines) {
    String[] body = new String[lines.length + 4];
    body[0] = "import java.time.Instant;";
    body[1] = "import io.dynagen.runtime.table.read.Page;";
    body[2] = "@Dao(" + type + ".class) public interface " + type + "Dao {";
    System.arraycopy(lines, 0, body, 3, lines.length);
    body[body.length - 1] = "}";
    return TestSource.of(type + "Dao", body);
  }

  private static void assertDaoError(TestSource dao, String tag, String... words) {
    List<TestSource> sources = new ArrayList<>(ShopModel.ALL);
    sources.add(dao);
    assertOnlyError(compile(sources.toArray(TestSource[]::new)), dao, tag, words);
  }

  @Test
  void conditionOnASortPlaceholderThatIsNotTheFirst() {
    assertDaoError(dao("Order", "  List<Order> findByCustomerIdAndOrderId(String customerId, String orderId); // <-"),
        "dao-sort-placeholder", "findByCustomerIdAndOrderId compares 'orderId', which is not the first placeholder of"
            + " the sort template ORDER#{createdAt}#{orderId} of the table", "it applies to 'createdAt' alone");
  }

  @Test
  void keyParametersOfAGetOutOfTemplateOrder() {
    assertDaoError(dao("Order", "  Optional<Order> get(String customerId, String orderId, Instant createdAt); // <-"),
        "dao-parameter-order", "Parameter 'orderId' of get is compared with 'createdAt', but is named as 'orderId'",
        "declare them in the order get compares the properties: customerId, createdAt, orderId");
  }

  @Test
  void rangeAfterTheFirstSortPlaceholder() {
    assertDaoError(dao("Order",
            "  List<Order> findByCustomerIdAndCreatedAtAndOrderIdGreaterThan(String customerId, Instant createdAt,"
                + " String orderId); // <-"),
        "dao-sort-placeholder", "compares 'orderId', which is not the first placeholder");
  }

  @Test
  void rangeOnAStringPlaceholder() {
    assertDaoError(dao("OrderLine",
            "  List<OrderLine> findByCustomerIdAndOrderIdGreaterThan(String customerId, String orderId); // <-"),
        "dao-placeholder-range", "findByCustomerIdAndOrderIdGreaterThan applies GreaterThan to 'orderId', a String"
            + " placeholder of the sort template LINE#{orderId}#{lineNo}", "compare it for equality or with BeginsWith");
  }

  @Test
  void prefixOfATimePlaceholder() {
    assertDaoError(dao("Order",
            "  List<Order> findByCustomerIdAndCreatedAtBeginsWith(String customerId, Instant createdAt); // <-"),
        "dao-key-operator", "applies BeginsWith to key 'createdAt', but only a String placeholder has a prefix");
  }

  @Test
  void propertyThatIsNoPartitionPlaceholder() {
    assertDaoError(dao("Order", "  List<Order> findByStatus(String status); // <-"), "dao-needs-scan",
        "findByStatus would need a Scan: 'status' is the first placeholder of no partition template",
        "query by a partition key (customerId of the table, orderId of index 'GSI1')");
  }

  @Test
  void propertyThatIsNoKeyPlaceholderWithoutFilter() {
    assertDaoError(dao("Order", "  List<Order> findByCustomerIdAndStatus(String customerId, String status); // <-"),
        "dao-implicit-filter", "findByCustomerIdAndStatus compares 'status', which is no key of the table"
            + " (CUSTOMER#{customerId} / ORDER#{createdAt}#{orderId})", "mark the parameter @Filter");
  }

  @Test
  void fullKeyReadAsAList() {
    assertDaoError(dao("Order",
            "  List<Order> findByCustomerIdAndCreatedAtAndOrderId(String customerId, Instant createdAt, String orderId); // <-"),
        "dao-return-type", "a read of one item by its full key ByCustomerIdAndCreatedAtAndOrderId cannot",
        "return Optional<Order>, or boolean from an exists");
  }

  @Test
  void deleteByLessThanTheFullKey() {
    assertDaoError(dao("Order", "  void deleteByCustomerId(String customerId); // <-"), "dao-delete-key",
        "deleteByCustomerId deletes by what is not the full key of the table (CUSTOMER#{customerId} /"
            + " ORDER#{createdAt}#{orderId})", "deleteByCustomerIdAndCreatedAtAndOrderId");
  }

  @Test
  void orderByAPlaceholderThatIsNotTheFirstOfTheSortTemplate() {
    assertDaoError(dao("Order", "  List<Order> findByCustomerIdOrderByOrderIdDesc(String customerId); // <-"),
        "dao-order-by", "findByCustomerIdOrderByOrderIdDesc orders by 'orderId', but reads the table");
  }

  @Test
  void useIndexNamingNoSharedIndexOfTheEntity() {
    assertDaoError(dao("Order", "  @UseIndex(\"GSI2\") List<Order> findByOrderId(String orderId); // <-"),
        "dao-unknown-index", "findByOrderId: @UseIndex(\"GSI2\") names no index of Order; did you mean 'GSI1'?");
  }

  @Test
  void useIndexWhoseTemplatesDoNotStartWithTheNamesKeys() {
    assertDaoError(dao("Order", "  @UseIndex(\"GSI1\") List<Order> findByCustomerId(String customerId); // <-"),
        "dao-index-mismatch", "findByCustomerId: @UseIndex names index 'GSI1' (ORDER#{orderId} / ORDER), whose keys do"
            + " not include the partition placeholder 'customerId' the name gives");
  }

  @Test
  void useIndexOfTheEntityCompiles() {
    List<TestSource> sources = new ArrayList<>(ShopModel.ALL);
    sources.add(dao("Order", "  @UseIndex(\"GSI1\") Optional<Order> findByOrderId(String orderId);"));
    assertThat(compile(sources.toArray(TestSource[]::new)).compilation()).succeededWithoutWarnings();
  }

  @Test
  void scanOfAnEntityType() {
    assertDaoError(dao("Order", "  List<Order> scanAll(); // <-"), "dao-single-table-scan",
        "scanAll asks for a Scan of single table ShopItem, which reads every item of every entity type");
  }

  @Test
  void tableMethodOfAnEntityDaoIsTheRootsTable() {
    assertDaoError(dao("Order", "  ShopItemTable.Orders table(); // <-"), "dao-table-method",
        "OrderDao.table() gives default methods the generated table and must be declared ShopItemTable table()");
  }

  @Test
  void rootDaoNamingPlaceholdersOfNoCollection() {
    assertDaoError(dao("ShopItem",
            "  List<ShopItem> findByCustomerIdAndOrderId(String customerId, String orderId); // <-"),
        "dao-no-collection", "findByCustomerIdAndOrderId names (customerId, orderId), which are the partition"
            + " placeholders of no item collection of ShopItem",
        "customer of the table (customerId), order of index 'GSI1' (orderId)");
  }

  @Test
  void rootDaoWithAFilter() {
    assertDaoError(dao("ShopItem", "  List<ShopItem> findByCustomerIdAndOrderId(String customerId, @Filter String orderId); // <-"),
        "dao-unsupported-filter", "an item collection holds several entity types");
  }

  @Test
  void rootDaoDeletingByKey() {
    assertDaoError(dao("ShopItem", "  void deleteByCustomerId(String customerId); // <-"), "dao-delete-key",
        "is not the full key of an entity type of ShopItem", "delete(ShopItem item)");
  }

  /** Two entity types whose partition templates hold the same placeholder: two collections by {@code id}. */
  private static final List<TestSource> TWO_COLLECTIONS = List.of(
      TestSource.of("Thing", "@Table(name = \"things\")", "public sealed interface Thing permits Apple, Pear {}"),
      TestSource.of("Apple", "@Entity(partitionKey = \"APPLE#{id}\", sortKey = \"A\")",
          "public record Apple(String id) implements Thing {}"),
      TestSource.of("Pear", "@Entity(partitionKey = \"PEAR#{id}\", sortKey = \"P\")",
          "public record Pear(String id) implements Thing {}"));

  @Test
  void rootDaoFittingTwoCollections() {
    TestSource dao = dao("Thing", "  List<Thing> findById(String id); // <-");
    List<TestSource> sources = new ArrayList<>(TWO_COLLECTIONS);
    sources.add(dao);
    assertOnlyError(compile(sources.toArray(TestSource[]::new)), dao, "dao-ambiguous-collection",
        "findById fits the item collections collection 'apple' of the table (APPLE#{id}), collection 'pear' of the"
            + " table (PEAR#{id}) equally", "name the one to read between the verb and By (findAppleBy...)");
  }

  @Test
  void rootDaoNamingTheCollectionInItsSubject() {
    TestSource dao = dao("Thing", "  List<Thing> findPearById(String id);", "  List<Thing> findAppleCollectionById(String id);");
    List<TestSource> sources = new ArrayList<>(TWO_COLLECTIONS);
    sources.add(dao);
    assertThat(compile(sources.toArray(TestSource[]::new)).compilation()).succeededWithoutWarnings();
  }
}
