package io.dynagen.runtime.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.runtime.table.admin.Capacity;
import io.dynagen.runtime.table.admin.TableInfo;
import io.dynagen.runtime.table.admin.TableOptions;
import io.dynagen.runtime.testing.LocalDynamoDb;
import io.dynagen.runtime.testing.OneThreadAsyncClient;
import io.dynagen.runtime.testing.RequestLog;
import io.dynagen.runtime.testmodel.TestUser;
import io.dynagen.runtime.testmodel.TestUserSchema;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/**
 * The async table's administration against DynamoDB Local, through the SDK's Netty client on one
 * event loop thread (a step that waited on a future would hang the loop and the test): the table
 * it creates is the sync table's, and a missing table or bad options fail the future.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AsyncTableAdminTest {
  private final OneThreadAsyncClient async = new OneThreadAsyncClient();

  @AfterAll
  void close() {
    async.close();
  }

  private AsyncTypedTable<TestUser> newTable(String prefix) {
    return AsyncTypedTable.of(async.client(), TestUserSchema.INSTANCE, LocalDynamoDb.uniqueTableName(prefix));
  }

  private static TableDescription describe(String tableName) {
    return LocalDynamoDb.client().describeTable(r -> r.tableName(tableName)).table();
  }

  @Test
  void createsTheTableTheSyncTableWouldThenDeletesIt() throws Throwable {
    AsyncTypedTable<TestUser> users = newTable("async-admin");
    assertFalse(async.await(users.exists()));
    TableInfo created = async.await(users.createTable());
    assertEquals(users.tableName(), created.name());
    assertEquals("ACTIVE", created.status());

    TableDescription table = describe(users.tableName());
    assertEquals(BillingMode.PAY_PER_REQUEST, table.billingModeSummary().billingMode());
    assertEquals(TestUserSchema.INSTANCE.keySchema(), table.keySchema());
    assertEquals(TestUserSchema.GLOBAL_INDEX, table.globalSecondaryIndexes().get(0).indexName());
    assertEquals(ProjectionType.ALL, table.localSecondaryIndexes().get(0).projection().projectionType());

    assertTrue(async.await(users.exists()));
    assertEquals(created.creationTime(), async.await(users.describe()).creationTime());
    assertEquals("ACTIVE", async.await(users.waitUntilActive()).status());
    assertEquals(Optional.empty(), async.await(users.timeToLiveAttribute()));
    assertFalse(async.await(users.createTableIfMissing(TableOptions.onDemand())), "it exists: not created again");

    async.await(users.deleteTable());
    assertFalse(async.await(users.exists()));
    assertFalse(TypedTable.of(LocalDynamoDb.client(), TestUserSchema.INSTANCE, users.tableName()).exists());
  }

  @Test
  void anActiveTableIsNotWaitedForOnceMore() throws Throwable {
    RequestLog log = new RequestLog();
    try (OneThreadAsyncClient logged = new OneThreadAsyncClient(log)) {
      AsyncTypedTable<TestUser> users =
          AsyncTypedTable.of(logged.client(), TestUserSchema.INSTANCE, LocalDynamoDb.uniqueTableName("async-no-wait"));
      // DynamoDB Local answers CreateTable with an ACTIVE table: its description is the result.
      TableInfo created = logged.await(users.createTable());
      assertEquals("ACTIVE", created.status());
      assertEquals(users.tableName(), created.name());
      assertEquals(List.of("CreateTable"), log.operations());

      log.clear();
      assertFalse(logged.await(users.createTableIfMissing(TableOptions.onDemand())));
      assertEquals(List.of("DescribeTable"), log.operations());

      logged.await(users.deleteTable());
      log.clear();
      assertTrue(logged.await(users.createTableIfMissing(TableOptions.onDemand())));
      assertEquals(List.of("DescribeTable", "CreateTable"), log.operations());
      logged.await(users.deleteTable());
    }
  }

  @Test
  void createsAMissingTableWithProvisionedCapacity() throws Throwable {
    AsyncTypedTable<TestUser> users = newTable("async-provisioned");
    assertTrue(async.await(users.createTableIfMissing(TableOptions.provisioned(new Capacity(5, 4)))));
    TableDescription table = describe(users.tableName());
    assertEquals(5L, table.provisionedThroughput().readCapacityUnits());
    assertEquals(4L, table.globalSecondaryIndexes().get(0).provisionedThroughput().writeCapacityUnits());
    async.await(users.deleteTable());
  }

  @Test
  void aMissingTableOrBadOptionsFailTheFutureWithTheSyncExceptions() {
    AsyncTypedTable<TestUser> missing = AsyncTypedTable.of(async.client(), TestUserSchema.INSTANCE, "no-such-table");
    for (CompletableFuture<?> operation :
        List.of(missing.describe(), missing.deleteTable(), missing.timeToLiveAttribute())) {
      TableNotFoundException e = assertThrows(TableNotFoundException.class, () -> async.await(operation));
      assertEquals("no-such-table", e.tableName());
    }
    CompletableFuture<TableInfo> typo = missing.createTable(
        TableOptions.provisioned(new Capacity(1, 1)).withIndexCapacity("by-nothing", new Capacity(1, 1)));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> async.await(typo));
    assertTrue(e.getMessage().contains("'by-nothing'"), e.getMessage());
    assertThrows(NullPointerException.class, () -> async.await(missing.createTable((TableOptions) null)));
  }
}
