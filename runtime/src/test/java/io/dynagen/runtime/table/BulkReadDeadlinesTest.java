package io.dynagen.runtime.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.runtime.table.batch.BatchFaultInjector;
import io.dynagen.runtime.table.batch.BatchGet;
import io.dynagen.runtime.table.batch.BatchGetException;
import io.dynagen.runtime.table.batch.BatchGetOptions;
import io.dynagen.runtime.testing.LocalDynamoDb;
import io.dynagen.runtime.testing.SilentServer;
import io.dynagen.runtime.testmodel.TestUser;
import io.dynagen.runtime.testmodel.TestUserSchema;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Batch gets and parallel scans take a deadline and react to interrupts: they send no further
 * request, and say what was not read.
 */
class BulkReadDeadlinesTest {

  @Test
  void aBatchGetThrottledWithoutEndStopsAtItsDeadline() {
    BatchFaultInjector faults = new BatchFaultInjector(7).throttling(1.0);
    try (DynamoDbClient client = LocalDynamoDb.newClientWithoutRetries(faults)) {
      TypedTable<TestUser> table = UsersTables.create(client, "get-deadline");
      List<Map<String, AttributeValue>> keys = new ArrayList<>();
      for (int i = 0; i < 150; i++) {
        keys.add(UsersTables.key(table, "user" + i, "x"));
      }
      BatchGet get = BatchGet.across(client, BatchGetOptions.defaults().withMaxAttempts(100)
          .withBackoff(Duration.ofMillis(200), Duration.ofSeconds(2)).withDeadline(Duration.ofSeconds(2)));
      get.add(table, keys);

      BatchGetException e = assertThrows(BatchGetException.class, get::execute);

      assertEquals(150, e.unread().size());
      assertTrue(e.getMessage().startsWith("The batch get stopped asking: the deadline of PT2S passed: 150 keys were not read"),
          e.getMessage());
      table.deleteTable();
    }
  }

  @Test
  void anInterruptedBatchGetAsksNothingAndKeepsTheInterrupt() {
    TypedTable<TestUser> table = UsersTables.create("get-interrupt");
    BatchGet get = BatchGet.across(LocalDynamoDb.client());
    get.add(table, List.of(UsersTables.key(table, "a", "b")));

    Thread.currentThread().interrupt();
    BatchGetException e;
    try {
      e = assertThrows(BatchGetException.class, get::execute);
      assertTrue(Thread.currentThread().isInterrupted());
    } finally {
      Thread.interrupted();
    }
    assertInstanceOf(InterruptedException.class, e.getCause());
    assertEquals(1, e.unread().size());
    table.deleteTable();
  }

  @Test
  void aParallelScanOfAServerThatNeverAnswersStopsAtItsDeadline() {
    try (SilentServer silent = SilentServer.start(); DynamoDbClient client = silent.client(Duration.ofSeconds(20))) {
      TypedTable<TestUser> table = TypedTable.of(client, TestUserSchema.INSTANCE, "silent");
      long start = System.nanoTime();

      DeadlineExceededException e = assertThrows(DeadlineExceededException.class,
          () -> table.scan().segments(4).deadline(Duration.ofSeconds(2)).toList());

      Duration took = Duration.ofNanos(System.nanoTime() - start);
      System.out.println("A 4-segment parallel scan with a 2 s deadline against a silent server ended after " + took);
      assertTrue(e.getMessage().contains("passed its deadline of PT2S"), e.getMessage());
      assertTrue(took.compareTo(Duration.ofSeconds(15)) < 0, "ended after " + took + ", before the client's 20 s timeout");
    }
  }
}
