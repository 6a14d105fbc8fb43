package io.dynagen.runtime.table;

import static io.dynagen.runtime.table.UsersTables.key;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dynagen.runtime.expr.Condition;
import io.dynagen.runtime.expr.DynamoType;
import io.dynagen.runtime.expr.Encoders;
import io.dynagen.runtime.expr.NumberPath;
import io.dynagen.runtime.expr.Update;
import io.dynagen.runtime.testmodel.AccountType;
import io.dynagen.runtime.testmodel.TestAddress;
import io.dynagen.runtime.testmodel.TestUser;
import io.dynagen.runtime.testmodel.TestUser_;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.core.SdkBytes;

/**
 * Every condition operator, evaluated by DynamoDB Local itself: a conditional update that
 * succeeds when the condition holds and raises ConditionFailedException when it does not.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConditionOperatorsTest {
  private static final TestUser JANE =
      TestUser.of("janedoering", "Doering", "Jane", 40, AccountType.super_user)
          .withAddress(new TestAddress("2 Washington Avenue", "Seattle", "WA", 98109))
          .withStatus("active")
          .withNickName("JD")
          .withTags(Set.of("vip", "beta"))
          .withHistory(List.of("signup", "login"))
          .withScores(Map.of("math", 7))
          .withAvatar(SdkBytes.fromByteArray(new byte[] {1, 2, 3}));

  private final TypedTable<TestUser> users = UsersTables.create("conditions");

  ConditionOperatorsTest() {
    users.put(JANE);
  }

  @AfterAll
  void dropTable() {
    users.deleteTable();
  }

  @Test
  void comparisons() {
    holds(TestUser_.age.eq(40));
    fails(TestUser_.age.eq(41));
    holds(TestUser_.age.ne(41));
    fails(TestUser_.age.ne(40));
    holds(TestUser_.age.lt(41));
    fails(TestUser_.age.lt(40));
    holds(TestUser_.age.le(40));
    fails(TestUser_.age.le(39));
    holds(TestUser_.age.gt(39));
    fails(TestUser_.age.gt(40));
    holds(TestUser_.age.ge(40));
    fails(TestUser_.age.ge(41));
    holds(TestUser_.age.between(40, 50));
    fails(TestUser_.age.between(41, 50));
    holds(TestUser_.firstName.lt("K"));
    holds(TestUser_.accountType.eq(AccountType.super_user));
  }

  @Test
  void in() {
    holds(TestUser_.accountType.in(AccountType.anonymous, AccountType.super_user));
    fails(TestUser_.accountType.in(AccountType.anonymous, AccountType.standard_user));
  }

  @Test
  void beginsWithAndContains() {
    holds(TestUser_.firstName.beginsWith("Ja"));
    fails(TestUser_.firstName.beginsWith("Jo"));
    holds(TestUser_.firstName.contains("an"));
    fails(TestUser_.firstName.contains("x"));
    holds(TestUser_.tags.contains("vip"));
    fails(TestUser_.tags.contains("gold"));
    holds(TestUser_.history.contains("login"));
    fails(TestUser_.history.contains("logout"));
    holds(TestUser_.avatar.beginsWith(SdkBytes.fromByteArray(new byte[] {1, 2})));
    fails(TestUser_.avatar.beginsWith(SdkBytes.fromByteArray(new byte[] {2})));
  }

  @Test
  void existsNotExistsAndType() {
    holds(TestUser_.age.exists());
    fails(TestUser_.age.notExists());
    holds(TestUser_.address.state.exists());
    holds(TestUser_.address.road.hasType(DynamoType.S));
    fails(TestUser_.address.zipcode.hasType(DynamoType.S));
    holds(TestUser_.tags.hasType(DynamoType.SS));
    holds(TestUser_.scores.hasType(DynamoType.M));
    holds(TestUser_.history.get(1).exists());
    fails(TestUser_.history.get(5).exists());
    holds(TestUser_.scores.get("math").exists());
    fails(TestUser_.scores.get("art").exists());
  }

  @Test
  void sizes() {
    holds(TestUser_.firstName.size().eq(4));
    holds(TestUser_.tags.size().eq(2));
    holds(TestUser_.history.size().gt(1));
    fails(TestUser_.history.size().gt(2));
    holds(TestUser_.scores.size().lt(2));
    holds(TestUser_.address.size().between(4, 4));
    holds(TestUser_.avatar.size().ge(3));
    holds(TestUser_.firstName.size().ne(5));
    holds(TestUser_.firstName.size().le(4));
  }

  @Test
  void reservedWordsDottedNamesNestedPathsAndEntries() {
    holds(TestUser_.status.eq("active"));
    holds(TestUser_.nickName.eq("JD"));
    fails(TestUser_.nickName.eq("JJ"));
    holds(TestUser_.address.state.eq("WA"));
    holds(TestUser_.address.zipcode.gt(98000));
    holds(TestUser_.history.get(0).eq("signup"));
    holds(new NumberPath<>(TestUser_.scores, "math", Encoders.INT).ge(7));
  }

  @Test
  void andOrNot() {
    holds(TestUser_.age.gt(30).and(TestUser_.firstName.eq("Jane")));
    fails(TestUser_.age.gt(30).and(TestUser_.firstName.eq("John")));
    holds(TestUser_.age.lt(30).or(TestUser_.firstName.eq("Jane")));
    fails(TestUser_.age.lt(30).or(TestUser_.firstName.eq("John")));
    holds(TestUser_.age.lt(30).negate());
    holds(Condition.not(TestUser_.status.notExists()).and(Condition.anyOf(TestUser_.age.eq(1), TestUser_.age.eq(40))));
  }

  private void holds(Condition condition) {
    users.update(key(users, JANE), Update.of(TestUser_.firstName.set("Jane")), condition);
  }

  private void fails(Condition condition) {
    assertThrows(
        ConditionFailedException.class,
        () -> users.update(key(users, JANE), Update.of(TestUser_.firstName.set("Jane")), condition));
  }
}
