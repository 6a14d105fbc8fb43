package io.dynagen.runtime.table.batch;

import static io.dynagen.runtime.table.UsersTables.JANEDOERING;
import static io.dynagen.runtime.table.UsersTables.JOHNDOE;
import static io.dynagen.runtime.table.UsersTables.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dynagen.runtime.table.TableNotFoundException;
import io.dynagen.runtime.table.TypedTable;
import io.dynagen.runtime.table.UsersTables;
import io.dynagen.runtime.table.read.GetOptions;
import io.dynagen.runtime.testing.LocalDynamoDb;
import io.dynagen.runtime.testmodel.TestAddress;
import io.dynagen.runtime.testmodel.TestUser;
import io.dynagen.runtime.testmodel.TestUserSchema;
import io.dynagen.runtime.testmodel.TestUser_;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Batch gets against DynamoDB Local, the service behaving: order, duplicates, splitting, tables. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BatchGetTest {
  private static final int USERS = 250;

  private final BatchFaultInjector requests = new BatchFaultInjector(1); // no faults: it inspects
  private final DynamoDbClient client = LocalDynamoDb.newClientWithoutRetries(requests);
  private final TypedTable<TestUser> users = UsersTables.create(client, "batch-get");
  private final TypedTable<TestUser> others = UsersTables.create(client, "batch-get-others");
  private final List<TestUser> stored = new ArrayList<>();

  BatchGetTest() {
    try (MultiTableBatchWriter writer = BatchWriter.across(client)) {
      for (int i = 0; i < USERS; i++) {
        TestUser user = TestUser.of("user" + i, "n" + i).withAge(i).withFirstName("first" + i);
        stored.add(user);
        writer.put(users, user);
      }
      writer.put(users, JOHNDOE);
      writer.put(others, JANEDOERING);
    }
  }

  @AfterAll
  void dropTables() {
    users.deleteTable();
    others.deleteTable();
    client.close();
  }

  private Map<String, AttributeValue> keyOf(int i) {
    return key(users, "user" + i, "n" + i);
  }

  @Test
  void itemsComeInTheOrderOfTheKeysEachOnceMissingOnesLeftOut() {
    int before = requests.requests();
    int keysBefore = requests.sent();
    List<Map<String, AttributeValue>> keys =
        List.of(keyOf(7), key(users, "nobody", "x"), keyOf(3), keyOf(7), keyOf(200), keyOf(3));
    assertEquals(List.of(stored.get(7), stored.get(3), stored.get(200)), users.batchGet(keys));
    assertEquals(1, requests.requests() - before);
    assertEquals(4, requests.sent() - keysBefore, "each key asked once");
    assertEquals(List.of(), requests.violations());
  }

  @Test
  void moreThanAHundredKeysAreSplitIntoRequestsOfAHundred() {
    List<Map<String, AttributeValue>> keys = new ArrayList<>();
    for (int i = USERS - 1; i >= 0; i--) {
      keys.add(keyOf(i));
    }
    List<TestUser> expected = new ArrayList<>(stored);
    Collections.reverse(expected);
    int before = requests.requests();
    assertEquals(expected, users.batchGet(keys));
    assertEquals(3, requests.requests() - before, "100 + 100 + 50");
    assertEquals(100, requests.largestRequest());
  }

  @Test
  void handlesTakeTheirItemsFromOneExecution() {
    BatchGet get = BatchGet.across(client);
    BatchGet.Handle<TestUser> first = get.add(users, List.of(keyOf(1), keyOf(2)));
    BatchGet.Handle<TestUser> second = get.add(users, List.of(keyOf(2), key(users, JOHNDOE)));
    BatchGet.Handle<TestUser> other = get.add(others, List.of(key(others, JANEDOERING), key(others, JOHNDOE)));
    int before = requests.requests();
    int keysBefore = requests.sent();
    BatchGet.Result result = get.execute();
    assertEquals(1, requests.requests() - before, "one request for both tables");
    assertEquals(3 + 2, requests.sent() - keysBefore, "user2, in two handles, is asked once");
    assertEquals(List.of(stored.get(1), stored.get(2)), result.items(first));
    assertEquals(List.of(stored.get(2), JOHNDOE), result.items(second));
    assertEquals(List.of(JANEDOERING), result.items(other));
    assertEquals(4, result.size());
    assertEquals(users.tableName(), first.tableName());
  }

  @Test
  void consistentReadsAndProjectionsBringTheKeysBack() {
    List<TestUser> projected =
        users.batchGet(List.of(key(users, JOHNDOE), keyOf(5)), GetOptions.defaults().consistentRead().project(TestUser_.address.state));
    assertEquals(2, projected.size());
    TestUser john = projected.get(0);
    assertEquals("johndoe", john.username());
    assertEquals("Doe", john.lastName());
    assertEquals(new TestAddress(null, null, "CA", null), john.address());
    assertNull(john.age());
    assertEquals(TestUser.of("user5", "n5"), projected.get(1));
    assertEquals(List.of(JOHNDOE), users.batchGet(List.of(key(users, JOHNDOE)), GetOptions.defaults().consistentRead()));
  }

  @Test
  void aMissingTableIsNamedEvenAmongOthers() {
    TypedTable<TestUser> missing = TypedTable.of(client, TestUserSchema.INSTANCE, "no-such-table");
    TableNotFoundException alone =
        assertThrows(TableNotFoundException.class, () -> missing.batchGet(List.of(key(missing, JOHNDOE))));
    assertEquals("no-such-table", alone.tableName());
    BatchGet get = BatchGet.across(client);
    get.add(users, List.of(keyOf(1)));
    get.add(missing, List.of(key(missing, JOHNDOE)));
    TableNotFoundException among = assertThrows(TableNotFoundException.class, get::execute);
    assertEquals("no-such-table", among.tableName());
  }
}
