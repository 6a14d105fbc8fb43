package io.dynagen.runtime.table.transact;

import static io.dynagen.runtime.table.UsersTables.JANEDOE;
import static io.dynagen.runtime.table.UsersTables.JANEDOERING;
import static io.dynagen.runtime.table.UsersTables.JOHNDOE;
import static io.dynagen.runtime.table.UsersTables.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.runtime.GeneratedAttributes;
import io.dynagen.runtime.MappingException;
import io.dynagen.runtime.expr.Update;
import io.dynagen.runtime.table.AsyncTypedTable;
import io.dynagen.runtime.table.TableNotFoundException;
import io.dynagen.runtime.table.TypedTable;
import io.dynagen.runtime.table.UsersTables;
import io.dynagen.runtime.table.internal.Keys;
import io.dynagen.runtime.testing.LocalDynamoDb;
import io.dynagen.runtime.testing.OneThreadAsyncClient;
import io.dynagen.runtime.testing.RequestLog;
import io.dynagen.runtime.testmodel.TestUser;
import io.dynagen.runtime.testmodel.TestUserSchema;
import io.dynagen.runtime.testmodel.TestUser_;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Async write and read transactions against DynamoDB Local, through the Netty client on one
 * event loop thread: the sync transactions' requests, all-or-nothing, the same exceptions with
 * the same reasons and items, versions checked, the missing table named.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(120)
class AsyncTransactionsTest {
  private final RequestLog syncLog = new RequestLog();
  private final RequestLog asyncLog = new RequestLog();
  private final DynamoDbClient client = LocalDynamoDb.newClient(syncLog);
  private final OneThreadAsyncClient async = new OneThreadAsyncClient(asyncLog);
  private final TypedTable<TestUser> left = UsersTables.create(client, "atx-left");
  private final TypedTable<TestUser> right = UsersTables.create(client, "atx-right");
  private final AsyncTypedTable<TestUser> asyncLeft =
      AsyncTypedTable.of(async.client(), TestUserSchema.INSTANCE, left.tableName());
  private final AsyncTypedTable<TestUser> asyncRight =
      AsyncTypedTable.of(async.client(), TestUserSchema.INSTANCE, right.tableName());
  private final Set<Boolean> completedOnLoop = ConcurrentHashMap.newKeySet();

  @BeforeEach
  void startFrom() {
    for (TypedTable<TestUser> table : List.of(left, right)) {
      for (Map<String, AttributeValue> item : client.scan(scan -> scan.tableName(table.tableName())).items()) {
        table.delete(Keys.extract(item, List.of("username", "last_name")));
      }
    }
    left.put(JANEDOE);
    right.put(JOHNDOE);
    syncLog.clear();
    asyncLog.clear();
  }

  @AfterAll
  void dropTables() {
    assertTrue(completedOnLoop.isEmpty() || completedOnLoop.equals(Set.of(true)),
        "Dynagen's futures complete on the event loop: " + completedOnLoop);
    left.deleteTable();
    right.deleteTable();
    client.close();
    async.close();
  }

  private <T> T await(CompletableFuture<T> future) throws Throwable {
    return async.await(async.completedOnEventLoop(future, completedOnLoop));
  }

  private Throwable failure(CompletableFuture<?> future) {
    return assertThrows(Throwable.class, () -> await(future));
  }

  private static Set<TestUser> contents(TypedTable<TestUser> table) {
    return Set.copyOf(table.scan().consistentRead().toList());
  }

  private AsyncTransactWrite fourActions(int johnsAge) {
    return AsyncTransactWrite.with(async.client())
        .put(asyncLeft, JANEDOERING, TestUser_.username.notExists())
        .update(asyncLeft, key(left, JANEDOE), Update.of(TestUser_.age.add(1)))
        .put(asyncRight, TestUser.of("user0", "unknown"))
        .delete(asyncRight, key(right, JOHNDOE), TestUser_.age.eq(johnsAge));
  }

  @Test
  void aFailingConditionChangesNothingAndSaysWhichActionFailedWithTheItemAsItStood() {
    TransactionFailedException e = assertInstanceOf(TransactionFailedException.class, failure(fourActions(99).execute()));
    assertEquals(Set.of(JANEDOE), contents(left));
    assertEquals(Set.of(JOHNDOE), contents(right));
    assertEquals(1, e.failures().size());
    TransactionFailure<TestUser> failure = e.failuresOn(asyncRight).get(0);
    assertEquals(List.of(), e.failuresOn(asyncLeft));
    assertEquals(3, failure.index());
    assertEquals(TransactionFailure.Kind.DELETE, failure.kind());
    assertEquals("ConditionalCheckFailed", failure.code());
    assertEquals(Optional.of(JOHNDOE), failure.item());
    assertTrue(failure.isOn(right), "the sync table of the same name and class is the same table");
    assertInstanceOf(TransactionCanceledException.class, e.getCause());
  }

  @Test
  void aTransactionWhoseConditionsHoldAppliesEveryActionAndSendsWhatTheSyncOneSends() throws Throwable {
    await(fourActions(25).execute());
    assertEquals(Set.of(JANEDOE.withAge(26), JANEDOERING), contents(left));
    assertEquals(Set.of(TestUser.of("user0", "unknown")), contents(right));

    startFrom();
    TransactWrite.with(client)
        .put(left, JANEDOERING, TestUser_.username.notExists())
        .update(left, key(left, JANEDOE), Update.of(TestUser_.age.add(1)))
        .put(right, TestUser.of("user0", "unknown"))
        .delete(right, key(right, JOHNDOE), TestUser_.age.eq(25))
        .execute();
    Object sentSync = syncLog.requests().get(0);
    startFrom();
    await(fourActions(25).execute());
    assertEquals(sentSync, asyncLog.requests().get(0), "the very same TransactWriteItems");
  }

  @Test
  void aStaleVersionCancelsTheTransactionAsTheSyncOneDoes() throws Throwable {
    TypedTable<TestUser> versionedSync = TypedTable.of(client,
        TestUserSchema.withGenerated(GeneratedAttributes.builder().version("age").build()),
        LocalDynamoDb.uniqueTableName("atx-versioned"));
    versionedSync.createTable();
    try {
      AsyncTypedTable<TestUser> versioned =
          AsyncTypedTable.of(async.client(), versionedSync.schema(), versionedSync.tableName());
      TestUser first = await(versioned.put(TestUser.of("v", "x")));
      await(AsyncTransactWrite.with(async.client()).put(versioned, first.withStatus("two")).execute());
      TestUser second = versionedSync.get(versionedSync.key("v", io.dynagen.runtime.expr.Encoders.STRING,
          "x", io.dynagen.runtime.expr.Encoders.STRING)).orElseThrow();
      assertEquals(Integer.valueOf(2), second.age(), "the put checked version 1 and wrote 2");

      for (AsyncTransactWrite stale : List.of(
          AsyncTransactWrite.with(async.client()).put(versioned, first.withStatus("stale")).put(asyncLeft, JANEDOERING),
          AsyncTransactWrite.with(async.client()).delete(versioned, first).put(asyncLeft, JANEDOERING),
          AsyncTransactWrite.with(async.client()).update(versioned, first, TestUser_.status.set("x")).put(asyncLeft, JANEDOERING))) {
        TransactionFailedException e = assertInstanceOf(TransactionFailedException.class, failure(stale.execute()));
        TransactionFailure<TestUser> failure = e.failuresOn(versioned).get(0);
        assertEquals("ConditionalCheckFailed", failure.code());
        assertEquals(Optional.of(second), failure.item(), "the item as it stood");
        assertTrue(failure.isVersionConflict(), failure.toString());
        assertTrue(e.getMessage().contains("a version conflict: the object was read at version 1, but the stored"
            + " item has version 2"), e.getMessage());
      }
      assertEquals(Set.of(JANEDOE), contents(left), "nothing of a cancelled transaction was written");
    } finally {
      versionedSync.deleteTable();
    }
  }

  @Test
  void aMissingTableIsNamedEvenAmongSeveral() {
    AsyncTypedTable<TestUser> missing = AsyncTypedTable.of(async.client(), TestUserSchema.INSTANCE, "atx-no-such-table");
    TableNotFoundException alone = assertInstanceOf(TableNotFoundException.class,
        failure(AsyncTransactWrite.with(async.client()).put(missing, JANEDOE).execute()));
    assertEquals("atx-no-such-table", alone.tableName());
    TableNotFoundException among = assertInstanceOf(TableNotFoundException.class, failure(
        AsyncTransactWrite.with(async.client()).put(asyncLeft, JANEDOERING).put(missing, JANEDOE).put(asyncRight, JANEDOERING).execute()));
    assertEquals("atx-no-such-table", among.tableName());
    assertTrue(asyncLog.count("DescribeTable") >= 1, "asked which table is missing");
    TableNotFoundException read = assertInstanceOf(TableNotFoundException.class, failure(readOf(asyncLeft, missing)));
    assertEquals("atx-no-such-table", read.tableName());
    assertEquals(Set.of(JANEDOE), contents(left));
  }

  private CompletableFuture<TransactGet.Result> readOf(AsyncTypedTable<TestUser> first, AsyncTypedTable<TestUser> second) {
    AsyncTransactGet read = AsyncTransactGet.with(async.client());
    read.get(first, key(left, JANEDOE));
    read.get(second, key(right, JOHNDOE));
    return read.execute();
  }

  @Test
  void badActionsFailAtTheCallAndNoActionsFailTheFuture() throws Throwable {
    AsyncTransactWrite write = AsyncTransactWrite.with(async.client()).put(asyncLeft, JANEDOE);
    IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
        () -> write.delete(asyncLeft, key(left, JANEDOE)));
    assertTrue(twice.getMessage().contains("are both on the item"), twice.getMessage());
    assertThrows(IllegalArgumentException.class, () -> write.put(asyncLeft, TestUser.of("", "Doe")));
    assertThrows(IllegalArgumentException.class, () -> write.clientRequestToken(""));
    assertEquals(1, write.size());
    assertInstanceOf(IllegalStateException.class, failure(AsyncTransactWrite.with(async.client()).execute()));
    assertInstanceOf(IllegalStateException.class, failure(AsyncTransactGet.with(async.client()).execute()));
    assertEquals(0, asyncLog.size(), "nothing was sent");
  }

  @Test
  void aReadTransactionReadsItemsOfSeveralTablesWithMissingOnesEmpty() throws Throwable {
    AsyncTransactGet read = AsyncTransactGet.with(async.client());
    TransactGet.Handle<TestUser> jane = read.get(asyncLeft, key(left, JANEDOE));
    TransactGet.Handle<TestUser> john = read.get(asyncRight, key(right, JOHNDOE));
    TransactGet.Handle<TestUser> nobody = read.get(asyncRight, key(right, JANEDOE));
    TransactGet.Handle<TestUser> firstName = read.get(asyncLeft, key(left, JOHNDOE), TestUser_.firstName);
    TransactGet.Result result = await(read.execute());
    assertEquals(Optional.of(JANEDOE), result.get(jane));
    assertEquals(Optional.of(JOHNDOE), result.get(john));
    assertEquals(Optional.empty(), result.get(nobody));
    assertEquals(Optional.empty(), result.get(firstName));
    assertEquals(4, result.size());
    assertThrows(IllegalArgumentException.class, () -> read.get(asyncLeft, key(left, JANEDOE)), "read twice");
    TransactGet.Handle<TestUser> syncHandle = TransactGet.with(client).get(left, key(left, JANEDOE));
    assertThrows(IllegalArgumentException.class, () -> result.get(syncHandle), "a handle of another read");
  }

  @Test
  void anUnreadableItemFailsTheReadWithMappingException() {
    Map<String, AttributeValue> odd = new HashMap<>(key(left, "odd", "One"));
    odd.put("first_name", AttributeValue.fromN("5"));
    client.putItem(request -> request.tableName(left.tableName()).item(odd));
    AsyncTransactGet read = AsyncTransactGet.with(async.client());
    read.get(asyncLeft, key(left, "odd", "One"));
    assertInstanceOf(MappingException.class, failure(read.execute()));
  }
}
