package io.dynagen.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.example.model.Address;
import io.dynagen.example.model.User;
import io.dynagen.example.model.UserSchema;
import io.dynagen.example.model.UserTable;
import io.dynagen.runtime.MappingException;
import io.dynagen.runtime.streams.ChangeType;
import io.dynagen.runtime.streams.ItemChange;
import io.dynagen.runtime.streams.ItemChanges;
import io.dynagen.runtime.table.admin.TableOptions;
import io.dynagen.runtime.testing.LocalDynamoDb;
import io.dynagen.runtime.testing.StreamCapture;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/**
 * The walk-through's generated {@code UserTable} with a stream, on DynamoDB Local over HTTP: its
 * records read with the generated {@code UserSchema} as changes of {@link User}.
 */
class GeneratedStreamRecordsTest {
  private static final ItemChanges<User> CHANGES = ItemChanges.of(UserSchema.INSTANCE);

  @Test
  void insertModifyRemoveOfGeneratedUsers() {
    String tableName = LocalDynamoDb.uniqueTableName("streamed-users");
    UserTable users = UserTable.create(LocalDynamoDb.client(), tableName);
    users.createTable(TableOptions.onDemand().withStream(StreamViewType.NEW_AND_OLD_IMAGES));
    try {
      User jane = new User("janedoe", "Doe", "Jane", 25, "standard_user",
          new Address("1 Jefferson Street", "Los Angeles", "CA", 90001));
      User older = new User("janedoe", "Doe", "Jane", 26, "standard_user", null);
      users.put(jane);
      users.put(older);
      users.delete("janedoe", "Doe");
      List<Record> records = StreamCapture.records(tableName);

      List<ItemChange<User>> changes = CHANGES.readAll(records);
      assertEquals(List.of(ChangeType.INSERT, ChangeType.MODIFY, ChangeType.REMOVE),
          changes.stream().map(ItemChange::type).toList());
      assertEquals(jane, changes.get(0).newImage().orElseThrow());
      assertEquals(jane, changes.get(1).oldImage().orElseThrow());
      assertEquals(older, changes.get(1).newImage().orElseThrow());
      assertEquals(older, changes.get(2).oldImage().orElseThrow());
      assertFalse(changes.get(2).newImage().isPresent());
      assertEquals(Map.of("username", AttributeValue.fromS("janedoe"), "last_name", AttributeValue.fromS("Doe")),
          changes.get(2).keys());

      // A generated schema names its table and the item's key when an image does not fit.
      Map<String, AttributeValue> image = new HashMap<>(records.get(0).dynamodb().newImage());
      image.put("age", AttributeValue.fromS("old"));
      Record bad = records.get(0).toBuilder()
          .dynamodb(records.get(0).dynamodb().toBuilder().newImage(image).build()).build();
      MappingException error = assertThrows(MappingException.class, () -> CHANGES.read(bad));
      assertTrue(error.getMessage().contains("'age'") && error.getMessage().contains("janedoe")
          && error.getMessage().contains("users"), error.getMessage());
    } finally {
      users.deleteTable();
    }
  }
}
