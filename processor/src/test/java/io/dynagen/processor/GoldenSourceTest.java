package io.dynagen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated schemas, table accessors and metamodels of a bean, a record with indexes and a
 * document, the DAOs of both, and the DAOs of a single table's entity type and sealed root, compared with reviewed golden sources. After a deliberate change to the writers, regenerate the goldens with {@code mvn -pl
 * processor test -Dtest=GoldenSourceTest -Ddynagen.updateGoldens=true}, then read the diff.
 */
class GoldenSourceTest {
  private static final Path GOLDEN = Paths.get("src/test/resources/golden");
  private static Compilation compilation;

  @BeforeAll
  static void compileInputs() {
    compilation = javac()
        .withProcessors(new DynagenProcessor())
        .withOptions("-Xlint:all", "-Xlint:-processing")
        .compile(
            JavaFileObjects.forResource("golden/input/shop/Customer.java"),
            JavaFileObjects.forResource("golden/input/shop/Order.java"),
            JavaFileObjects.forResource("golden/input/shop/ShippingAddress.java"),
            JavaFileObjects.forResource("golden/input/shop/OrderTotal.java"),
            JavaFileObjects.forResource("golden/input/shop/OrderDao.java"),
            JavaFileObjects.forResource("golden/input/shop/CustomerDao.java"),
            JavaFileObjects.forResource("golden/input/single/ShopItem.java"),
            JavaFileObjects.forResource("golden/input/single/Customer.java"),
            JavaFileObjects.forResource("golden/input/single/Order.java"),
            JavaFileObjects.forResource("golden/input/single/OrderLine.java"),
            JavaFileObjects.forResource("golden/input/single/ShopOrderDao.java"),
            JavaFileObjects.forResource("golden/input/single/ShopDao.java"));
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void beanSchema() {
    assertGolden("shop.CustomerSchema");
  }

  @Test
  void recordSchemaWithIndexes() {
    assertGolden("shop.OrderSchema");
  }

  @Test
  void documentSchema() {
    assertGolden("shop.ShippingAddressSchema");
  }

  @Test
  void tableAccessorWithoutSortKey() {
    assertGolden("shop.CustomerTable");
  }

  @Test
  void tableAccessorWithNumberSortKeyAndIndexes() {
    assertGolden("shop.OrderTable");
  }

  @Test
  void daoOfEveryMethodShape() {
    assertGolden("shop.OrderDaoImpl");
  }

  @Test
  void daoOfASimpleKeyBean() {
    assertGolden("shop.CustomerDaoImpl");
  }

  @Test
  void daoOfASingleTableEntity() {
    assertGolden("single.ShopOrderDaoImpl");
  }

  @Test
  void daoOfASingleTableRoot() {
    assertGolden("single.ShopDaoImpl");
  }

  @Test
  void asyncTableAccessorWithoutSortKey() {
    assertGolden("shop.CustomerAsyncTable");
  }

  @Test
  void asyncTableAccessorWithNumberSortKey() {
    assertGolden("shop.OrderAsyncTable");
  }

  @Test
  void beanMetamodel() {
    assertGolden("shop.Customer_");
  }

  @Test
  void recordMetamodelWithCollections() {
    assertGolden("shop.Order_");
  }

  @Test
  void documentMetamodel() {
    assertGolden("shop.ShippingAddress_");
  }

  private static void assertGolden(String className) {
    String relative = "expected/" + className.replace('.', '/') + ".java";
    if (Boolean.getBoolean("dynagen.updateGoldens")) {
      writeGolden(className, GOLDEN.resolve(relative));
    }
    assertThat(compilation)
        .generatedSourceFile(className)
        .hasSourceEquivalentTo(JavaFileObjects.forResource("golden/" + relative));
  }

  private static void writeGolden(String className, Path target) {
    JavaFileObject generated = compilation.generatedSourceFile(className).orElseThrow();
    try {
      Files.createDirectories(target.getParent());
      try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
        out.write(generated.getCharContent(true).toString());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
