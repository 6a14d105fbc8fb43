package io.dynagen.runtime.table.batch;

import static io.dynagen.runtime.table.UsersTables.JOHNDOE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.runtime.table.ItemSize;
import io.dynagen.runtime.table.Rejections;
import io.dynagen.runtime.table.TypedTable;
import io.dynagen.runtime.table.UsersTables;
import io.dynagen.runtime.table.read.GetOptions;
import io.dynagen.runtime.testing.LocalDynamoDb;
import io.dynagen.runtime.testing.RequestLog;
import io.dynagen.runtime.testmodel.TestUser;
import io.dynagen.runtime.testmodel.TestUserSchema;
import io.dynagen.runtime.testmodel.TestUser_;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Bad input to a batch writer or batch get fails at the call, naming what is wrong, before
 * anything is buffered or sent: the writer then sends nothing at all.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BatchValidationTest {
  private final RequestLog log = new RequestLog();
  private final DynamoDbClient client = LocalDynamoDb.newClient(log);
  private final TypedTable<TestUser> users = UsersTables.create(client, "batch-validation");

  @BeforeEach
  void forgetSetUpRequests() {
    log.clear();
  }

  @AfterAll
  void dropTable() {
    users.deleteTable();
    client.close();
  }

  private void rejected(Executable call, String... mentions) {
    Rejections.rejectedBeforeSending(log, call, mentions);
  }

  private static Map<String, AttributeValue> key(String username, String lastName) {
    Map<String, AttributeValue> key = new LinkedHashMap<>();
    key.put("username", AttributeValue.fromS(username));
    key.put("last_name", AttributeValue.fromS(lastName));
    return key;
  }

  private static TestUser tooBig() {
    return JOHNDOE.withFirstName("x".repeat(ItemSize.MAX_BYTES));
  }

  @Test
  void badWritesFailAtTheCallAndNothingIsBuffered() {
    String table = users.tableName();
    BatchWriter<TestUser> writer = users.batchWriter();
    rejected(() -> writer.put(null), "item to put", "'" + table + "'", "null");
    rejected(() -> writer.put(TestUser.of(null, "Doe")), "'username'", "null");
    rejected(() -> writer.put(TestUser.of("johndoe", "")), "'last_name'", "empty");
    rejected(() -> writer.put(tooBig()), "over DynamoDB's item limit", "'first_name'");
    rejected(() -> writer.delete((TestUser) null), "item to delete", "null");
    rejected(() -> writer.delete(TestUser.of("johndoe", null)), "'last_name'", "null");
    rejected(() -> writer.delete((Map<String, AttributeValue>) null), "Key for table '" + table + "' is null");
    rejected(() -> writer.delete(Map.of("username", AttributeValue.fromS("johndoe"))), "'last_name'");
    Map<String, AttributeValue> extra = key("johndoe", "Doe");
    extra.put("age", AttributeValue.fromN("25"));
    rejected(() -> writer.delete(extra), "other than its key");
    rejected(() -> writer.delete(key("johndoe", "")), "'last_name'", "empty");
    Map<String, AttributeValue> numeric = key("johndoe", "Doe");
    numeric.put("username", AttributeValue.fromN("7"));
    rejected(() -> writer.delete(numeric), "'username'", "type N", "declares it S");
    writer.close();
    assertEquals(0, writer.written());
    assertEquals(0, log.size(), "nothing was buffered, so close sent nothing");
    assertEquals(0, users.scan().count());
  }

  @Test
  void badWritesAcrossTablesFailAtTheCall() {
    MultiTableBatchWriter writer = BatchWriter.across(client);
    rejected(() -> writer.put(users, null), "null");
    rejected(() -> writer.put(users, tooBig()), "over DynamoDB's item limit");
    rejected(() -> writer.delete(users, key(null, "Doe")), "'username'", "null");
    rejected(() -> writer.delete(users, (TestUser) null), "null");
    assertThrows(NullPointerException.class, () -> writer.put(null, JOHNDOE));
    writer.close();
    assertEquals(0, log.size());
  }

  @Test
  void anItemExactlyAtTheLimitIsAccepted() {
    TestUser base = TestUser.of("big", "one");
    long withoutName = ItemSize.of(TestUserSchema.INSTANCE.toItem(base.withFirstName("")));
    TestUser atLimit = base.withFirstName("x".repeat((int) (ItemSize.MAX_BYTES - withoutName)));
    assertEquals(ItemSize.MAX_BYTES, ItemSize.of(TestUserSchema.INSTANCE.toItem(atLimit)));
    try (BatchWriter<TestUser> writer = users.batchWriter()) {
      writer.put(atLimit);
    }
    assertEquals(atLimit, users.get(UsersTables.key(users, atLimit)).orElseThrow());
    users.delete(UsersTables.key(users, atLimit));
  }

  @Test
  void badKeysOfABatchGetFailBeforeAnyRequest() {
    String table = users.tableName();
    rejected(() -> users.batchGet(null), "keys to read", "null");
    List<Map<String, AttributeValue>> withNull = new ArrayList<>();
    withNull.add(key("a", "b"));
    withNull.add(null);
    rejected(() -> users.batchGet(withNull), "Key for table '" + table + "' is null");
    rejected(() -> users.batchGet(List.of(key("a", ""))), "'last_name'", "empty");
    rejected(() -> users.batchGet(List.of(Map.of("username", AttributeValue.fromS("a")))), "'last_name'");
    Map<String, AttributeValue> binary = key("a", "b");
    binary.put("last_name", AttributeValue.fromB(SdkBytes.fromUtf8String("b")));
    rejected(() -> users.batchGet(List.of(binary)), "'last_name'", "declares it S");
    assertEquals(List.of(), users.batchGet(List.of()));
    assertEquals(0, log.size(), "no keys, no request");
  }

  @Test
  void aBatchGetReadsATableOneWay() {
    BatchGet get = BatchGet.across(client);
    get.add(users, List.of(key("a", "b")));
    rejected(() -> get.add(users, List.of(key("c", "d")), GetOptions.defaults().consistentRead()),
        "'" + users.tableName() + "' is already in this batch get", "consistent read false");
    rejected(() -> get.add(users, List.of(key("c", "d")), GetOptions.defaults().project(TestUser_.age)),
        "projection");
    get.add(users, List.of(key("c", "d")), GetOptions.defaults());
  }

  @Test
  void aHandleBelongsToItsBatchGetAndExecution() {
    BatchGet get = BatchGet.across(client);
    BatchGet.Handle<TestUser> before = get.add(users, List.of(key("a", "b")));
    BatchGet.Result result = get.execute();
    assertEquals(List.of(), result.items(before));
    BatchGet.Handle<TestUser> after = get.add(users, List.of(key("c", "d")));
    IllegalArgumentException late = assertThrows(IllegalArgumentException.class, () -> result.items(after));
    assertTrue(late.getMessage().contains("added after"), late.getMessage());
    BatchGet other = BatchGet.across(client);
    BatchGet.Handle<TestUser> foreign = other.add(users, List.of(key("a", "b")));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> result.items(foreign));
    assertTrue(e.getMessage().contains("another BatchGet"), e.getMessage());
  }
}
