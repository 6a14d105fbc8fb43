package io.dynagen.runtime.table.batch;

import static io.dynagen.runtime.testmodel.RawItemSchema.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.runtime.table.TypedTable;
import io.dynagen.runtime.testing.LocalDynamoDb;
import io.dynagen.runtime.testing.SilentServer;
import io.dynagen.runtime.testmodel.RawItemSchema;
import io.dynagen.runtime.testmodel.TestUser;
import io.dynagen.runtime.testmodel.TestUserSchema;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * What a batch writer reports when writes do not certainly land: a write DynamoDB refuses sinks
 * no other write of its request; against a server that never answers, a deadline or an interrupt
 * ends the work promptly, and every write is reported as not applied or of unknown outcome.
 */
class BatchOutcomesTest {
  private static SilentServer silent;
  private static DynamoDbClient silentClient;

  @BeforeAll
  static void startSilentServer() {
    silent = SilentServer.start();
    silentClient = silent.client(Duration.ofSeconds(3));
  }

  @AfterAll
  static void stopSilentServer() {
    silentClient.close();
    silent.close();
  }

  private static List<TestUser> users(int count) {
    List<TestUser> users = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      users.add(TestUser.of("user" + i, "n" + i));
    }
    return users;
  }

  /**
   * A table whose real index the schema does not know (as when the code lags behind the table):
   * Dynagen cannot check the index key, so DynamoDB refuses the request, and the writer splits it.
   */
  @Test
  void oneWriteDynamoDbRefusesDoesNotSinkTheOthersOfItsRequest() {
    String name = LocalDynamoDb.uniqueTableName("refused");
    LocalDynamoDb.client().createTable(b -> b.tableName(name)
        .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build(),
            KeySchemaElement.builder().attributeName("sk").keyType(KeyType.RANGE).build())
        .attributeDefinitions(
            AttributeDefinition.builder().attributeName("pk").attributeType(ScalarAttributeType.S).build(),
            AttributeDefinition.builder().attributeName("sk").attributeType(ScalarAttributeType.S).build(),
            AttributeDefinition.builder().attributeName("code").attributeType(ScalarAttributeType.N).build())
        .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("by-code")
            .keySchema(KeySchemaElement.builder().attributeName("code").keyType(KeyType.HASH).build())
            .projection(Projection.builder().projectionType(ProjectionType.KEYS_ONLY).build()).build())
        .billingMode(BillingMode.PAY_PER_REQUEST));
    TypedTable<Map<String, AttributeValue>> table = TypedTable.of(LocalDynamoDb.client(), new RawItemSchema(), name);
    List<Map<String, AttributeValue>> items = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      items.add(item("p" + i, "s", "code", i == 7 || i == 31 ? AttributeValue.fromS("not a number") : AttributeValue.fromN("" + i)));
    }

    BatchWriter<Map<String, AttributeValue>> writer = table.batchWriter();
    items.forEach(writer::put);
    BatchWriteException e = assertThrows(BatchWriteException.class, writer::close);

    Set<String> refused = new HashSet<>();
    for (BatchWriteException.Unwritten<Map<String, AttributeValue>> write : e.notApplied(table)) {
      refused.add(write.item().get("pk").s());
      assertInstanceOf(DynamoDbException.class, write.cause().orElseThrow());
    }
    assertEquals(Set.of("p7", "p31"), refused);
    assertEquals(List.of(), e.outcomeUnknown());
    assertEquals(48, writer.written());
    assertEquals(48, table.scan().count());
    table.deleteTable();
  }

  @Test
  void aDeadlineEndsTheWorkAgainstAServerThatNeverAnswers() {
    TypedTable<TestUser> table = TypedTable.of(silentClient, TestUserSchema.INSTANCE, "silent");
    List<TestUser> users = users(100);
    BatchWriter<TestUser> writer = table.batchWriter(BatchWriteOptions.defaults().withDeadline(Duration.ofSeconds(2)));

    long start = System.nanoTime();
    BatchWriteException e = assertThrows(BatchWriteException.class, () -> {
      try (writer) {
        users.forEach(writer::put);
      }
    });
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    System.out.println("A 100-put batch writer with a 2 s deadline against a silent server ended after " + took);

    assertTrue(e.getMessage().startsWith("The batch writer stopped sending: the deadline of PT2S passed: 100 writes"),
        e.getMessage());
    assertEveryWriteAccountedFor(table, users, e, users.size());
    assertTrue(took.compareTo(Duration.ofSeconds(30)) < 0, "ended after " + took + " (it took 94 s before deadlines)");
    assertThrows(IllegalStateException.class, () -> writer.put(users.get(0)), "the writer is closed");
  }

  @Test
  void anInterruptOfAPutBlockedByBackPressureEndsTheWork() throws InterruptedException {
    TypedTable<TestUser> table = TypedTable.of(silentClient, TestUserSchema.INSTANCE, "silent");
    List<TestUser> users = users(1_000);
    BatchWriter<TestUser> writer = table.batchWriter(BatchWriteOptions.defaults().withMaxInFlight(1));
    AtomicInteger made = new AtomicInteger();
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    AtomicReference<Boolean> stillInterrupted = new AtomicReference<>();
    Thread producer = new Thread(() -> {
      try {
        for (TestUser user : users) {
          made.incrementAndGet();
          writer.put(user);
        }
      } catch (Throwable t) {
        thrown.set(t);
        stillInterrupted.set(Thread.currentThread().isInterrupted());
      }
    }, "producer");
    producer.start();
    awaitBlocked(producer);
    producer.interrupt();
    producer.join(60_000);

    BatchWriteException e = assertInstanceOf(BatchWriteException.class, thrown.get());
    assertEquals(Boolean.TRUE, stillInterrupted.get(), "the interrupt status is restored");
    assertInstanceOf(InterruptedException.class, e.getCause());
    assertTrue(e.getMessage().startsWith("The batch writer stopped sending: the thread was interrupted"), e.getMessage());
    assertEveryWriteAccountedFor(table, users, e, made.get());
  }

  @Test
  void anInterruptOfCloseEndsTheWork() throws InterruptedException {
    TypedTable<TestUser> table = TypedTable.of(silentClient, TestUserSchema.INSTANCE, "silent");
    List<TestUser> users = users(60);
    BatchWriter<TestUser> writer = table.batchWriter(BatchWriteOptions.defaults().withMaxInFlight(1));
    users.forEach(writer::put);
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    Thread closer = new Thread(() -> {
      try {
        writer.close();
      } catch (Throwable t) {
        thrown.set(t);
      }
    }, "closer");
    closer.start();
    awaitBlocked(closer);
    closer.interrupt();
    closer.join(60_000);

    BatchWriteException e = assertInstanceOf(BatchWriteException.class, thrown.get());
    assertInstanceOf(InterruptedException.class, e.getCause());
    assertEveryWriteAccountedFor(table, users, e, users.size());
  }

  /** Waits until the thread waits (for a slot, or for the writes in flight). */
  private static void awaitBlocked(Thread thread) throws InterruptedException {
    for (int i = 0; i < 600 && thread.getState() != Thread.State.WAITING && thread.getState() != Thread.State.TIMED_WAITING; i++) {
      Thread.sleep(50);
    }
    assertTrue(thread.getState() == Thread.State.WAITING || thread.getState() == Thread.State.TIMED_WAITING,
        "blocked: " + thread.getState());
  }

  /**
   * Every write made is reported once: not applied (never sent, with no cause) or of unknown
   * outcome (sent to a server that never answered, with the timeout as cause).
   */
  private static void assertEveryWriteAccountedFor(TypedTable<TestUser> table, List<TestUser> users, BatchWriteException e, int made) {
    Set<TestUser> reported = new HashSet<>();
    for (BatchWriteException.Unwritten<TestUser> write : e.notApplied(table)) {
      assertTrue(reported.add(write.item()), "reported once: " + write);
      assertEquals(0, write.attempts(), write.toString());
      assertTrue(write.reason().startsWith("never sent: "), write.reason());
    }
    for (BatchWriteException.Unwritten<TestUser> write : e.outcomeUnknown(table)) {
      assertTrue(reported.add(write.item()), "reported once: " + write);
      assertNotNull(write.cause().orElse(null), write.toString());
    }
    assertEquals(new HashSet<>(users.subList(0, made)), reported);
    assertTrue(e.outcomeUnknown().size() <= 25 * BatchWriteOptions.defaults().maxInFlight(), "only writes in flight are unknown");
  }
}
