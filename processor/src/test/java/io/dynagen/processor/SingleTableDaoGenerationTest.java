package io.dynagen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * DAOs of single-table design, of an entity type and of the sealed root, compile to
 * implementations without lint warnings, every method shape of docs/daos.md included.
 */
class SingleTableDaoGenerationTest {
  static final TestSource ORDER_DAO = TestSource.of("OrderDao",
      "import io.dynagen.runtime.table.read.Page;",
      "import java.time.Instant;",
      "import java.util.stream.Stream;",
      "@Dao(Order.class) public interface OrderDao {",
      "  Optional<Order> get(String customerId, Instant createdAt, String orderId);",
      "  Optional<Order> findByCustomerIdAndCreatedAtAndOrderId(String customerId, Instant createdAt, String orderId);",
      "  boolean existsByCustomerIdAndCreatedAtAndOrderId(String customerId, Instant createdAt, String orderId);",
      "  void save(Order order);",
      "  Order put(Order order);",
      "  void delete(Order order);",
      "  void deleteByCustomerIdAndCreatedAtAndOrderId(String customerId, Instant createdAt, String orderId);",
      "  Optional<Order> removeByCustomerIdAndCreatedAtAndOrderId(String customerId, Instant createdAt, String orderId);",
      "  List<Order> findByCustomerId(String customerId);",
      "  List<Order> findByCustomerIdOrderByCreatedAtDesc(String customerId);",
      "  Stream<Order> streamByCustomerIdAndCreatedAtBetween(String customerId, Instant from, Instant to);",
      "  Iterable<Order> findByCustomerIdAndCreatedAtGreaterThanEqual(String customerId, Instant from);",
      "  Page<Order> findByCustomerId(String customerId, String cursor, int pageSize);",
      "  Optional<Order> findFirstByCustomerIdOrderByCreatedAtDesc(String customerId);",
      "  long countByCustomerId(String customerId);",
      "  boolean existsByCustomerId(String customerId);",
      "  Optional<Order> findByOrderId(String orderId);",
      "  List<Order> findByCustomerIdAndStatus(String customerId, @Filter String status);",
      "  ShopItemTable table();",
      "}");
  static final TestSource ORDER_LINE_DAO = TestSource.of("OrderLineDao",
      "@Dao(OrderLine.class) public interface OrderLineDao {",
      "  List<OrderLine> findByCustomerIdAndOrderId(String customerId, String orderId);",
      "  List<OrderLine> findByCustomerIdAndOrderIdBeginsWith(String customerId, String orderId);",
      "  List<OrderLine> findByOrderId(String orderId);",
      "  List<OrderLine> findByOrderIdAndLineNoLessThan(String orderId, int lineNo);",
      "  Optional<OrderLine> get(String customerId, String orderId, int lineNo);",
      "}");
  static final TestSource CUSTOMER_DAO = TestSource.of("CustomerDao",
      "@Dao(Customer.class) public interface CustomerDao {",
      "  Optional<Customer> findByCustomerId(String customerId);",
      "  void save(Customer customer);",
      "  void deleteByCustomerId(String customerId);",
      "}");
  static final TestSource SHOP_DAO = TestSource.of("ShopDao",
      "import io.dynagen.runtime.table.read.Page;",
      "import java.util.stream.Stream;",
      "@Dao(ShopItem.class) public interface ShopDao {",
      "  List<ShopItem> findByCustomerId(String customerId);",
      "  Stream<ShopItem> streamByCustomerId(String customerId);",
      "  Page<ShopItem> findByCustomerId(String customerId, String cursor, int pageSize);",
      "  Optional<ShopItem> findFirstByOrderId(String orderId);",
      "  List<ShopItem> findByOrderId(String orderId);",
      "  long countByCustomerId(String customerId);",
      "  void save(ShopItem item);",
      "  void put(Order order);",
      "  void delete(ShopItem item);",
      "}");

  @Test
  void daosOfAnEntityAndOfTheRootGenerateWithoutWarnings() {
    List<JavaFileObject> files = new ArrayList<>();
    ShopModel.ALL.forEach(source -> files.add(source.file()));
    for (TestSource dao : List.of(ORDER_DAO, ORDER_LINE_DAO, CUSTOMER_DAO, SHOP_DAO)) {
      files.add(dao.file());
    }
    Compilation compilation = javac()
        .withProcessors(new DynagenProcessor())
        .withOptions("-Xlint:all,-processing", "-Werror")
        .compile(files);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.OrderDaoImpl");
    assertThat(compilation).generatedSourceFile("test.ShopDaoImpl");
    if (Boolean.getBoolean("dynagen.printGenerated")) {
      for (String name : List.of("test.OrderDaoImpl", "test.OrderLineDaoImpl", "test.CustomerDaoImpl", "test.ShopDaoImpl")) {
        try {
          System.out.println(compilation.generatedSourceFile(name).orElseThrow().getCharContent(true));
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
    }
  }
}
