package io.dynagen.streams.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.dynagen.runtime.streams.ChangeType;
import io.dynagen.runtime.streams.ItemChange;
import io.dynagen.runtime.streams.ItemChanges;
import io.dynagen.runtime.table.admin.TableOptions;
import io.dynagen.runtime.table.TypedTable;
import io.dynagen.runtime.testing.LocalDynamoDb;
import io.dynagen.runtime.testing.StreamCapture;
import io.dynagen.runtime.testmodel.SampleUsers;
import io.dynagen.runtime.testmodel.TestUser;
import io.dynagen.runtime.testmodel.TestUserSchema;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/**
 * Records captured from DynamoDB Local's stream API (insert, modify, remove of an item with a
 * nested map, a set, a list, binary and numbers), handed over as a Lambda {@code DynamodbEvent}
 * carries them, come out of {@link LambdaRecords} as the records the SDK read, and read as the
 * same typed changes.
 */
class LambdaRecordsTest {
  private static final ItemChanges<TestUser> CHANGES = ItemChanges.of(TestUserSchema.INSTANCE);
  private static final TestUser JANE = SampleUsers.everyKindOfValue();

  private static TypedTable<TestUser> users;
  private static List<Record> captured;

  @BeforeAll
  static void writeAndCapture() {
    users = TypedTable.of(LocalDynamoDb.client(), TestUserSchema.INSTANCE, LocalDynamoDb.uniqueTableName("lambda"));
    users.createTable(TableOptions.onDemand().withStream(StreamViewType.NEW_AND_OLD_IMAGES));
    users.put(JANE);
    users.put(JANE.withAge(26).withTags(null).withAddress(null));
    users.delete(JANE);
    captured = StreamCapture.records(users.tableName());
  }

  @AfterAll
  static void deleteTable() {
    users.deleteTable();
  }

  @Test
  void lambdaRecordsAreTheRecordsTheSdkRead() {
    assertEquals(3, captured.size());
    assertEquals(captured, LambdaRecords.toSdk(LambdaEvents.event(captured)));
  }

  @Test
  void andReadAsTheSameChanges() {
    List<ItemChange<TestUser>> fromLambda = CHANGES.readAll(LambdaRecords.toSdk(LambdaEvents.event(captured)));
    assertEquals(CHANGES.readAll(captured), fromLambda);
    assertEquals(List.of(ChangeType.INSERT, ChangeType.MODIFY, ChangeType.REMOVE),
        fromLambda.stream().map(ItemChange::type).toList());
    assertEquals(JANE, fromLambda.get(0).newImage().orElseThrow());
    assertEquals(JANE, fromLambda.get(1).oldImage().orElseThrow());
    assertFalse(fromLambda.get(2).newImage().isPresent());
    assertEquals(captured.get(1).dynamodb().sequenceNumber(), fromLambda.get(1).sequenceNumber());
    assertEquals(captured.get(1).dynamodb().approximateCreationDateTime(), fromLambda.get(1).approximateCreationTime());
  }

  @Test
  void anEventWithoutRecords() {
    assertEquals(List.of(), LambdaRecords.toSdk(new com.amazonaws.services.lambda.runtime.events.DynamodbEvent()));
  }
}
