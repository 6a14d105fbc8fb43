package io.dynagen.runtime.table.transact;

import static io.dynagen.runtime.table.UsersTables.JANEDOE;
import static io.dynagen.runtime.table.UsersTables.JANEDOERING;
import static io.dynagen.runtime.table.UsersTables.JOHNDOE;
import static io.dynagen.runtime.table.UsersTables.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.runtime.expr.AttributePath;
import io.dynagen.runtime.expr.Update;
import io.dynagen.runtime.table.TableNotFoundException;
import io.dynagen.runtime.table.TypedTable;
import io.dynagen.runtime.table.UsersTables;
import io.dynagen.runtime.testing.LocalDynamoDb;
import io.dynagen.runtime.testing.RequestLog;
import io.dynagen.runtime.testmodel.TestAddress;
import io.dynagen.runtime.testmodel.TestUser;
import io.dynagen.runtime.testmodel.TestUserSchema;
import io.dynagen.runtime.testmodel.TestUser_;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;

/** Read transactions across two tables on DynamoDB Local. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TransactGetTest {
  private final RequestLog log = new RequestLog();
  private final DynamoDbClient client = LocalDynamoDb.newClient(log);
  private final TypedTable<TestUser> left = UsersTables.create(client, "txget-left");
  private final TypedTable<TestUser> right = UsersTables.create(client, "txget-right");

  TransactGetTest() {
    left.put(JANEDOE);
    right.put(JOHNDOE);
  }

  @BeforeEach
  void forgetSetUpRequests() {
    log.clear();
  }

  @AfterAll
  void dropTables() {
    left.deleteTable();
    right.deleteTable();
    client.close();
  }

  @Test
  void readsItemsOfSeveralTablesInOneRequestWithMissingOnesEmpty() {
    TransactGet read = TransactGet.with(client);
    TransactGet.Handle<TestUser> jane = read.get(left, key(left, JANEDOE));
    TransactGet.Handle<TestUser> john = read.get(right, key(right, JOHNDOE));
    TransactGet.Handle<TestUser> nobody = read.get(right, key(right, JANEDOE));
    TransactGet.Handle<TestUser> johnsAddress = read.get(left, key(left, JOHNDOE), TestUser_.address.city);

    TransactGet.Result result = read.execute();

    assertEquals(Optional.of(JANEDOE), result.get(jane));
    assertEquals(Optional.of(JOHNDOE), result.get(john));
    assertEquals(Optional.empty(), result.get(nobody));
    assertEquals(Optional.empty(), result.get(johnsAddress), "johndoe is in the right table only");
    assertEquals(4, result.size());
    assertEquals(1, log.count("TransactGetItems"));
  }

  @Test
  void aProjectionReadsOnlyTheNamedAttributes() {
    TransactGet read = TransactGet.with(client);
    TransactGet.Handle<TestUser> city = read.get(right, key(right, JOHNDOE), TestUser_.firstName, TestUser_.address.city);

    TestUser john = read.execute().get(city).orElseThrow();

    assertEquals("John", john.firstName());
    assertEquals(new TestAddress(null, "Los Angeles", null, null), john.address());
    assertNull(john.username());
    assertThrows(IllegalArgumentException.class, () -> read.get(left, key(left, JANEDOE), new AttributePath[0]));
  }

  @Test
  void seesAWriteTransactionWhole() {
    TransactGet read = TransactGet.with(client);
    TransactGet.Handle<TestUser> jane = read.get(left, key(left, JANEDOE));
    TransactGet.Handle<TestUser> john = read.get(right, key(right, JOHNDOE));
    TransactGet.Handle<TestUser> newcomer = read.get(right, key(right, JANEDOERING));
    TransactGet.Result before = read.execute();

    TransactWrite.with(client)
        .update(left, key(left, JANEDOE), Update.of(TestUser_.age.add(1)))
        .update(right, key(right, JOHNDOE), Update.of(TestUser_.age.add(1)))
        .put(right, JANEDOERING)
        .execute();
    TransactGet.Result after = read.execute();

    assertEquals(Optional.empty(), before.get(newcomer));
    assertEquals(25, before.get(jane).orElseThrow().age());
    assertEquals(Optional.of(JANEDOERING), after.get(newcomer));
    assertEquals(26, after.get(jane).orElseThrow().age());
    assertEquals(26, after.get(john).orElseThrow().age());
    // Put things back for the other tests.
    TransactWrite.with(client).put(left, JANEDOE).put(right, JOHNDOE).delete(right, key(right, JANEDOERING)).execute();
  }

  @Test
  void aHandleOnlyWorksWithItsOwnResult() {
    TransactGet first = TransactGet.with(client);
    TransactGet.Handle<TestUser> jane = first.get(left, key(left, JANEDOE));
    TransactGet.Result firstResult = first.execute();
    TransactGet second = TransactGet.with(client);
    second.get(right, key(right, JOHNDOE));
    TransactGet.Result secondResult = second.execute();
    TransactGet.Handle<TestUser> late = first.get(right, key(right, JOHNDOE));

    IllegalArgumentException other = assertThrows(IllegalArgumentException.class, () -> secondResult.get(jane));
    assertTrue(other.getMessage().contains("not of this result"), other.getMessage());
    assertThrows(IllegalArgumentException.class, () -> firstResult.get(late));
    assertEquals(Optional.of(JOHNDOE), first.execute().get(late));
  }

  @Test
  void aHundredItemsPassAndTheHundredAndFirstFailsAtTheCall() {
    TransactGet read = TransactGet.with(client);
    for (int i = 0; i < 50; i++) {
      read.get(left, key(left, "user" + i, "unknown"));
      read.get(right, key(right, "user" + i, "unknown"));
    }
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> read.get(left, key(left, JANEDOE)));
    assertTrue(e.getMessage().contains("at most 100 actions"), e.getMessage());
    assertEquals(0, log.size());

    TransactGet.Result result = read.execute();
    assertEquals(100, result.size());
    assertEquals(100, ((TransactGetItemsRequest) log.requests().get(0)).transactItems().size());
  }

  @Test
  void theSameItemTwiceFailsAtTheCall() {
    TransactGet read = TransactGet.with(client);
    read.get(left, key(left, JANEDOE));
    read.get(right, key(right, JANEDOE));

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> read.get(left, key(left, JANEDOE), TestUser_.age));
    assertTrue(e.getMessage().contains("Actions 0 (get) and 2 (get) are both on the item"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> read.get(left, key(left, "janedoe", "")));
    assertThrows(IllegalStateException.class, () -> TransactGet.with(client).execute());
    assertEquals(0, log.size());
  }

  @Test
  void aMissingTableIsNamed() {
    TypedTable<TestUser> missing = TypedTable.of(client, TestUserSchema.INSTANCE, "txget-no-such-table");
    TransactGet read = TransactGet.with(client);
    read.get(left, key(left, JANEDOE));
    read.get(missing, key(missing, JANEDOE));

    TableNotFoundException e = assertThrows(TableNotFoundException.class, read::execute);
    assertEquals("txget-no-such-table", e.tableName());
  }
}
