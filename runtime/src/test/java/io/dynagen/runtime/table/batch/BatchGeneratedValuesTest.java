package io.dynagen.runtime.table.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.runtime.GeneratedAttributes;
import io.dynagen.runtime.GeneratedAttributes.TimestampPolicy;
import io.dynagen.runtime.table.TypedTable;
import io.dynagen.runtime.table.UsersTables;
import io.dynagen.runtime.testing.LocalDynamoDb;
import io.dynagen.runtime.testmodel.TestUser;
import io.dynagen.runtime.testmodel.TestUserSchema;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Values Dynagen writes itself, in batch writes: filled in as a single put fills them; and a
 * {@code @Version}, which a batch cannot check, refused at the call.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BatchGeneratedValuesTest {
  private final TypedTable<TestUser> stamped =
      TypedTable.of(
          LocalDynamoDb.client(),
          TestUserSchema.withGenerated(
              GeneratedAttributes.builder()
                  .uuid("status")
                  .timestamp("nick.name", TimestampPolicy.EVERY_WRITE)
                  .counter("age", 100, 1)
                  .build()),
          LocalDynamoDb.uniqueTableName("batch-generated"));

  private final TypedTable<TestUser> versioned =
      TypedTable.of(
          LocalDynamoDb.client(),
          TestUserSchema.withGenerated(GeneratedAttributes.builder().version("age").build()),
          LocalDynamoDb.uniqueTableName("batch-versioned"));

  BatchGeneratedValuesTest() {
    stamped.createTable();
    versioned.createTable();
  }

  @AfterAll
  void dropTables() {
    stamped.deleteTable();
    versioned.deleteTable();
  }

  @Test
  void generatedValuesAreFilledInAsASinglePutFillsThem() {
    Instant before = Instant.now();
    List<TestUser> users = new ArrayList<>();
    try (BatchWriter<TestUser> writer = stamped.batchWriter()) {
      for (int i = 0; i < 40; i++) {
        TestUser user = TestUser.of("user" + i, "x");
        users.add(user);
        writer.put(user);
      }
    }
    Set<String> uuids = new HashSet<>();
    for (TestUser stored : stamped.scan().toList()) {
      uuids.add(UUID.fromString(stored.status()).toString());
      Instant written = Instant.parse(stored.nickName());
      assertTrue(!written.isBefore(before.minusSeconds(1)), written + " is before " + before);
      assertEquals(100, stored.age(), "a new counter starts at its start");
    }
    assertEquals(40, uuids.size(), "one UUID per item");
  }

  @Test
  void theUnwrittenItemIsTheObjectAsGiven() {
    TypedTable<TestUser> missing =
        TypedTable.of(LocalDynamoDb.client(), stamped.schema(), "no-such-table");
    BatchWriter<TestUser> writer = missing.batchWriter();
    TestUser user = TestUser.of("a", "b");
    writer.put(user);
    BatchWriteException e = assertThrows(BatchWriteException.class, writer::close);
    assertSame(user, e.unwritten().get(0).item());
  }

  @Test
  void aVersionedClassIsRefusedAtTheCallSinceABatchCannotCheckIt() {
    BatchWriter<TestUser> writer = versioned.batchWriter();
    IllegalArgumentException put =
        assertThrows(IllegalArgumentException.class, () -> writer.put(TestUser.of("a", "b")));
    assertTrue(put.getMessage().contains("has a @Version ('age')") && put.getMessage().contains("TransactWrite"),
        put.getMessage());
    IllegalArgumentException delete =
        assertThrows(IllegalArgumentException.class, () -> writer.delete(TestUser.of("a", "b").withAge(3)));
    assertTrue(delete.getMessage().contains("delete by key"), delete.getMessage());
    versioned.put(TestUser.of("a", "b"));
    writer.delete(UsersTables.key(versioned, "a", "b"));
    writer.close();
    assertEquals(1, writer.written());
    assertEquals(0, versioned.scan().count());
    assertNotNull(writer.toString());
  }
}
