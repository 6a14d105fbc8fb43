package io.dynagen.example.review17;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.runtime.MappingException;
import io.dynagen.runtime.testing.LocalDynamoDb;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * A user's two-type single table through the generated dispatch: each type read by its accessor
 * and in its collection, counts, and an unknown type refused or skipped as docs/single-table.md says.
 */
class ZooSingleTableTest {
  private static final DynamoDbClient CLIENT = LocalDynamoDb.client();

  @Test
  void eachTypeReadsBackAndAnUnknownTypeIsRefusedOrSkipped() {
    AnimalTable zoo = AnimalTable.create(CLIENT, LocalDynamoDb.uniqueTableName("review17_zoo"));
    assertTrue(zoo.createTableIfMissing());
    assertFalse(zoo.createTableIfMissing());
    try {
      Keeper ann = new Keeper("k1", "Ann");
      Penguin pingu = new Penguin("k1", "Pingu", Colour.RED, List.of("herring"));
      Penguin empty = new Penguin("k1", "Quiet", null, List.of());
      zoo.keepers().put(ann);
      zoo.penguins().put(pingu);
      zoo.penguins().put(empty);

      assertEquals(Optional.of(ann), zoo.keepers().get("k1"));
      assertEquals(Optional.of(pingu), zoo.penguins().get("k1", "Pingu"));
      assertEquals(List.of(pingu, empty), zoo.penguins().query("k1").toList());
      assertEquals(List.of(ann, pingu, empty).size(), zoo.keeperCollection("k1").count());
      assertEquals(List.of(pingu, empty, ann), zoo.keeperCollection("k1").toList());

      CLIENT.putItem(PutItemRequest.builder().tableName(zoo.tableName()).item(Map.of(
          "PK", AttributeValue.fromS("KEEPER#k1"), "SK", AttributeValue.fromS("SEAL#Sammy"),
          "type", AttributeValue.fromS("Seal"))).build());
      MappingException e = assertThrows(MappingException.class, () -> zoo.keeperCollection("k1").toList());
      assertTrue(e.getMessage().contains("Seal") && e.getMessage().contains(zoo.tableName()), e.getMessage());
      assertEquals(List.of(pingu, empty, ann), zoo.skipUnknownTypes().keeperCollection("k1").toList());
      assertEquals(3, zoo.skipUnknownTypes().keeperCollection("k1").count());
      assertEquals(Optional.of(ann), zoo.skipUnknownTypes().keepers().get("k1"));
    } finally {
      zoo.deleteTable();
    }
  }
}
