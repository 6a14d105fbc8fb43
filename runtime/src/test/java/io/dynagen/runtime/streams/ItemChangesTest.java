package io.dynagen.runtime.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.runtime.MappingException;
import io.dynagen.runtime.table.admin.TableOptions;
import io.dynagen.runtime.table.TypedTable;
import io.dynagen.runtime.testing.LocalDynamoDb;
import io.dynagen.runtime.testing.StreamCapture;
import io.dynagen.runtime.testmodel.SampleUsers;
import io.dynagen.runtime.testmodel.TestUser;
import io.dynagen.runtime.testmodel.TestUserSchema;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/**
 * Records captured from DynamoDB Local's stream API (a table created with a stream through {@link
 * TableOptions}, read with the SDK's streams client at the same endpoint) read as {@link
 * ItemChange}s of the mapped class: an insert, a modify and a remove, with their images.
 */
class ItemChangesTest {
  private static final ItemChanges<TestUser> CHANGES = ItemChanges.of(TestUserSchema.INSTANCE);
  private static final TestUser JANE = SampleUsers.everyKindOfValue();
  private static final TestUser OLDER_JANE = JANE.withAge(26).withTags(null);

  private static TypedTable<TestUser> users;
  private static List<Record> records;
  private static Instant before;

  @BeforeAll
  static void writeAndCapture() {
    users = TypedTable.of(LocalDynamoDb.client(), TestUserSchema.INSTANCE, LocalDynamoDb.uniqueTableName("streamed"));
    users.createTable(TableOptions.onDemand().withStream(StreamViewType.NEW_AND_OLD_IMAGES));
    before = Instant.now().minus(Duration.ofMinutes(1));
    users.put(JANE);
    users.put(OLDER_JANE);
    users.delete(OLDER_JANE);
    records = StreamCapture.records(users.tableName());
  }

  @AfterAll
  static void deleteTable() {
    users.deleteTable();
  }

  @Test
  void insertModifyAndRemove() {
    List<ItemChange<TestUser>> changes = CHANGES.readAll(records);
    assertEquals(3, changes.size(), records::toString);
    Map<String, AttributeValue> key = Map.of("username", AttributeValue.fromS("janedoe"),
        "last_name", AttributeValue.fromS("Doe"));

    ItemChange<TestUser> insert = changes.get(0);
    assertEquals(ChangeType.INSERT, insert.type());
    assertEquals(key, insert.keys());
    assertEquals(java.util.Optional.empty(), insert.oldImage());
    assertEquals(JANE, insert.newImage().orElseThrow());

    ItemChange<TestUser> modify = changes.get(1);
    assertEquals(ChangeType.MODIFY, modify.type());
    assertEquals(JANE, modify.oldImage().orElseThrow());
    assertEquals(OLDER_JANE, modify.newImage().orElseThrow());

    ItemChange<TestUser> remove = changes.get(2);
    assertEquals(ChangeType.REMOVE, remove.type());
    assertEquals(key, remove.keys());
    assertEquals(OLDER_JANE, remove.oldImage().orElseThrow());
    assertFalse(remove.newImage().isPresent());

    for (ItemChange<TestUser> change : changes) {
      assertNotNull(change.eventId());
      assertTrue(change.approximateCreationTime().isAfter(before), change::toString);
    }
    // Sequence numbers order a shard's records (decimal strings of growing length).
    assertTrue(new java.math.BigInteger(insert.sequenceNumber()).compareTo(new java.math.BigInteger(
        remove.sequenceNumber())) < 0);
  }

  @Test
  void aKeysOnlyStreamHasNoImages() {
    TypedTable<TestUser> keysOnly =
        TypedTable.of(LocalDynamoDb.client(), TestUserSchema.INSTANCE, LocalDynamoDb.uniqueTableName("keys-only"));
    keysOnly.createTable(TableOptions.onDemand().withStream(StreamViewType.KEYS_ONLY));
    try {
      keysOnly.put(JANE);
      ItemChange<TestUser> insert = CHANGES.read(StreamCapture.records(keysOnly.tableName()).get(0));
      assertEquals(ChangeType.INSERT, insert.type());
      assertEquals("janedoe", insert.keys().get("username").s());
      assertFalse(insert.newImage().isPresent());
      assertFalse(insert.oldImage().isPresent());
    } finally {
      keysOnly.deleteTable();
    }
  }

  @Test
  void anImageThatDoesNotFitNamesTheKeyAndAttribute() {
    Record insert = records.get(0);
    Map<String, AttributeValue> image = new java.util.HashMap<>(insert.dynamodb().newImage());
    image.put("age", AttributeValue.fromS("twenty"));
    Record bad = insert.toBuilder().dynamodb(insert.dynamodb().toBuilder().newImage(image).build()).build();
    MappingException error = assertThrows(MappingException.class, () -> CHANGES.read(bad));
    assertTrue(error.getMessage().contains("'age'"), error.getMessage());
    assertTrue(error.getMessage().contains("janedoe"), error.getMessage());
  }

  @Test
  void notAStreamRecord() {
    IllegalArgumentException noChange = assertThrows(IllegalArgumentException.class,
        () -> CHANGES.read(Record.builder().eventID("e1").eventName("INSERT").build()));
    assertTrue(noChange.getMessage().contains("has no change"), noChange.getMessage());
    Record renamed = records.get(0).toBuilder().eventName("UPSERT").build();
    IllegalArgumentException badName = assertThrows(IllegalArgumentException.class, () -> CHANGES.read(renamed));
    assertTrue(badName.getMessage().contains("'UPSERT'"), badName.getMessage());
  }
}
