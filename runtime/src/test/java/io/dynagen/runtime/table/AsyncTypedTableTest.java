package io.dynagen.runtime.table;

import static io.dynagen.runtime.table.UsersTables.JANEDOE;
import static io.dynagen.runtime.table.UsersTables.JOHNDOE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.runtime.GeneratedAttributes;
import io.dynagen.runtime.GeneratedAttributes.TimestampPolicy;
import io.dynagen.runtime.MappingException;
import io.dynagen.runtime.expr.Encoders;
import io.dynagen.runtime.expr.Update;
import io.dynagen.runtime.table.read.GetOptions;
import io.dynagen.runtime.testing.LocalDynamoDb;
import io.dynagen.runtime.testing.OneThreadAsyncClient;
import io.dynagen.runtime.testmodel.TestUser;
import io.dynagen.runtime.testmodel.TestUserSchema;
import io.dynagen.runtime.testmodel.TestUser_;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * Every single-item operation of the async table, against DynamoDB Local through the SDK's Netty
 * client on one event loop thread whose responses complete on that thread: the same outcomes and
 * exceptions as the sync table, every future completed on the event loop (so nothing Dynagen
 * chains there blocks, or the test would never end).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AsyncTypedTableTest {
  private final OneThreadAsyncClient async = new OneThreadAsyncClient();
  private final TypedTable<TestUser> sync = UsersTables.create("async-ops");
  private final AsyncTypedTable<TestUser> users =
      AsyncTypedTable.of(async.client(), TestUserSchema.INSTANCE, sync.tableName());
  /** Whether each future of Dynagen completed on the event loop. */
  private final Set<Boolean> completedOnLoop = ConcurrentHashMap.newKeySet();

  @AfterEach
  void everyFutureCompletedOnTheEventLoop() {
    // Emptied first, so one failing test leaves no items behind for the next.
    for (TestUser user : sync.scan().toList()) {
      sync.delete(key(user));
    }
    boolean offLoop = completedOnLoop.contains(false);
    completedOnLoop.clear();
    assertFalse(offLoop, "a future of Dynagen completed off the event loop");
  }

  @AfterAll
  void close() {
    sync.deleteTable();
    async.close();
  }

  private Map<String, AttributeValue> key(TestUser user) {
    return users.key(user.username(), Encoders.STRING, user.lastName(), Encoders.STRING);
  }

  private <T> T await(CompletableFuture<T> future) throws Throwable {
    return async.await(async.completedOnEventLoop(future, completedOnLoop));
  }

  /** The exception a future failed with, as {@code exceptionally} receives it. */
  private Throwable failure(CompletableFuture<?> future) throws Throwable {
    CompletableFuture<Throwable> seen = new CompletableFuture<>();
    Thread attaching = Thread.currentThread();
    future.whenComplete((value, failure) -> {
      async.recordCompletion(attaching, completedOnLoop);
      seen.complete(failure);
    });
    Throwable failure = async.await(seen);
    assertFalse(failure instanceof CompletionException, "the future fails with the exception itself: " + failure);
    return failure;
  }

  @Test
  void putThenGet() throws Throwable {
    assertEquals(JANEDOE, await(users.put(JANEDOE)));
    assertEquals(Optional.of(JANEDOE), await(users.get(key(JANEDOE))));
    assertEquals(Optional.of(JANEDOE), sync.get(key(JANEDOE)), "the sync table reads what the async one wrote");
    assertEquals(Optional.empty(), await(users.get(key(JOHNDOE))));
    TestUser projected = await(users.get(key(JANEDOE), GetOptions.defaults().consistentRead().project(TestUser_.firstName)))
        .orElseThrow();
    assertEquals("Jane", projected.firstName());
    assertEquals(null, projected.age());
  }

  @Test
  void aFalseConditionFailsWithTheItemAsItStood() throws Throwable {
    await(users.put(JANEDOE));
    ConditionFailedException e = assertInstanceOf(ConditionFailedException.class,
        failure(users.put(JANEDOE.withAge(99), TestUser_.age.eq(30))));
    assertEquals(Optional.of(JANEDOE), e.item(TestUser.class));
    assertEquals(sync.tableName(), e.tableName());
    assertEquals(JANEDOE.withAge(26), await(users.put(JANEDOE.withAge(26), TestUser_.age.eq(25))));
    assertInstanceOf(ConditionFailedException.class,
        failure(users.update(key(JANEDOE), Update.of(TestUser_.age.set(1)), TestUser_.age.eq(99))));
    assertInstanceOf(ConditionFailedException.class, failure(users.delete(key(JANEDOE), TestUser_.age.eq(99))));
    assertEquals(Optional.of(JANEDOE.withAge(26)), sync.get(key(JANEDOE)), "nothing was written");
  }

  @Test
  void returningOldAndPutIfAbsent() throws Throwable {
    assertEquals(Optional.empty(), await(users.putIfAbsent(JANEDOE)));
    assertEquals(Optional.of(JANEDOE), await(users.putIfAbsent(JANEDOE.withAge(50))));
    assertEquals(Optional.of(JANEDOE), await(users.putReturningOld(JANEDOE.withAge(30))));
    assertEquals(Optional.of(JANEDOE.withAge(30)), await(users.putReturningOld(JANEDOE.withAge(31), TestUser_.age.eq(30))));
    assertEquals(Optional.of(JANEDOE.withAge(31)), await(users.deleteReturningOld(key(JANEDOE))));
    assertEquals(Optional.empty(), await(users.deleteReturningOld(key(JANEDOE))));
    await(users.put(JOHNDOE));
    assertEquals(Optional.of(JOHNDOE), await(users.deleteReturningOld(key(JOHNDOE), TestUser_.age.eq(25))));
  }

  @Test
  void updatesPatchesAndDeletes() throws Throwable {
    assertEquals(Integer.valueOf(26), await(users.update(key(JANEDOE), TestUser_.age.set(26))).age());
    assertEquals(Integer.valueOf(27), await(users.update(key(JANEDOE), Update.of(TestUser_.age.add(1)))).age());
    TestUser stored = sync.get(key(JANEDOE)).orElseThrow();
    assertEquals("NV", await(users.update(stored, Update.of(TestUser_.status.set("NV")), null)).status());
    TestUser patched = await(users.patch(TestUser.of("janedoe", "Doe").withNickName("JJ")));
    assertEquals("JJ", patched.nickName());
    assertEquals("NV", patched.status(), "a patch leaves what it does not set");
    await(users.delete(patched));
    assertEquals(Optional.empty(), sync.get(key(JANEDOE)));
    await(users.put(JOHNDOE));
    await(users.delete(key(JOHNDOE)));
    assertEquals(Optional.empty(), sync.get(key(JOHNDOE)));
  }

  @Test
  void argumentErrorsComeThroughTheFutureBeforeAnyRequest() {
    CompletableFuture<Optional<TestUser>> noSortKey = users.get(Map.of("username", AttributeValue.fromS("x")));
    assertTrue(noSortKey.isCompletedExceptionally());
    assertThrows(IllegalArgumentException.class, () -> async.await(noSortKey));
    CompletableFuture<TestUser> noKey = users.put(TestUser.of("", "Doe"));
    assertThrows(IllegalArgumentException.class, () -> async.await(noKey));
  }

  @Test
  void aMissingTableAndAnUnreadableItemFailAsInSync() throws Throwable {
    AsyncTypedTable<TestUser> missing = AsyncTypedTable.of(async.client(), TestUserSchema.INSTANCE, "no-such-table");
    assertInstanceOf(TableNotFoundException.class, failure(missing.get(key(JANEDOE))));
    assertInstanceOf(TableNotFoundException.class, failure(missing.put(JANEDOE)));
    Map<String, AttributeValue> broken = new HashMap<>(key(JANEDOE));
    broken.put("first_name", AttributeValue.fromN("5"));
    LocalDynamoDb.client().putItem(PutItemRequest.builder().tableName(sync.tableName()).item(broken).build());
    assertInstanceOf(MappingException.class, failure(users.get(key(JANEDOE))));
    sync.delete(key(JANEDOE));
  }

  @Test
  void versionsAreCheckedAsInSync() throws Throwable {
    TypedTable<TestUser> versionedSync = TypedTable.of(LocalDynamoDb.client(),
        TestUserSchema.withGenerated(GeneratedAttributes.builder().version("age").build()),
        LocalDynamoDb.uniqueTableName("async-versioned"));
    versionedSync.createTable();
    try {
      AsyncTypedTable<TestUser> versioned =
          AsyncTypedTable.of(async.client(), versionedSync.schema(), versionedSync.tableName());
      TestUser first = await(versioned.put(TestUser.of("v", "x")));
      assertEquals(Integer.valueOf(1), first.age(), "a new item gets version 1");
      TestUser second = await(versioned.update(first, TestUser_.status.set("two")));
      assertEquals(Integer.valueOf(2), second.age());
      VersionConflictException stale =
          assertInstanceOf(VersionConflictException.class, failure(versioned.put(first.withStatus("stale"))));
      assertEquals(Optional.of(second), stale.item(TestUser.class));
      assertInstanceOf(VersionConflictException.class, failure(versioned.delete(first)));
      await(versioned.delete(second));
      assertEquals(Optional.empty(), versionedSync.get(versionedSync.key("v", Encoders.STRING, "x", Encoders.STRING)));
    } finally {
      versionedSync.deleteTable();
    }
  }

  @Test
  void generatedValuesAreWrittenAsTheSyncTableWritesThem() throws Throwable {
    Clock clock = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);
    TypedTable<TestUser> stampedSync = TypedTable.of(LocalDynamoDb.client(),
        TestUserSchema.withGenerated(GeneratedAttributes.builder()
            .timestamp("nick.name", TimestampPolicy.EVERY_WRITE).counter("age", 100, 1).build()),
        LocalDynamoDb.uniqueTableName("async-generated")).withClock(clock);
    stampedSync.createTable();
    try {
      AsyncTypedTable<TestUser> stamped =
          AsyncTypedTable.of(async.client(), stampedSync.schema(), stampedSync.tableName()).withClock(clock);
      TestUser bySync = stampedSync.put(TestUser.of("sync", "x"));
      TestUser byAsync = await(stamped.put(TestUser.of("async", "x")));
      assertEquals(bySync.withFirstName(null).nickName(), byAsync.nickName());
      assertEquals(bySync.age(), byAsync.age());
      assertEquals(stored(stampedSync, "sync").entrySet().size(), stored(stampedSync, "async").entrySet().size());
      TestUser counted = await(stamped.update(stamped.key("async", Encoders.STRING, "x", Encoders.STRING),
          TestUser_.status.set("counted")));
      TestUser countedSync = stampedSync.update(stampedSync.key("sync", Encoders.STRING, "x", Encoders.STRING),
          TestUser_.status.set("counted"));
      assertEquals(countedSync.age(), counted.age(), "the counter goes up alike");
      assertEquals(countedSync.nickName(), counted.nickName());
    } finally {
      stampedSync.deleteTable();
    }
  }

  private static Map<String, AttributeValue> stored(TypedTable<TestUser> table, String username) {
    Map<String, AttributeValue> item = new HashMap<>(LocalDynamoDb.client().getItem(GetItemRequest.builder()
        .tableName(table.tableName()).key(table.key(username, Encoders.STRING, "x", Encoders.STRING)).build()).item());
    item.remove("username");
    return item;
  }
}
