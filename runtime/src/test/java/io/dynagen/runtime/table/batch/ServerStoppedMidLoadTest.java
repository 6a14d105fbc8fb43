package io.dynagen.runtime.table.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.runtime.table.TypedTable;
import io.dynagen.runtime.testing.DedicatedDynamoDb;
import io.dynagen.runtime.testmodel.TestUser;
import io.dynagen.runtime.testmodel.TestUserSchema;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The server stopped mid-load: a dedicated DynamoDB Local, storing its tables on disk, is stopped
 * while a batch writer loads 6,000 items with 4 requests in flight, then started again over the
 * same data. Every write reported "not applied" is absent, every item not reported is stored, and
 * every "unknown" write is accounted for (stored or not, it is reported).
 */
class ServerStoppedMidLoadTest {
  private static final int ITEMS = 6_000;

  @Test
  void everyWriteIsStoredOrReportedAndNotAppliedOnesAreAbsent(@TempDir Path folder) throws InterruptedException {
    DedicatedDynamoDb server = DedicatedDynamoDb.start(folder);
    String tableName;
    List<TestUser> users = new ArrayList<>();
    for (int i = 0; i < ITEMS; i++) {
      users.add(TestUser.of("user" + i, "n" + i).withAge(i));
    }
    BatchWriteException e;
    CountDownLatch halfway = new CountDownLatch(1);
    try (DynamoDbClient admin = server.client(); DynamoDbClient client = server.client(Duration.ofSeconds(3))) {
      TypedTable.of(admin, TestUserSchema.INSTANCE, "loaded").createTable();
      TypedTable<TestUser> table = TypedTable.of(client, TestUserSchema.INSTANCE, "loaded");
      tableName = table.tableName();
      BatchWriter<TestUser> writer = table.batchWriter(BatchWriteOptions.defaults()
          .withMaxAttempts(3)
          .withProgressListener(written -> {
            if (written >= ITEMS / 4) {
              halfway.countDown();
            }
          }));
      Thread stopper = new Thread(() -> {
        try {
          if (halfway.await(120, TimeUnit.SECONDS)) {
            server.stop();
          }
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
        }
      }, "stopper");
      stopper.start();
      e = assertThrows(BatchWriteException.class, () -> {
        try (writer) {
          users.forEach(writer::put);
        }
      });
      stopper.join();
      System.out.printf("Server stopped mid-load: %d of %d landed, %d not applied, %d outcome unknown%n",
          writer.written(), ITEMS, e.notApplied().size(), e.outcomeUnknown().size());
    }

    DedicatedDynamoDb restarted = server.restart();
    try (DynamoDbClient client = restarted.client()) {
      TypedTable<TestUser> table = TypedTable.of(client, TestUserSchema.INSTANCE, tableName);
      Set<TestUser> stored = new HashSet<>(table.scan().toList());
      Set<TestUser> reported = new HashSet<>();
      for (BatchWriteException.Unwritten<TestUser> write : e.notApplied(table)) {
        assertFalse(stored.contains(write.item()), "not applied, yet stored: " + write);
        assertTrue(reported.add(write.item()), "reported twice: " + write);
      }
      int unknownStored = 0;
      for (BatchWriteException.Unwritten<TestUser> write : e.outcomeUnknown(table)) {
        assertTrue(reported.add(write.item()), "reported twice: " + write);
        unknownStored += stored.contains(write.item()) ? 1 : 0;
      }
      for (TestUser user : users) {
        assertTrue(stored.contains(user) || reported.contains(user), "neither stored nor reported: " + user);
      }
      assertTrue(e.notApplied().size() > 0, "the stop left writes unsent");
      assertEquals(ITEMS, stored.size() - unknownStored + reported.size());
      System.out.printf("After the restart: %d stored, of which %d were reported with an unknown outcome%n",
          stored.size(), unknownStored);
    } finally {
      restarted.stop();
    }
  }
}
