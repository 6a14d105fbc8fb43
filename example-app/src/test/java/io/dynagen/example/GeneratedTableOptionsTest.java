package io.dynagen.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.runtime.table.admin.Capacity;
import io.dynagen.runtime.table.admin.IndexInfo;
import io.dynagen.runtime.table.admin.TableOptions;
import io.dynagen.runtime.testing.LocalDynamoDb;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/**
 * Index projections from the annotations and createTable options through a generated table on
 * DynamoDB Local: the indexes copy what they declare, describe() shows them, and
 * createTableIfMissing creates once.
 */
class GeneratedTableOptionsTest {
  private static final Contact ANN = new Contact("me", "Ann", "Oslo", 41, "+47 1234", "met at a conference");

  @Test
  void indexesProjectWhatTheirAnnotationsSay() {
    ContactTable contacts = ContactTable.create(LocalDynamoDb.client(), LocalDynamoDb.uniqueTableName("contacts"));
    assertTrue(contacts.createTableIfMissing(TableOptions.provisioned(new Capacity(4, 4))
        .withIndexCapacity("by-city", new Capacity(2, 1))
        .withStream(StreamViewType.KEYS_ONLY)));
    assertFalse(contacts.createTableIfMissing());
    try {
      assertEquals(List.of(
              new IndexInfo("by-city", false, "city", null, "INCLUDE", List.of("phone"), "ACTIVE"),
              new IndexInfo("by-age", true, "owner", "age", "KEYS_ONLY", List.of(), "ACTIVE")),
          contacts.describe().indexes());

      contacts.put(ANN);
      assertEquals(List.of(new Contact("me", "Ann", "Oslo", null, "+47 1234", null)),
          contacts.byCityIndex().query("Oslo").toList());
      assertEquals(List.of(new Contact("me", "Ann", null, 41, null, null)),
          contacts.byAgeIndex().query("me").toList());
      assertEquals(ANN, contacts.get("me", "Ann").orElseThrow());
    } finally {
      contacts.deleteTable();
    }
  }
}
