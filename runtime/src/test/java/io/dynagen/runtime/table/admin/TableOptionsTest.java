package io.dynagen.runtime.table.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.runtime.table.TypedTable;
import io.dynagen.runtime.table.UsersTables;
import io.dynagen.runtime.table.internal.TableAdmin;
import io.dynagen.runtime.testing.LocalDynamoDb;
import io.dynagen.runtime.testmodel.TestUser;
import io.dynagen.runtime.testmodel.TestUserSchema;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.Tag;

/**
 * createTable with options on DynamoDB Local: capacity per table and index, a stream, deletion
 * protection, tags (DynamoDB Local takes tags and encryption but reports neither, so the request
 * is checked for those); createTableIfMissing; describe with the indexes; a typo in an index name.
 */
class TableOptionsTest {
  private static final DynamoDbClient CLIENT = LocalDynamoDb.client();

  private static TypedTable<TestUser> newTable(String prefix) {
    return TypedTable.of(CLIENT, TestUserSchema.INSTANCE, LocalDynamoDb.uniqueTableName(prefix));
  }

  @Test
  void createsWithCapacityPerIndexStreamDeletionProtectionAndTags() {
    TypedTable<TestUser> users = newTable("options");
    users.createTable(TableOptions.provisioned(new Capacity(7, 6))
        .withIndexCapacity(TestUserSchema.GLOBAL_INDEX, new Capacity(3, 2))
        .withStream(StreamViewType.NEW_AND_OLD_IMAGES)
        .withDeletionProtection()
        .withTag("team", "accounts")
        .withTag("env", "test")
        .withAwsManagedKeyEncryption());
    try {
      TableDescription table = CLIENT.describeTable(b -> b.tableName(users.tableName())).table();
      assertEquals(7L, table.provisionedThroughput().readCapacityUnits());
      assertEquals(6L, table.provisionedThroughput().writeCapacityUnits());
      assertEquals(3L, table.globalSecondaryIndexes().get(0).provisionedThroughput().readCapacityUnits());
      assertEquals(2L, table.globalSecondaryIndexes().get(0).provisionedThroughput().writeCapacityUnits());
      assertTrue(table.streamSpecification().streamEnabled());
      assertEquals(StreamViewType.NEW_AND_OLD_IMAGES, table.streamSpecification().streamViewType());
      assertTrue(table.deletionProtectionEnabled());
      // Protected: the service refuses to delete it until protection is off.
      assertThrows(RuntimeException.class, users::deleteTable);
      assertTrue(users.exists());
    } finally {
      CLIENT.updateTable(b -> b.tableName(users.tableName()).deletionProtectionEnabled(false));
      users.deleteTable();
    }
  }

  /**
   * DynamoDB Local accepts tags on CreateTable but cannot list them ("Tagging is not currently
   * supported"): the request is checked instead.
   */
  @Test
  void tagsAndEncryptionGoInTheCreateTableRequest() {
    TableOptions options = TableOptions.onDemand().withTag("team", "accounts").withKmsKeyEncryption("alias/users");
    var request = new TableAdmin(CLIENT, TestUserSchema.INSTANCE, "tagged").createRequest(options);
    assertEquals(List.of(Tag.builder().key("team").value("accounts").build()), request.tags());
    assertTrue(request.sseSpecification().enabled());
    assertEquals("alias/users", request.sseSpecification().kmsMasterKeyId());
    assertEquals("KMS", request.sseSpecification().sseTypeAsString());
  }

  @Test
  void createTableIfMissingCreatesOnceThenLeavesTheTableAlone() {
    TypedTable<TestUser> users = newTable("if-missing");
    assertTrue(users.createTableIfMissing(TableOptions.onDemand()));
    users.put(UsersTables.JANEDOE);
    assertFalse(users.createTableIfMissing(TableOptions.provisioned(new Capacity(1, 1))));
    TableDescription table = CLIENT.describeTable(b -> b.tableName(users.tableName())).table();
    assertEquals(BillingMode.PAY_PER_REQUEST, table.billingModeSummary().billingMode());
    assertEquals(1, users.scan().count());
    users.deleteTable();
  }

  @Test
  void describeShowsTheIndexesWithKeysProjectionAndStatus() {
    TypedTable<TestUser> users = newTable("describe-indexes");
    TableInfo created = users.createTable();
    try {
      assertEquals(List.of(
              new IndexInfo(TestUserSchema.GLOBAL_INDEX, false, "account_type", "age", "ALL", List.of(), "ACTIVE"),
              new IndexInfo(TestUserSchema.LOCAL_INDEX, true, "username", "age", "ALL", List.of(), "ACTIVE")),
          users.describe().indexes());
      assertEquals(created.indexes(), users.describe().indexes());
      assertEquals("by-type (GSI account_type, age; ALL) ACTIVE", users.describe().indexes().get(0).toString());
    } finally {
      users.deleteTable();
    }
  }

  @Test
  void capacityForAnUnknownIndexFailsBeforeAnyRequest() {
    TypedTable<TestUser> users = newTable("typo");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> users.createTable(TableOptions.provisioned(new Capacity(1, 1)).withIndexCapacity("by-typ", new Capacity(1, 1))));
    assertEquals("Capacity for index 'by-typ' of table '" + users.tableName() + "', which has no global index of"
        + " that name: its global indexes are [by-type] (local indexes share the table's capacity)", e.getMessage());
    assertFalse(users.exists());
    IllegalStateException onDemand = assertThrows(IllegalStateException.class,
        () -> TableOptions.onDemand().withIndexCapacity("by-type", new Capacity(1, 1)));
    assertTrue(onDemand.getMessage().startsWith("Capacity for index 'by-type' of an on-demand table"), onDemand.getMessage());
  }
}
