package io.dynagen.example.single;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dynagen.runtime.MappingException;
import io.dynagen.runtime.expr.Encoders;
import io.dynagen.runtime.single.EntityType;
import io.dynagen.runtime.single.SingleTableSchema;
import io.dynagen.runtime.table.TypedTable;
import io.dynagen.runtime.testing.LocalDynamoDb;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * The generated table reads items through its own dispatch (a {@code switch} on the type name
 * calling each entity's generated schema): every entity type reads as it is written, and as the
 * runtime's dispatch by type name reads it; an unknown type is the same MappingException, or left
 * out alike through {@code skipUnknownTypes()}. With a type attribute and with key prefixes alone.
 */
class GeneratedDispatchTest {
  private static final DynamoDbClient CLIENT = LocalDynamoDb.client();
  private static ShopItemTable shop;
  private static CatalogTable catalog;

  @BeforeAll
  static void createTables() {
    shop = ShopItemTable.create(CLIENT, LocalDynamoDb.uniqueTableName("shop_dispatch"));
    shop.createTable();
    catalog = CatalogTable.create(CLIENT, LocalDynamoDb.uniqueTableName("catalog_dispatch"));
    catalog.createTable();
  }

  @AfterAll
  static void deleteTables() {
    shop.deleteTable();
    catalog.deleteTable();
  }

  /** The same table read with the runtime's dispatch: each entity type found by name, read by its codec. */
  private static <R> TypedTable<R> byRuntimeDispatch(SingleTableSchema<R> generated, String tableName,
      List<EntityType<? extends R>> entities) {
    return TypedTable.of(CLIENT, SingleTableSchema.of(generated.type(), generated.layout(), entities), tableName);
  }

  @Test
  void everyEntityTypeAndAnUnknownOneReadAsThroughTheRuntimesDispatch() {
    Customer ann = new Customer("c-d", "Ann", "ann@example.com");
    Order order = new Order("c-d", "o-1", Instant.parse("2026-12-01T08:00:00Z"), OrderStatus.SHIPPED,
        new BigDecimal("20.5"));
    OrderLine line = new OrderLine("c-d", "o-1", 1, "SKU-1", 2, new BigDecimal("10.25"));
    shop.customers().put(ann);
    shop.orders().put(order);
    shop.orderLines().put(line);
    TypedTable<ShopItem> runtime = byRuntimeDispatch(shop.schema(), shop.tableName(),
        List.of(shop.customers().entityType(), shop.orders().entityType(), shop.orderLines().entityType()));

    List<ShopItem> read = shop.customerCollection("c-d").toList();
    assertEquals(Set.of(ann, order, line), Set.copyOf(read));
    assertEquals(3, read.size());
    assertEquals(runtime.query("CUSTOMER#c-d", Encoders.STRING).toList(), read);

    CLIENT.putItem(PutItemRequest.builder().tableName(shop.tableName()).item(Map.of(
        "PK", AttributeValue.fromS("CUSTOMER#c-d"), "SK", AttributeValue.fromS("REFUND#1"),
        "type", AttributeValue.fromS("Refund"))).build());
    assertSameFailure(() -> runtime.query("CUSTOMER#c-d", Encoders.STRING).toList(),
        () -> shop.customerCollection("c-d").toList());
    assertSameFailure(() -> runtime.query("CUSTOMER#c-d", Encoders.STRING).count(),
        () -> shop.customerCollection("c-d").count());
    TypedTable<ShopItem> runtimeTolerant = TypedTable.of(CLIENT,
        ((SingleTableSchema<ShopItem>) runtime.schema()).skippingUnknownTypes(), shop.tableName());
    assertEquals(runtimeTolerant.query("CUSTOMER#c-d", Encoders.STRING).toList(),
        shop.skipUnknownTypes().customerCollection("c-d").toList());
    assertEquals(Set.of(ann, order, line), Set.copyOf(shop.skipUnknownTypes().customerCollection("c-d").toList()));
    assertEquals(3, shop.skipUnknownTypes().customerCollection("c-d").count());
  }

  @Test
  void aTypeAttributeThatIsNotAStringIsTheSameFailure() {
    CLIENT.putItem(PutItemRequest.builder().tableName(shop.tableName()).item(Map.of(
        "PK", AttributeValue.fromS("CUSTOMER#c-n"), "SK", AttributeValue.fromS("PROFILE"),
        "type", AttributeValue.fromN("7"))).build());
    TypedTable<ShopItem> runtime = byRuntimeDispatch(shop.schema(), shop.tableName(),
        List.of(shop.customers().entityType(), shop.orders().entityType(), shop.orderLines().entityType()));
    MappingException failure = assertSameFailure(() -> runtime.query("CUSTOMER#c-n", Encoders.STRING).toList(),
        () -> shop.customerCollection("c-n").toList());
    assertEquals("type", failure.path());
  }

  @Test
  void keyPrefixesAloneReadEveryTypeAndAnUnknownOneAsThroughTheRuntimesDispatch() {
    List<Catalog> both = putProductAndReview("p-d");
    TypedTable<Catalog> runtime = byRuntimeDispatch(catalog.schema(), catalog.tableName(),
        List.of(catalog.products().entityType(), catalog.reviews().entityType()));

    assertEquals(both, catalog.productCollection("p-d").toList());
    assertEquals(runtime.query("PRODUCT#p-d", Encoders.STRING).toList(), catalog.productCollection("p-d").toList());

    putQuestion("p-d");
    assertSameFailure(() -> runtime.query("PRODUCT#p-d", Encoders.STRING).toList(),
        () -> catalog.productCollection("p-d").toList());
    assertEquals(both, catalog.skipUnknownTypes().productCollection("p-d").toList());
  }

  /**
   * The runtime reads each item of a known type through the dispatch it is given, by the stored
   * type name or, without a type attribute, by the name of the type the keys match; an unknown
   * type never reaches it.
   */
  @Test
  void theRuntimeReadsEveryKnownItemThroughTheDispatchItIsGiven() {
    List<Catalog> both = putProductAndReview("p-r");
    putQuestion("p-r");
    List<String> dispatched = new ArrayList<>();
    SingleTableSchema<Catalog> recording = SingleTableSchema.of(Catalog.class, catalog.schema().layout(),
        List.of(catalog.products().entityType(), catalog.reviews().entityType()), (type, item) -> {
          dispatched.add(type);
          return type.equals("Product") ? catalog.products().typed().schema().fromItem(item)
              : catalog.reviews().typed().schema().fromItem(item);
        });
    TypedTable<Catalog> table = TypedTable.of(CLIENT, recording.skippingUnknownTypes(), catalog.tableName());

    assertEquals(both, table.query("PRODUCT#p-r", Encoders.STRING).toList());
    assertEquals(List.of("Product", "Review"), dispatched);
  }

  /** A product and a review of it, written through the generated table. */
  private static List<Catalog> putProductAndReview(String productId) {
    Product product = new Product(productId, "Kettle");
    Review review = new Review(productId, Instant.parse("2026-12-01T12:00:00Z"), "ann", 4);
    catalog.products().put(product);
    catalog.reviews().put(review);
    return List.of(product, review);
  }

  /** A question on a product, as a newer version would write it: a type this code does not know. */
  private static void putQuestion(String productId) {
    CLIENT.putItem(PutItemRequest.builder().tableName(catalog.tableName()).item(Map.of(
        "pk", AttributeValue.fromS("PRODUCT#" + productId), "sk", AttributeValue.fromS("QUESTION#1"))).build());
  }

  /** Both reads fail with the same MappingException: message, attribute, table and key. */
  private static MappingException assertSameFailure(Executable runtime, Executable generated) {
    MappingException expected = assertThrows(MappingException.class, runtime);
    MappingException actual = assertThrows(MappingException.class, generated);
    assertEquals(expected.getMessage(), actual.getMessage());
    assertEquals(expected.path(), actual.path());
    assertEquals(expected.table(), actual.table());
    assertEquals(expected.key(), actual.key());
    assertNotEquals(null, actual.key());
    return actual;
  }
}
