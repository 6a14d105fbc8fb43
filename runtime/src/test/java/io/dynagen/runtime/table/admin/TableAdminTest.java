package io.dynagen.runtime.table.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.runtime.expr.Encoders;
import io.dynagen.runtime.table.TableNotFoundException;
import io.dynagen.runtime.table.TypedTable;
import io.dynagen.runtime.table.UsersTables;
import io.dynagen.runtime.testing.LocalDynamoDb;
import io.dynagen.runtime.testing.RequestLog;
import io.dynagen.runtime.testmodel.TestUser;
import io.dynagen.runtime.testmodel.TestUserSchema;
import io.dynagen.runtime.testmodel.TestUser_;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/** Creating, describing and deleting tables from the schema; a missing table's errors. */
class TableAdminTest {

  private static TableDescription describe(String tableName) {
    return LocalDynamoDb.client().describeTable(r -> r.tableName(tableName)).table();
  }

  @Test
  void createsAnOnDemandTableWithItsIndexesThenDeletesIt() {
    TypedTable<TestUser> users =
        TypedTable.of(LocalDynamoDb.client(), TestUserSchema.INSTANCE, LocalDynamoDb.uniqueTableName("admin"));
    assertFalse(users.exists());
    TableInfo created = users.createTable();
    assertEquals(users.tableName(), created.name());
    assertEquals("ACTIVE", created.status());
    assertEquals(0, created.itemCount());
    assertNotNull(created.creationTime());

    TableDescription table = describe(users.tableName());
    assertEquals(BillingMode.PAY_PER_REQUEST, table.billingModeSummary().billingMode());
    assertEquals(TestUserSchema.INSTANCE.keySchema(), table.keySchema());
    GlobalSecondaryIndexDescription global = table.globalSecondaryIndexes().get(0);
    assertEquals(TestUserSchema.GLOBAL_INDEX, global.indexName());
    assertEquals(ProjectionType.ALL, global.projection().projectionType());
    assertEquals(TestUserSchema.LOCAL_INDEX, table.localSecondaryIndexes().get(0).indexName());
    assertEquals(ProjectionType.ALL, table.localSecondaryIndexes().get(0).projection().projectionType());

    users.put(UsersTables.JANEDOE);
    TableInfo described = users.describe();
    assertEquals(1, described.itemCount());
    assertTrue(described.sizeBytes() > 0);
    assertEquals(created.creationTime(), described.creationTime());

    users.deleteTable();
    assertFalse(users.exists());
  }

  @Test
  void anActiveTableIsNotWaitedForOnceMore() {
    RequestLog log = new RequestLog();
    try (DynamoDbClient client = LocalDynamoDb.newClient(log)) {
      TypedTable<TestUser> users =
          TypedTable.of(client, TestUserSchema.INSTANCE, LocalDynamoDb.uniqueTableName("no-wait"));
      // DynamoDB Local answers CreateTable with an ACTIVE table: its description is the result.
      TableInfo created = users.createTable();
      assertEquals("ACTIVE", created.status());
      assertEquals(users.tableName(), created.name());
      assertNotNull(created.creationTime());
      assertEquals(List.of("CreateTable"), log.operations());

      log.clear();
      assertFalse(users.createTableIfMissing(TableOptions.onDemand()));
      assertEquals(List.of("DescribeTable"), log.operations());

      users.deleteTable();
      log.clear();
      assertTrue(users.createTableIfMissing(TableOptions.onDemand()));
      assertEquals(List.of("DescribeTable", "CreateTable"), log.operations());
      users.deleteTable();
    }
  }

  @Test
  void createsAProvisionedTable() {
    TypedTable<TestUser> users =
        TypedTable.of(LocalDynamoDb.client(), TestUserSchema.INSTANCE, LocalDynamoDb.uniqueTableName("provisioned"));
    users.createTable(new Capacity(5, 5));
    TableDescription table = describe(users.tableName());
    assertEquals(5L, table.provisionedThroughput().readCapacityUnits());
    assertEquals(5L, table.provisionedThroughput().writeCapacityUnits());
    assertEquals(5L, table.globalSecondaryIndexes().get(0).provisionedThroughput().writeCapacityUnits());
    users.deleteTable();
    assertThrows(IllegalArgumentException.class, () -> new Capacity(0, 5));
  }

  @Test
  void everyOperationOnAMissingTableNamesIt() {
    TypedTable<TestUser> missing = TypedTable.of(LocalDynamoDb.client(), TestUserSchema.INSTANCE, "no-such-table");
    List<Executable> operations =
        List.of(
            () -> missing.get(UsersTables.key(missing, "a", "b")),
            () -> missing.put(UsersTables.JANEDOE),
            () -> missing.put(UsersTables.JANEDOE, TestUser_.age.exists()),
            () -> missing.update(UsersTables.key(missing, "a", "b"), TestUser_.age.set(1)),
            () -> missing.delete(UsersTables.key(missing, "a", "b")),
            () -> missing.query("a", Encoders.STRING).toList(),
            () -> missing.scan().count(),
            missing::describe,
            missing::deleteTable);
    for (Executable operation : operations) {
      TableNotFoundException e = assertThrows(TableNotFoundException.class, operation);
      assertEquals("no-such-table", e.tableName());
      assertTrue(e.getMessage().contains("'no-such-table'"), e.getMessage());
      assertInstanceOf(ResourceNotFoundException.class, e.getCause());
    }
  }
}
