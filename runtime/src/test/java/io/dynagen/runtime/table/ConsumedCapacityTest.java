package io.dynagen.runtime.table;

import static io.dynagen.runtime.table.UsersTables.JANEDOE;
import static io.dynagen.runtime.table.UsersTables.JANEDOERING;
import static io.dynagen.runtime.table.UsersTables.JOHNDOE;
import static io.dynagen.runtime.table.UsersTables.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.runtime.expr.Encoders;
import io.dynagen.runtime.metrics.CapacityUsage;
import io.dynagen.runtime.metrics.DynagenMetrics;
import io.dynagen.runtime.metrics.Measured;
import io.dynagen.runtime.metrics.OperationEvent;
import io.dynagen.runtime.table.batch.BatchWriter;
import io.dynagen.runtime.table.batch.MultiTableBatchWriter;
import io.dynagen.runtime.table.read.GetOptions;
import io.dynagen.runtime.table.transact.TransactGet;
import io.dynagen.runtime.table.transact.TransactWrite;
import io.dynagen.runtime.testing.LocalDynamoDb;
import io.dynagen.runtime.testmodel.TestUser;
import io.dynagen.runtime.testmodel.TestUserSchema;
import io.dynagen.runtime.testmodel.TestUser_;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * Consumed capacity and operation events of every kind of operation, against DynamoDB Local
 * (which reports capacity as the service does: 1 unit per write of an item up to 1 KB, 0.5 per
 * eventually consistent read up to 4 KB).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsumedCapacityTest {
  private final List<OperationEvent> events = new CopyOnWriteArrayList<>();
  private final DynamoDbClient client = LocalDynamoDb.newClient(DynagenMetrics.interceptor(events::add));
  private final TypedTable<TestUser> users = UsersTables.create(client, "capacity");
  private final TypedTable<TestUser> others = UsersTables.create(client, "capacity-others");

  @AfterAll
  void dropTables() {
    users.deleteTable();
    others.deleteTable();
    client.close();
  }

  @BeforeEach
  void forgetEvents() {
    events.clear();
  }

  private OperationEvent onlyEvent() {
    assertEquals(1, events.size(), () -> "events: " + events);
    return events.get(0);
  }

  private static void assertPositive(double units, String what) {
    assertTrue(units > 0, what + " is " + units);
  }

  @Test
  void putGetUpdateAndDeleteEachGiveTheirCapacityWithTheResult() {
    CapacityUsage put = DynagenMetrics.measure(() -> {
      users.put(JANEDOE);
    });
    assertPositive(put.total(), "put capacity");
    assertEquals(put.total(), put.table(users.tableName()));

    Measured<Optional<TestUser>> got = DynagenMetrics.measure(() -> users.get(key(users, JANEDOE)));
    assertEquals(Optional.of(JANEDOE), got.result());
    assertEquals(0.5, got.capacity().total());

    Measured<Optional<TestUser>> consistent =
        DynagenMetrics.measure(() -> users.get(key(users, JANEDOE), GetOptions.defaults().consistentRead()));
    assertEquals(1.0, consistent.capacity().total());

    Measured<TestUser> updated = DynagenMetrics.measure(() -> users.update(key(users, JANEDOE), TestUser_.age.set(26)));
    assertEquals(26, updated.result().age());
    assertPositive(updated.capacity().total(), "update capacity");

    CapacityUsage deleted = DynagenMetrics.measure(() -> users.delete(key(users, JANEDOE)));
    assertPositive(deleted.total(), "delete capacity");

    assertEquals(
        List.of("PutItem", "GetItem", "GetItem", "UpdateItem", "DeleteItem"),
        events.stream().map(OperationEvent::operation).toList());
    for (OperationEvent event : events) {
      assertEquals(List.of(users.tableName()), event.tables(), event::toString);
      assertTrue(event.succeeded(), event::toString);
      assertEquals(1, event.attempts(), event::toString);
      assertTrue(event.latency().toNanos() > 0, event::toString);
      assertEquals(1, event.items(), event::toString);
    }
    assertEquals(got.capacity(), events.get(1).capacity());
  }

  @Test
  void aQueryOverManyPagesSumsTheCapacityOfEveryPage() {
    try (BatchWriter<TestUser> writer = users.batchWriter()) {
      for (int i = 0; i < 30; i++) {
        writer.put(TestUser.of("paged", "n" + i).withAge(i));
      }
    }
    events.clear();
    Measured<List<TestUser>> read =
        DynagenMetrics.measure(() -> users.query("paged", Encoders.STRING).pageSize(7).toList());

    assertEquals(30, read.result().size());
    List<OperationEvent> pages = events.stream().filter(e -> e.operation().equals("Query")).toList();
    assertTrue(pages.size() >= 5, "pages: " + pages);
    double sum = pages.stream().mapToDouble(e -> e.capacity().total()).sum();
    assertEquals(sum, read.capacity().total(), 1e-9);
    assertTrue(sum >= pages.size() * 0.5, "each page costs at least half a unit: " + sum);
    assertEquals(30, pages.stream().mapToInt(OperationEvent::items).sum());
  }

  @Test
  void anIndexQueryNamesTheIndexAndItsCapacity() {
    users.put(JANEDOERING);
    events.clear();
    Measured<List<TestUser>> read = DynagenMetrics.measure(
        () -> users.index(TestUserSchema.GLOBAL_INDEX).query(JANEDOERING.accountType().name(), Encoders.STRING).toList());

    assertTrue(read.result().contains(JANEDOERING), read.result()::toString);
    assertPositive(read.capacity().total(), "query capacity");
    assertPositive(read.capacity().index(users.tableName(), TestUserSchema.GLOBAL_INDEX), "index capacity " + read.capacity());
    OperationEvent event = onlyEvent();
    assertEquals("Query", event.operation());
    assertEquals(TestUserSchema.GLOBAL_INDEX, event.index());
  }

  @Test
  void batchWritesAndGetsSumTheirRequestsPerTable() {
    List<TestUser> many = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      many.add(TestUser.of("batch" + i, "b"));
    }
    CapacityUsage written = DynagenMetrics.measure(() -> {
      try (MultiTableBatchWriter writer = BatchWriter.across(client)) {
        many.forEach(user -> writer.put(users, user));
        writer.put(others, JOHNDOE);
      }
    });
    assertEquals(60.0, written.table(users.tableName()), written::toString);
    // JOHNDOE has an account type and an age, so it is written to both indexes too: 1 + 1 + 1.
    assertEquals(3.0, written.table(others.tableName()), written::toString);
    assertEquals(1.0, written.index(others.tableName(), TestUserSchema.GLOBAL_INDEX), written::toString);
    assertEquals(63.0, written.total());
    List<OperationEvent> batches = events.stream().filter(e -> e.operation().equals("BatchWriteItem")).toList();
    assertTrue(batches.size() >= 3, "batches: " + batches);
    assertEquals(61, batches.stream().mapToInt(OperationEvent::items).sum());

    Measured<List<TestUser>> read = DynagenMetrics.measure(
        () -> users.batchGet(many.stream().map(user -> key(users, user)).toList()));
    assertEquals(60, read.result().size());
    assertEquals(30.0, read.capacity().total(), read.capacity()::toString);
  }

  @Test
  void transactionsReportTheCapacityOfEveryTable() {
    CapacityUsage written = DynagenMetrics.measure(
        () -> TransactWrite.with(client).put(users, JOHNDOE).put(others, JANEDOE).execute());
    assertPositive(written.table(users.tableName()), "users capacity " + written);
    assertPositive(written.table(others.tableName()), "others capacity " + written);
    assertEquals(written.table(users.tableName()) + written.table(others.tableName()), written.total(), 1e-9);
    OperationEvent event = onlyEvent();
    assertEquals("TransactWriteItems", event.operation());
    assertEquals(List.of(users.tableName(), others.tableName()), event.tables());
    assertEquals(2, event.items());

    TransactGet get = TransactGet.with(client);
    TransactGet.Handle<TestUser> john = get.get(users, key(users, JOHNDOE));
    Measured<TransactGet.Result> read = DynagenMetrics.measure(get::execute);
    assertEquals(Optional.of(JOHNDOE), read.result().get(john));
    assertPositive(read.capacity().total(), "transact get capacity");
  }

  @Test
  void aFailedOperationIsReportedWithItsException() {
    users.put(JANEDOE);
    events.clear();
    assertThrows(ConditionFailedException.class, () -> users.put(JANEDOE, TestUser_.age.notExists()));
    OperationEvent event = onlyEvent();
    assertEquals("PutItem", event.operation());
    assertTrue(!event.succeeded());
    assertEquals("ConditionalCheckFailedException", event.outcome());
    assertEquals(1, event.attempts());
  }

  @Test
  void aListenerThatThrowsBreaksNothing() {
    try (DynamoDbClient failing = LocalDynamoDb.newClient(DynagenMetrics.interceptor(event -> {
      throw new IllegalStateException("listener bug");
    }))) {
      TypedTable<TestUser> table = TypedTable.of(failing, TestUserSchema.INSTANCE, users.tableName());
      assertEquals(JANEDOERING, table.put(JANEDOERING));
    }
  }

  @Test
  void withCapacityModeNoneOnlyMeasuredCallsAskForIt() {
    List<OperationEvent> seen = new CopyOnWriteArrayList<>();
    try (DynamoDbClient quiet = LocalDynamoDb.newClient(DynagenMetrics.interceptor(ReturnConsumedCapacity.NONE, seen::add))) {
      TypedTable<TestUser> table = TypedTable.of(quiet, TestUserSchema.INSTANCE, users.tableName());
      table.put(JANEDOE);
      CapacityUsage measured = DynagenMetrics.measure(() -> {
        table.put(JANEDOE);
      });
      assertEquals(CapacityUsage.NONE, seen.get(0).capacity());
      assertEquals(1.0, measured.total());
      assertEquals(java.util.Map.of(), measured.byIndex());
    }
  }

  @Test
  void aClientWithoutTheInterceptorMeasuresNothing() {
    TypedTable<TestUser> plain = TypedTable.of(LocalDynamoDb.client(), TestUserSchema.INSTANCE, users.tableName());
    assertEquals(CapacityUsage.NONE, DynagenMetrics.measure(() -> plain.get(key(plain, JANEDOE))).capacity());
  }
}
