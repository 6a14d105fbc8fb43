package io.dynagen.example.single;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.runtime.MappingException;
import io.dynagen.runtime.testing.LocalDynamoDb;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * A single table whose types are told apart by key prefix alone ({@code Discriminator.KEY_PREFIX}):
 * nothing but the properties and keys is stored, a collection still reads each item as its type,
 * and an item no template matches is a MappingException, or skipped on request.
 */
class KeyPrefixDiscriminationTest {
  private static final DynamoDbClient CLIENT = LocalDynamoDb.client();
  private static final Instant NOON = Instant.parse("2026-12-01T12:00:00Z");
  private static CatalogTable catalog;

  @BeforeAll
  static void createTable() {
    catalog = CatalogTable.create(CLIENT, LocalDynamoDb.uniqueTableName("catalog"));
    catalog.createTable();
  }

  @AfterAll
  static void deleteTable() {
    catalog.deleteTable();
  }

  @Test
  void noTypeAttributeIsStored() {
    catalog.products().put(new Product("p-raw", "Kettle"));
    Map<String, AttributeValue> item = CLIENT.getItem(GetItemRequest.builder()
        .tableName(catalog.tableName()).key(catalog.products().key("p-raw")).build()).item();
    assertEquals(Map.of("pk", AttributeValue.fromS("PRODUCT#p-raw"), "sk", AttributeValue.fromS("DETAILS"),
        "productId", AttributeValue.fromS("p-raw"), "name", AttributeValue.fromS("Kettle")), item);
  }

  @Test
  void aCollectionReadsEachItemAsTheTypeItsKeysMatch() {
    Product kettle = new Product("p-1", "Kettle");
    Review early = new Review("p-1", NOON, "ann", 5);
    Review late = new Review("p-1", NOON.plusSeconds(60), "bob", 2);
    catalog.reviews().put(late);
    catalog.products().put(kettle);
    catalog.reviews().put(early);

    // DETAILS < REVIEW#...
    assertEquals(List.of(kettle, early, late), catalog.productCollection("p-1").toList());
    assertEquals(List.of(early, late), catalog.reviews().query("p-1").toList());
    assertEquals(kettle, catalog.products().get("p-1").orElseThrow());
  }

  @Test
  void anItemNoTemplateMatchesIsAnErrorNamingItsKeyAndTable() {
    catalog.products().put(new Product("p-unknown", "Toaster"));
    putRaw(Map.of("pk", AttributeValue.fromS("PRODUCT#p-unknown"), "sk", AttributeValue.fromS("QUESTION#1"),
        "text", AttributeValue.fromS("Does it toast bagels?")));

    MappingException unknown = assertThrows(MappingException.class,
        () -> catalog.productCollection("p-unknown").toList());
    assertEquals(catalog.tableName(), unknown.table());
    assertTrue(unknown.getMessage().contains("QUESTION#1"), unknown.getMessage());
    assertTrue(unknown.key().contains("PRODUCT#p-unknown"), unknown.key());
    assertTrue(unknown.getMessage().contains("skipUnknownTypes()"), unknown.getMessage());

    List<Catalog> known = catalog.skipUnknownTypes().productCollection("p-unknown").toList();
    assertEquals(List.of(new Product("p-unknown", "Toaster")), known);
    assertFalse(known.isEmpty());

    // A count reads the keys to tell the types apart too: the same MappingException, or the known ones.
    assertThrows(MappingException.class, () -> catalog.productCollection("p-unknown").count());
    assertEquals(1, catalog.skipUnknownTypes().productCollection("p-unknown").count());
  }

  private static void putRaw(Map<String, AttributeValue> item) {
    CLIENT.putItem(PutItemRequest.builder().tableName(catalog.tableName()).item(item).build());
  }
}
