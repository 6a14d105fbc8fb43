package io.dynagen.runtime.table;

import static io.dynagen.runtime.table.UsersTables.JANEDOE;
import static io.dynagen.runtime.table.UsersTables.JANEDOERING;
import static io.dynagen.runtime.table.UsersTables.JOHNDOE;
import static io.dynagen.runtime.table.UsersTables.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.runtime.expr.Encoders;
import io.dynagen.runtime.expr.NumberPath;
import io.dynagen.runtime.expr.Update;
import io.dynagen.runtime.table.read.GetOptions;
import io.dynagen.runtime.testmodel.TestAddress;
import io.dynagen.runtime.testmodel.TestUser;
import io.dynagen.runtime.testmodel.TestUser_;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/** Get, put, update and delete with their options, against DynamoDB Local. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TypedTableOperationsTest {
  private final TypedTable<TestUser> users = UsersTables.create("operations");

  @BeforeEach
  void clear() {
    for (TestUser user : users.scan().toList()) {
      users.delete(key(users, user));
    }
  }

  @AfterAll
  void dropTable() {
    users.deleteTable();
  }

  @Test
  void putThenGetReadsTheSameUser() {
    users.put(JANEDOE);
    assertEquals(Optional.of(JANEDOE), users.get(key(users, "janedoe", "Doe")));
    assertEquals(Optional.empty(), users.get(key(users, "janedoe", "Nobody")));
  }

  @Test
  void getWithConsistentReadAndProjection() {
    users.put(JOHNDOE);
    TestUser projected =
        users
            .get(key(users, JOHNDOE), GetOptions.defaults().consistentRead().project(TestUser_.firstName, TestUser_.address.state))
            .orElseThrow();
    assertEquals("John", projected.firstName());
    assertEquals(new TestAddress(null, null, "CA", null), projected.address());
    assertEquals(JOHNDOE.username(), projected.username(), "a projection always brings the keys");
    assertEquals(JOHNDOE.lastName(), projected.lastName());
    assertNull(projected.age());
  }

  @Test
  void putReturningOldGivesTheReplacedItem() {
    assertEquals(Optional.empty(), users.putReturningOld(JANEDOE));
    assertEquals(Optional.of(JANEDOE), users.putReturningOld(JANEDOE.withAge(30)));
    assertEquals(30, users.get(key(users, JANEDOE)).orElseThrow().age());
  }

  @Test
  void conditionalPutWritesOnlyWhenTheConditionHolds() {
    users.put(JANEDOE);
    users.put(JANEDOE.withAge(26), TestUser_.age.eq(25));
    ConditionFailedException failed =
        assertThrows(ConditionFailedException.class, () -> users.put(JANEDOE.withAge(99), TestUser_.age.eq(25)));
    assertEquals(Optional.of(JANEDOE.withAge(26)), failed.item(TestUser.class));
    assertEquals(users.tableName(), failed.tableName());
    assertEquals(key(users, JANEDOE), failed.key());
    assertTrue(failed.storedItem().isPresent());
    assertInstanceOf(ConditionalCheckFailedException.class, failed.getCause());
    assertTrue(failed.getMessage().contains(users.tableName()), failed.getMessage());
    assertTrue(failed.getMessage().contains("janedoe"), failed.getMessage());
    // the message names the call that gives the item, with the class it takes
    assertTrue(failed.getMessage().endsWith("the item as it stands is in item(TestUser.class)"), failed.getMessage());
    assertEquals(26, users.get(key(users, JANEDOE)).orElseThrow().age());
  }

  @Test
  void conditionalPutReturningOld() {
    users.put(JANEDOE);
    assertEquals(Optional.of(JANEDOE), users.putReturningOld(JANEDOE.withAge(27), TestUser_.age.lt(26)));
  }

  @Test
  void putIfAbsentKeepsTheItemThatIsThere() {
    assertEquals(Optional.empty(), users.putIfAbsent(JANEDOE));
    assertEquals(Optional.of(JANEDOE), users.putIfAbsent(JANEDOE.withAge(80)));
    assertEquals(25, users.get(key(users, JANEDOE)).orElseThrow().age());
  }

  @Test
  void updateSetsAndReturnsTheNewItem() {
    users.put(JANEDOE);
    TestUser updated = users.update(key(users, JANEDOE), TestUser_.age.set(26));
    assertEquals(JANEDOE.withAge(26), updated);
    assertEquals(Optional.of(updated), users.get(key(users, JANEDOE)));
  }

  @Test
  void updateCombinesEveryKindOfAction() {
    users.put(JOHNDOE.withTags(Set.of("a", "b")).withStatus("new").withScores(Map.of("math", 1)));
    TestUser updated =
        users.update(
            key(users, JOHNDOE),
            Update.of(TestUser_.age.add(1))
                .and(TestUser_.address.zipcode.plus(9))
                .and(TestUser_.address.state.set("NV"))
                .and(TestUser_.status.remove())
                .and(TestUser_.nickName.set("JJ"))
                .and(TestUser_.firstName.setIfAbsent("ignored"))
                .and(TestUser_.history.append("signup", "login"))
                .and(TestUser_.tags.addElements("c"))
                .and(new NumberPath<>(TestUser_.scores, "math", Encoders.INT).add(2))
                .and(TestUser_.avatar.setIfAbsent(software.amazon.awssdk.core.SdkBytes.fromUtf8String("png"))));
    assertEquals(26, updated.age());
    assertEquals(new TestAddress("1 Jefferson Street", "Los Angeles", "NV", 90010), updated.address());
    assertNull(updated.status());
    assertEquals("JJ", updated.nickName());
    assertEquals("John", updated.firstName());
    assertEquals(List.of("signup", "login"), updated.history());
    assertEquals(Set.of("a", "b", "c"), updated.tags());
    assertEquals(Map.of("math", 3), updated.scores());
    assertEquals("png", updated.avatar().asUtf8String());

    TestUser again =
        users.update(
            key(users, JOHNDOE),
            TestUser_.history.prepend("first"),
            TestUser_.tags.removeElements("a", "c"),
            TestUser_.age.minus(6));
    assertEquals(List.of("first", "signup", "login"), again.history());
    assertEquals(Set.of("b"), again.tags());
    assertEquals(20, again.age());
    TestUser third = users.update(key(users, JOHNDOE), TestUser_.history.get(0).set("zeroth"), TestUser_.history.get(2).remove());
    assertEquals(List.of("zeroth", "signup"), third.history());
  }

  @Test
  void updateOfAMissingItemCreatesIt() {
    TestUser created = users.update(key(users, "newbie", "New"), TestUser_.age.add(1));
    assertEquals(TestUser.of("newbie", "New").withAge(1), created);
  }

  @Test
  void conditionalUpdateFailureCarriesTheItem() {
    users.put(JANEDOERING);
    ConditionFailedException failed =
        assertThrows(
            ConditionFailedException.class,
            () -> users.update(key(users, JANEDOERING), Update.of(TestUser_.age.set(1)), TestUser_.age.lt(30)));
    assertEquals(Optional.of(JANEDOERING), failed.item(TestUser.class));
    assertEquals(Optional.of(JANEDOERING), users.get(key(users, JANEDOERING)));
  }

  @Test
  void conditionalUpdateOfAMissingItemFailsWithoutAnItem() {
    ConditionFailedException failed =
        assertThrows(
            ConditionFailedException.class,
            () -> users.update(key(users, "ghost", "Ghost"), Update.of(TestUser_.age.set(1)), TestUser_.username.exists()));
    assertEquals(Optional.empty(), failed.item(TestUser.class));
    assertFalse(failed.storedItem().isPresent());
    assertTrue(failed.getMessage().contains("does not exist"), failed.getMessage());
  }

  @Test
  void deleteVariants() {
    users.put(JANEDOE);
    users.delete(key(users, JANEDOE));
    assertEquals(Optional.empty(), users.get(key(users, JANEDOE)));
    users.delete(key(users, JANEDOE)); // deleting a missing item is fine

    users.put(JANEDOE);
    assertEquals(Optional.of(JANEDOE), users.deleteReturningOld(key(users, JANEDOE)));
    assertEquals(Optional.empty(), users.deleteReturningOld(key(users, JANEDOE)));

    users.put(JANEDOE);
    ConditionFailedException failed =
        assertThrows(ConditionFailedException.class, () -> users.delete(key(users, JANEDOE), TestUser_.age.gt(30)));
    assertEquals(Optional.of(JANEDOE), failed.item(TestUser.class));
    users.delete(key(users, JANEDOE), TestUser_.age.le(30));
    assertEquals(Optional.empty(), users.get(key(users, JANEDOE)));

    users.put(JANEDOE);
    assertEquals(Optional.of(JANEDOE), users.deleteReturningOld(key(users, JANEDOE), TestUser_.firstName.eq("Jane")));
  }

  @Test
  void theConditionFailureChecksTheItemsClass() {
    users.put(JANEDOE);
    ConditionFailedException failed =
        assertThrows(ConditionFailedException.class, () -> users.put(JANEDOE, TestUser_.age.eq(1)));
    assertThrows(IllegalArgumentException.class, () -> failed.item(String.class));
  }
}
