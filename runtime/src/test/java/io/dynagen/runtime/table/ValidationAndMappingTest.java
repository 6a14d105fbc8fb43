package io.dynagen.runtime.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.runtime.MappingException;
import io.dynagen.runtime.expr.Encoders;
import io.dynagen.runtime.expr.NumberPath;
import io.dynagen.runtime.testing.LocalDynamoDb;
import io.dynagen.runtime.testing.RequestLog;
import io.dynagen.runtime.testmodel.TestUser;
import io.dynagen.runtime.testmodel.TestUser_;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Arguments DynamoDB would reject fail before any request, naming what is wrong; a stored item
 * that does not fit the class names the table and key.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ValidationAndMappingTest {
  private final RequestLog log = new RequestLog();
  private final DynamoDbClient client = LocalDynamoDb.newClient(log);
  private final TypedTable<TestUser> users = UsersTables.create(client, "validation");

  @BeforeEach
  void forgetSetUpRequests() {
    log.clear();
  }

  @AfterAll
  void dropTable() {
    users.deleteTable();
    client.close();
  }

  private IllegalArgumentException rejectedBeforeSending(Executable call, String... mentions) {
    return Rejections.rejectedBeforeSending(log, call, mentions);
  }

  @Test
  void nullAndEmptyKeys() {
    rejectedBeforeSending(() -> UsersTables.key(users, null, "Doe"), "'username'", "null");
    rejectedBeforeSending(() -> UsersTables.key(users, "janedoe", ""), "'last_name'", "empty");
    rejectedBeforeSending(() -> users.query("", Encoders.STRING), "'username'", "empty");
    rejectedBeforeSending(() -> users.put(TestUser.of(null, "Doe")), "'username'", users.tableName());
    rejectedBeforeSending(() -> users.put(TestUser.of("janedoe", "")), "'last_name'");
    rejectedBeforeSending(() -> users.get(null), users.tableName());
    Map<String, AttributeValue> generatedWithNull = new LinkedHashMap<>();
    generatedWithNull.put("username", AttributeValue.fromS(null));
    generatedWithNull.put("last_name", AttributeValue.fromS("Doe"));
    rejectedBeforeSending(() -> users.get(generatedWithNull), "'username'", "null");
    Map<String, AttributeValue> extra = new LinkedHashMap<>(UsersTables.key(users, "a", "b"));
    extra.put("age", AttributeValue.fromN("1"));
    rejectedBeforeSending(() -> users.delete(extra), "other than its key");
    rejectedBeforeSending(() -> users.get(Map.of("username", AttributeValue.fromS("a"))), "'last_name'");
  }

  @Test
  void notANumber() {
    NumberPath<Double> score = new NumberPath<>(null, "score", Encoders.DOUBLE);
    rejectedBeforeSending(() -> users.update(UsersTables.key(users, "a", "b"), score.set(Double.NaN)), "'score'", "NaN");
    rejectedBeforeSending(() -> users.scan().filter(score.gt(Double.NaN)), "'score'");
  }

  @Test
  void itemsOverFourHundredKilobytes() {
    TestUser base = TestUser.of("big", "Item");
    long fixed = ItemSize.of(users.schema().toItem(base.withFirstName("")));
    // Exactly at the limit, DynamoDB takes it: the size is computed as the service does.
    TestUser atLimit = base.withFirstName("x".repeat((int) (ItemSize.MAX_BYTES - fixed)));
    assertEquals(ItemSize.MAX_BYTES, ItemSize.of(users.schema().toItem(atLimit)));
    users.put(atLimit);
    log.clear();
    TestUser over = base.withFirstName("x".repeat((int) (ItemSize.MAX_BYTES - fixed) + 1));
    rejectedBeforeSending(() -> users.put(over), "409601 bytes", "'first_name'", users.tableName(), "big");
  }

  @Test
  void aStoredItemThatDoesNotFitNamesTableKeyAndAttribute() {
    Map<String, AttributeValue> item = new LinkedHashMap<>(UsersTables.key(users, "broken", "Item"));
    item.put("first_name", AttributeValue.fromN("40")); // the class wants a string
    client.putItem(r -> r.tableName(users.tableName()).item(item));
    MappingException e = assertThrows(MappingException.class, () -> users.get(UsersTables.key(users, "broken", "Item")));
    assertEquals(users.tableName(), e.table());
    assertEquals("first_name", e.path());
    assertTrue(e.key().contains("broken"), e.key());
    assertTrue(e.getMessage().contains(users.tableName()), e.getMessage());
    assertThrows(MappingException.class, () -> users.query("broken", Encoders.STRING).toList());
    users.delete(UsersTables.key(users, "broken", "Item"));
  }

  @Test
  void anEmptyUpdateOrProjectionIsRejected() {
    rejectedBeforeSending(() -> users.scan().project(), "projection");
    rejectedBeforeSending(() -> users.query("a", Encoders.STRING).pageSize(0), "Page size");
    rejectedBeforeSending(() -> users.update(UsersTables.key(users, "a", "b"), TestUser_.age.set(1), TestUser_.age.add(1)), "'age'");
  }
}
