package io.dynagen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generated metamodel and table accessor are typed by the model: a use that compares or
 * queries with a value of the wrong type is a javac error on the line of the mistake, and the
 * right uses compile without a warning.
 */
class TypeSafetyTest {
  private static final TestSource ADDRESS = TestSource.of("Address",
      "@Document public record Address(String city, int zipcode) {}");
  private static final TestSource LINE = TestSource.of("Line",
      "@Document public record Line(String sku, int quantity) {}");
  private static final TestSource USER = TestSource.of("User",
      "@Table(name = \"users\")",
      "public record User(",
      "    @PartitionKey String username,",
      "    @SortKey @Attribute(\"last_name\") String lastName,",
      "    Integer age,",
      "    Address address) {}");
  private static final TestSource ORDER = TestSource.of("Order",
      "@Table(name = \"orders\")",
      "public record Order(",
      "    @PartitionKey String customer,",
      "    @SortKey long number,",
      "    @IndexPartitionKey(\"by-status\") Status status,",
      "    @IndexSortKey(\"by-status\") @LocalIndexSortKey(\"by-date\") java.time.LocalDate date,",
      "    List<String> tags,",
      "    Map<String, Integer> quantities,",
      "    List<Line> lines,",
      "    Long orderId, Short small, Byte tiny, java.math.BigInteger huge, java.math.BigDecimal total,",
      "    double ratio) {",
      "  public enum Status { OPEN, SHIPPED }",
      "}");

  /** A class whose one method body is {@code statement}, marked as the line of the error. */
  private static TestSource use(String statement) {
    return TestSource.of("Use",
        "import io.dynagen.runtime.expr.SortKeyCondition;",
        "class Use {",
        "  Object use(UserTable users, OrderTable orders) {",
        "    return " + statement + "; // <-",
        "  }",
        "}");
  }

  private static Compilation compile(TestSource use) {
    return javac()
        .withProcessors(new DynagenProcessor())
        .withOptions("-Xlint:all", "-Xlint:-processing")
        .compile(ADDRESS.file(), LINE.file(), USER.file(), ORDER.file(), use.file());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "User_.age.eq(\"x\")",
      "User_.age.lt(\"27\")",
      "User_.age.set(\"26\")",
      "User_.age.in(1, \"2\")",
      "User_.username.gt(3)",
      "User_.address.zipcode.eq(\"90001\")",
      "User_.address.city.eq(90001)",
      "Order_.number.between(\"1\", \"9\")",
      "Order_.status.eq(\"OPEN\")",
      "Order_.status.lt(Order.Status.SHIPPED)",
      "Order_.status.between(Order.Status.OPEN, Order.Status.SHIPPED)",
      "Order_.quantities.get(\"apples\").gt(\"3\")",
      "Order_.tags.get(0).lt(1)",
      "Order_.lines.get(0).quantity.eq(\"1\")",
      "Order_.lines.get(0).sku.plus(1)",
      "Order_.tags.append(1)",
      "Order_.orderId.gt(\"5\")",
      "Order_.orderId.gt(5.5)",
      "Order_.orderId.between(\"1\", 9)",
      "Order_.total.eq(\"5\")",
      "Order_.huge.set(\"5\")",
      "Order_.orderId.plus(\"1\")",
  })
  void aPathComparedOrSetWithAValueOfTheWrongTypeDoesNotCompile(String statement) {
    assertOnlyErrorIsOnItsLine(statement);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "orders.query(\"ann\", SortKeyCondition.eq(\"1\"))",
      "orders.query(\"ann\", SortKeyCondition.between(\"1\", \"9\"))",
      "orders.query(\"ann\", SortKeyCondition.between(1.5, 9.5))",
      "orders.query(\"ann\", SortKeyCondition.gt(\"5\"))",
      "users.query(\"janedoe\", SortKeyCondition.between(1000, 2000))",
      "orders.byStatusIndex().query(Order.Status.OPEN, SortKeyCondition.gt(20240501))",
      "orders.byDateIndex().query(\"ann\", SortKeyCondition.beginsWith(\"2024\"))",
      "orders.byStatusIndex().query(\"OPEN\")",
      "orders.get(\"ann\", \"1\")",
      "users.get(\"janedoe\")",
      "users.query(\"janedoe\", SortKeyCondition.eq(1))",
  })
  void aKeyOrSortKeyConditionOfTheWrongTypeDoesNotCompile(String statement) {
    assertOnlyErrorIsOnItsLine(statement);
  }

  /** The compilation of {@code statement} fails with one error, on its line: the models are fine. */
  private static void assertOnlyErrorIsOnItsLine(String statement) {
    TestSource use = use(statement);
    Compilation compilation = compile(use);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("").inFile(use.file()).onLine(use.markedLine());
  }

  @Test
  void theRightUsesCompileWithoutWarnings() {
    TestSource use = TestSource.of("Use",
        "import io.dynagen.runtime.expr.Condition;",
        "import io.dynagen.runtime.expr.SortKeyCondition;",
        "import io.dynagen.runtime.expr.Update;",
        "import io.dynagen.runtime.table.read.Query;",
        "class Use {",
        "  Condition conditions() {",
        "    return User_.age.eq(26).and(User_.age.lt(27)).and(User_.age.in(1, 2))",
        "        .and(User_.username.gt(\"a\")).and(User_.address.zipcode.eq(90001))",
        "        .and(User_.address.city.beginsWith(\"Los\")).and(Order_.number.between(1L, 9L))",
        "        .and(Order_.status.eq(Order.Status.OPEN)).and(Order_.quantities.get(\"apples\").gt(3))",
        "        .and(Order_.tags.get(0).lt(\"m\")).and(Order_.lines.get(0).quantity.eq(1))",
        "        .and(Order_.lines.get(0).sku.beginsWith(\"A\")).and(Order_.date.beginsWith(\"2024\"));",
        "  }",
        "  Update update() {",
        "    return Update.of(User_.age.set(26), Order_.tags.append(\"x\"), Order_.lines.get(1).quantity.plus(1));",
        "  }",
        "  List<Query<Order>> queries(OrderTable orders, UserTable users) {",
        "    return List.of(orders.query(\"ann\", SortKeyCondition.between(1L, 9L)),",
        "        orders.byStatusIndex().query(Order.Status.OPEN,",
        "            SortKeyCondition.ge(java.time.LocalDate.of(2024, 5, 1))),",
        "        orders.byDateIndex().query(\"ann\", SortKeyCondition.lt(java.time.LocalDate.of(2024, 5, 1))));",
        "  }",
        "  Object user(UserTable users) {",
        "    return users.query(\"janedoe\", SortKeyCondition.beginsWith(\"Do\"));",
        "  }",
        "}");
    assertThat(compile(use)).succeededWithoutWarnings();
  }

  /** Any Java integer value is a valid operand for a number attribute of any Java number type. */
  @Test
  void integerValuesCompileForEveryNumberTypeWithoutWarnings() {
    TestSource use = TestSource.of("Use",
        "import io.dynagen.runtime.expr.Condition;",
        "import io.dynagen.runtime.expr.SortKeyCondition;",
        "import io.dynagen.runtime.expr.Update;",
        "import io.dynagen.runtime.table.read.Query;",
        "class Use {",
        "  Condition conditions(int i, short s, byte b) {",
        "    return Order_.orderId.gt(5).and(Order_.orderId.eq(5)).and(Order_.orderId.between(1000, 2000))",
        "        .and(Order_.number.lt(7)).and(Order_.number.ne(i)).and(Order_.small.ge(s)).and(Order_.tiny.le(b))",
        "        .and(Order_.huge.gt(5)).and(Order_.total.between(10, 20)).and(Order_.ratio.gt(1))",
        "        .and(Order_.quantities.get(\"apples\").eq(3)).and(Order_.orderId.gt(Long.valueOf(5)))",
        "        .and(Order_.ratio.lt(2.5)).and(Order_.total.eq(java.math.BigDecimal.ONE));",
        "  }",
        "  Update update() {",
        "    return Update.of(Order_.orderId.set(5), Order_.small.plus(1), Order_.tiny.minus(1),",
        "        Order_.huge.add(1), Order_.total.setIfAbsent(0));",
        "  }",
        "  List<Query<Order>> queries(OrderTable orders) {",
        "    return List.of(orders.query(\"ann\", SortKeyCondition.between(1000, 2000)),",
        "        orders.query(\"ann\", SortKeyCondition.eq(5)), orders.query(\"ann\", SortKeyCondition.gt(5L)),",
        "        orders.query(\"ann\", SortKeyCondition.lt(Long.valueOf(9))));",
        "  }",
        "}");
    assertThat(compile(use)).succeededWithoutWarnings();
  }
}
