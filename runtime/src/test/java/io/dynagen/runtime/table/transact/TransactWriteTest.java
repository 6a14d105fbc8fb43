package io.dynagen.runtime.table.transact;

import static io.dynagen.runtime.table.UsersTables.JANEDOE;
import static io.dynagen.runtime.table.UsersTables.JANEDOERING;
import static io.dynagen.runtime.table.UsersTables.JOHNDOE;
import static io.dynagen.runtime.table.UsersTables.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.runtime.GeneratedAttributes;
import io.dynagen.runtime.MappingException;
import io.dynagen.runtime.expr.Update;
import io.dynagen.runtime.table.ItemSize;
import io.dynagen.runtime.table.TableNotFoundException;
import io.dynagen.runtime.table.TypedTable;
import io.dynagen.runtime.table.UsersTables;
import io.dynagen.runtime.table.VersionConflictException;
import io.dynagen.runtime.table.internal.Keys;
import io.dynagen.runtime.table.read.GetOptions;
import io.dynagen.runtime.testing.LocalDynamoDb;
import io.dynagen.runtime.testing.RequestLog;
import io.dynagen.runtime.testmodel.TestUser;
import io.dynagen.runtime.testmodel.TestUserSchema;
import io.dynagen.runtime.testmodel.TestUser_;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.IdempotentParameterMismatchException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/** Write transactions across two tables on DynamoDB Local: all or nothing, and why not. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TransactWriteTest {
  private final RequestLog log = new RequestLog();
  private final DynamoDbClient client = LocalDynamoDb.newClient(log);
  private final TypedTable<TestUser> left = UsersTables.create(client, "tx-left");
  private final TypedTable<TestUser> right = UsersTables.create(client, "tx-right");

  @BeforeEach
  void startFrom() {
    // Raw items, since a test leaves one that does not fit TestUser.
    for (TypedTable<TestUser> table : List.of(left, right)) {
      for (Map<String, AttributeValue> item : client.scan(scan -> scan.tableName(table.tableName())).items()) {
        table.delete(Keys.extract(item, List.of("username", "last_name")));
      }
    }
    left.put(JANEDOE);
    right.put(JOHNDOE);
    log.clear();
  }

  @AfterAll
  void dropTables() {
    left.deleteTable();
    right.deleteTable();
    client.close();
  }

  private static Set<TestUser> contents(TypedTable<TestUser> table) {
    return Set.copyOf(table.scan().consistentRead().toList());
  }

  /** Four actions over both tables; the last one's condition holds only if {@code johnsAge} is his. */
  private TransactWrite fourActions(int johnsAge) {
    return TransactWrite.with(client)
        .put(left, JANEDOERING, TestUser_.username.notExists())
        .update(left, key(left, JANEDOE), Update.of(TestUser_.age.add(1)))
        .put(right, TestUser.of("user0", "unknown"))
        .delete(right, key(right, JOHNDOE), TestUser_.age.eq(johnsAge));
  }

  @Test
  void aFailingConditionChangesNothingInEitherTableAndSaysWhichActionFailed() {
    TransactionFailedException e =
        assertThrows(TransactionFailedException.class, () -> fourActions(99).execute());

    assertEquals(Set.of(JANEDOE), contents(left));
    assertEquals(Set.of(JOHNDOE), contents(right));
    assertEquals(1, e.failures().size());
    TransactionFailure<?> failure = e.failures().get(0);
    assertEquals(3, failure.index());
    assertEquals(TransactionFailure.Kind.DELETE, failure.kind());
    assertEquals(right.tableName(), failure.tableName());
    assertEquals(key(right, JOHNDOE), failure.key());
    assertEquals("ConditionalCheckFailed", failure.code());
    assertEquals(Optional.of(JOHNDOE), failure.item(TestUser.class));
    assertEquals(JOHNDOE, TestUserSchema.INSTANCE.fromItem(failure.storedItem().orElseThrow()));
    assertThrows(IllegalArgumentException.class, () -> failure.item(String.class));
    assertInstanceOf(TransactionCanceledException.class, e.getCause());
    assertTrue(
        e.getMessage().contains(
            "action 3 (delete on table '" + right.tableName() + "', key {username=S \"johndoe\","
                + " last_name=S \"Doe\"}) failed: ConditionalCheckFailed"),
        e.getMessage());
    // Conditioned actions ask for the item as it stood; the others need not.
    TransactWriteItemsRequest sent = (TransactWriteItemsRequest) log.requests().get(0);
    assertEquals("ALL_OLD", sent.transactItems().get(0).put().returnValuesOnConditionCheckFailureAsString());
    assertEquals(null, sent.transactItems().get(1).update().returnValuesOnConditionCheckFailure());
    assertEquals("ALL_OLD", sent.transactItems().get(3).delete().returnValuesOnConditionCheckFailureAsString());
  }

  @Test
  void aStaleVersionedObjectIsReportedAsAVersionConflictAsAPutReportsIt() {
    TypedTable<TestUser> versioned = TypedTable.of(client,
        TestUserSchema.withGenerated(GeneratedAttributes.builder().version("age").build()),
        LocalDynamoDb.uniqueTableName("tx-versioned"));
    versioned.createTable();
    try {
      TestUser first = versioned.put(TestUser.of("v", "x"));
      TestUser second = versioned.put(first.withStatus("two"));
      String keyText = "key {username=S \"v\", last_name=S \"x\"}";
      VersionConflictException plainPut =
          assertThrows(VersionConflictException.class, () -> versioned.put(first.withStatus("stale")));
      String conflict = "the object was read at version 1, but the stored item has version 2";
      assertTrue(plainPut.getMessage().contains(conflict), plainPut.getMessage());

      List<TransactWrite> stale = List.of(
          TransactWrite.with(client).put(versioned, first.withStatus("stale")).put(left, JANEDOERING),
          TransactWrite.with(client).update(versioned, first, TestUser_.status.set("x")).put(left, JANEDOERING),
          TransactWrite.with(client).delete(versioned, first).put(left, JANEDOERING));
      List<String> kinds = List.of("put", "update", "delete");
      for (int i = 0; i < stale.size(); i++) {
        TransactWrite transaction = stale.get(i);
        TransactionFailedException e = assertThrows(TransactionFailedException.class, transaction::execute);
        TransactionFailure<TestUser> failure = e.failuresOn(versioned).get(0);
        assertTrue(failure.isVersionConflict(), failure.toString());
        assertEquals("ConditionalCheckFailed", failure.code());
        assertEquals(Optional.of(second), failure.item());
        assertEquals(
            "Transaction cancelled: action 0 (" + kinds.get(i) + " on table '" + versioned.tableName() + "', "
                + keyText + ") failed: ConditionalCheckFailed, a version conflict: " + conflict
                + "; nothing of the transaction was written. Read the item again, apply the change and run"
                + " the transaction again",
            e.getMessage());
      }

      // The version holds but the caller's own condition does not: not a version conflict.
      TransactionFailedException own = assertThrows(TransactionFailedException.class,
          () -> TransactWrite.with(client).put(versioned, second.withStatus("three"), TestUser_.status.eq("one"))
              .execute());
      assertFalse(own.failures().get(0).isVersionConflict());
      assertTrue(own.getMessage().endsWith("failed: ConditionalCheckFailed (The conditional request failed)"),
          own.getMessage());

      // The item was deleted since it was read: the stale object finds no item.
      versioned.delete(second);
      TransactionFailedException gone = assertThrows(TransactionFailedException.class,
          () -> TransactWrite.with(client).put(versioned, second.withStatus("back")).execute());
      assertTrue(gone.failures().get(0).isVersionConflict());
      assertTrue(gone.getMessage().contains("the object was read at version 2, but there is no such item"),
          gone.getMessage());
      assertEquals(Set.of(JANEDOE), contents(left), "nothing of a cancelled transaction was written");
    } finally {
      versioned.deleteTable();
    }
  }

  @Test
  void aTransactionWhoseConditionsHoldAppliesEveryAction() {
    fourActions(25).execute();

    assertEquals(Set.of(JANEDOE.withAge(26), JANEDOERING), contents(left));
    assertEquals(Set.of(TestUser.of("user0", "unknown")), contents(right));
    assertEquals(1, log.count("TransactWriteItems"));
  }

  @Test
  void aFailedConditionCheckOnAMissingItemHasNoItem() {
    TransactionFailedException e =
        assertThrows(
            TransactionFailedException.class,
            () ->
                TransactWrite.with(client)
                    .put(right, JANEDOERING)
                    .conditionCheck(left, key(left, "nobody", "None"), TestUser_.username.exists())
                    .execute());

    TransactionFailure<?> failure = e.failures().get(0);
    assertEquals(1, failure.index());
    assertEquals(TransactionFailure.Kind.CONDITION_CHECK, failure.kind());
    assertEquals(Optional.empty(), failure.item(TestUser.class));
    assertEquals(Optional.empty(), failure.storedItem());
    assertTrue(e.getMessage().contains("action 1 (condition check on table '" + left.tableName()), e.getMessage());
    assertEquals(Set.of(JOHNDOE), contents(right));
  }

  @Test
  void aConditionCheckThatHoldsLetsTheOtherActionsThrough() {
    TransactWrite.with(client)
        .conditionCheck(left, key(left, JANEDOE), TestUser_.age.eq(25))
        .update(right, key(right, JOHNDOE), Update.of(TestUser_.firstName.set("Johnny")))
        .execute();

    assertEquals("Johnny", right.get(key(right, JOHNDOE)).orElseThrow().firstName());
    assertEquals(Set.of(JANEDOE), contents(left));
  }

  @Test
  void aStoredItemThatDoesNotFitIsKeptRawWithTheMappingExceptionSuppressed() {
    Map<String, AttributeValue> odd = new HashMap<>(key(left, "odd", "One"));
    odd.put("first_name", AttributeValue.fromN("5"));
    client.putItem(request -> request.tableName(left.tableName()).item(odd));

    TransactionFailedException e =
        assertThrows(
            TransactionFailedException.class,
            () ->
                TransactWrite.with(client)
                    .delete(left, key(left, "odd", "One"), TestUser_.username.notExists())
                    .execute());

    TransactionFailure<?> failure = e.failures().get(0);
    assertEquals(Optional.empty(), failure.item(TestUser.class));
    assertEquals(odd, failure.storedItem().orElseThrow());
    assertEquals(1, e.getSuppressed().length);
    assertInstanceOf(MappingException.class, e.getSuppressed()[0]);
  }

  @Test
  void theSameClientRequestTokenAppliesTheTransactionOnce() {
    TransactWrite birthday =
        TransactWrite.with(client)
            .update(left, key(left, JANEDOE), Update.of(TestUser_.age.add(1)))
            .clientRequestToken("birthday-janedoe-1");

    birthday.execute();
    birthday.execute();
    // Another builder with the same actions and token is the same transaction too.
    TransactWrite.with(client)
        .update(left, key(left, JANEDOE), Update.of(TestUser_.age.add(1)))
        .clientRequestToken("birthday-janedoe-1")
        .execute();

    assertEquals(26, left.get(key(left, JANEDOE), GetOptions.defaults().consistentRead()).orElseThrow().age());
    assertEquals(3, log.count("TransactWriteItems"));
    // The same token with other actions is refused while DynamoDB remembers it.
    TransactWrite other =
        TransactWrite.with(client)
            .update(left, key(left, JANEDOE), Update.of(TestUser_.age.add(2)))
            .clientRequestToken("birthday-janedoe-1");
    assertThrows(IdempotentParameterMismatchException.class, other::execute);
    // Without a token, each execute is a new transaction.
    TransactWrite untokened =
        TransactWrite.with(client).update(left, key(left, JANEDOE), Update.of(TestUser_.age.add(1)));
    untokened.execute();
    untokened.execute();
    assertEquals(28, left.get(key(left, JANEDOE), GetOptions.defaults().consistentRead()).orElseThrow().age());
  }

  @Test
  void aTokenMustBeOneTo36Characters() {
    TransactWrite write = TransactWrite.with(client);
    assertThrows(IllegalArgumentException.class, () -> write.clientRequestToken(""));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> write.clientRequestToken("x".repeat(37)));
    assertTrue(e.getMessage().contains("1 to 36"), e.getMessage());
    write.clientRequestToken("x".repeat(36));
  }

  @Test
  void aHundredActionsPassAndTheHundredAndFirstFailsAtTheCall() {
    TransactWrite hundred = TransactWrite.with(client);
    for (int i = 0; i < 50; i++) {
      hundred.put(left, TestUser.of("user" + i, "unknown"));
      hundred.put(right, TestUser.of("user" + i, "unknown"));
    }
    assertEquals(100, hundred.size());

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> hundred.delete(left, key(left, JANEDOE)));
    assertTrue(e.getMessage().contains("at most 100 actions"), e.getMessage());
    assertTrue(e.getMessage().contains("would be action 101"), e.getMessage());
    assertEquals(0, log.size(), "nothing is sent before execute()");

    hundred.execute();
    assertEquals(51, contents(left).size());
    assertEquals(51, contents(right).size());
    TransactWriteItemsRequest sent = (TransactWriteItemsRequest) log.requests().get(0);
    assertEquals(100, sent.transactItems().size());
  }

  @Test
  void twoActionsOnOneItemFailAtTheCallNamingTheKey() {
    TransactWrite write =
        TransactWrite.with(client).put(left, JANEDOE.withAge(30)).put(right, JANEDOE.withAge(31));

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> write.conditionCheck(left, key(left, JANEDOE), TestUser_.age.eq(25)));
    assertTrue(
        e.getMessage().contains(
            "Actions 0 (put) and 2 (condition check) are both on the item {username=S \"janedoe\","
                + " last_name=S \"Doe\"} of table '" + left.tableName() + "'"),
        e.getMessage());
    assertEquals(2, write.size(), "the refused action is not added");
    assertEquals(0, log.size());

    write.execute();
    assertEquals(30, left.get(key(left, JANEDOE)).orElseThrow().age());
  }

  @Test
  void badKeysAndItemsFailBeforeAnyRequest() {
    TransactWrite write = TransactWrite.with(client);
    IllegalArgumentException emptyKey =
        assertThrows(IllegalArgumentException.class, () -> write.put(left, TestUser.of("", "Doe")));
    assertTrue(emptyKey.getMessage().contains("'username'"), emptyKey.getMessage());
    assertThrows(IllegalArgumentException.class, () -> write.put(left, TestUser.of("janedoe", null)));
    Map<String, AttributeValue> partialKey = Map.of("username", AttributeValue.fromS("janedoe"));
    assertThrows(IllegalArgumentException.class, () -> write.delete(left, partialKey));
    assertThrows(IllegalArgumentException.class, () -> write.update(left, null, Update.of(TestUser_.age.set(1))));

    SdkBytes big = SdkBytes.fromByteArray(new byte[ItemSize.MAX_BYTES]);
    IllegalArgumentException tooBig =
        assertThrows(IllegalArgumentException.class, () -> write.put(left, JANEDOE.withAvatar(big)));
    assertTrue(tooBig.getMessage().contains("400 KB"), tooBig.getMessage());
    assertThrows(IllegalStateException.class, write::execute, "no actions");
    assertEquals(0, write.size());
    assertEquals(0, log.size());
  }

  @Test
  void itemsAddingUpToMoreThanFourMegabytesFailAtTheCall() {
    TransactWrite write = TransactWrite.with(client);
    SdkBytes nearly400Kb = SdkBytes.fromByteArray(new byte[390 * 1024]);
    for (int i = 0; i < 10; i++) {
      write.put(left, TestUser.of("big" + i, "x").withAvatar(nearly400Kb));
    }

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> write.put(left, TestUser.of("big10", "x").withAvatar(nearly400Kb)));
    assertTrue(e.getMessage().contains("4 MB"), e.getMessage());
    assertEquals(10, write.size());
    assertEquals(0, log.size());
  }

  @Test
  void aMissingTableIsNamedEvenAmongSeveral() {
    TypedTable<TestUser> missing = TypedTable.of(client, TestUserSchema.INSTANCE, "tx-no-such-table");

    TableNotFoundException alone =
        assertThrows(TableNotFoundException.class, () -> TransactWrite.with(client).put(missing, JANEDOE).execute());
    assertEquals("tx-no-such-table", alone.tableName());

    TableNotFoundException among =
        assertThrows(
            TableNotFoundException.class,
            () -> TransactWrite.with(client).put(left, JANEDOERING).put(missing, JANEDOE).put(right, JANEDOERING).execute());
    assertEquals("tx-no-such-table", among.tableName());
    assertEquals(Set.of(JANEDOE), contents(left));
    assertEquals(Set.of(JOHNDOE), contents(right));
  }

  @Test
  void failuresListOnlyTheActionsThatFailed() {
    TransactionFailedException e =
        assertThrows(
            TransactionFailedException.class,
            () ->
                TransactWrite.with(client)
                    .put(left, JANEDOERING)
                    .put(left, JANEDOE.withAge(1), TestUser_.age.eq(1))
                    .put(right, JOHNDOE.withAge(1), TestUser_.age.eq(1))
                    .execute());

    // Every false condition is reported (DynamoDB Local does as DynamoDB), each with its item;
    // action 0, whose reason is None, is not listed.
    assertEquals(List.of(1, 2), e.failures().stream().map(TransactionFailure::index).toList());
    for (TransactionFailure<?> failure : e.failures()) {
      TestUser stood = failure.index() == 1 ? JANEDOE : JOHNDOE;
      assertEquals(Optional.of(stood), failure.item(TestUser.class), failure.toString());
    }
    assertTrue(e.getMessage().contains("(and 1 more: see failures())"), e.getMessage());
    assertEquals(Set.of(JANEDOE), contents(left));
  }
}
