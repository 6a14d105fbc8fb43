package io.dynagen.runtime.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.runtime.expr.Condition;
import io.dynagen.runtime.expr.Encoders;
import io.dynagen.runtime.expr.SortKeyCondition;
import io.dynagen.runtime.expr.Update;
import io.dynagen.runtime.expr.UpdateAction;
import io.dynagen.runtime.testing.LocalDynamoDb;
import io.dynagen.runtime.testing.RequestLog;
import io.dynagen.runtime.testmodel.TestUser;
import io.dynagen.runtime.testmodel.TestUserSchema;
import io.dynagen.runtime.testmodel.TestUser_;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.function.Executable;

/**
 * Arguments of the typed condition and update builders that DynamoDB cannot take fail at the
 * call, with a message naming the attribute or parameter and what to use instead, and nothing is
 * sent: a null where values are needed (a null array or collection of them, a null sort key bound,
 * a null map key), and a {@code BETWEEN} whose bounds are reversed, which DynamoDB Local refuses
 * only once the request is sent.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConditionArgumentsTest {
  private final RequestLog log = new RequestLog();
  private final TypedTable<TestUser> users;

  ConditionArgumentsTest() {
    TypedTable<TestUser> created = UsersTables.create("condition-arguments");
    users = TypedTable.of(LocalDynamoDb.newClient(log), TestUserSchema.INSTANCE, created.tableName());
    users.put(UsersTables.JANEDOE);
  }

  @BeforeEach
  void forgetRequests() {
    log.clear();
  }

  @AfterAll
  void dropTable() {
    users.deleteTable();
  }

  private static String refused(Class<? extends RuntimeException> type, Executable call) {
    String message = assertThrows(type, call).getMessage();
    assertTrue(message != null && !message.isBlank(), "a message");
    return message;
  }

  private static void mentions(String message, String... parts) {
    for (String part : parts) {
      assertTrue(message.contains(part), "'" + part + "' in: " + message);
    }
  }

  @Test
  void aNullArrayOrCollectionOfValuesNamesThePathAndWhatToPass() {
    mentions(refused(IllegalArgumentException.class, () -> TestUser_.age.in((Integer[]) null)),
        "Null values for 'age' in in", "age.notExists()");
    mentions(refused(IllegalArgumentException.class, () -> TestUser_.age.in((Collection<Integer>) null)),
        "Null values for 'age' in in");
    mentions(refused(IllegalArgumentException.class, () -> TestUser_.tags.addElements((String[]) null)),
        "Null values for 'tags' in addElements");
    mentions(refused(IllegalArgumentException.class, () -> TestUser_.tags.addElements((Collection<String>) null)),
        "Null values for 'tags' in addElements");
    mentions(refused(IllegalArgumentException.class, () -> TestUser_.tags.removeElements((String[]) null)),
        "Null values for 'tags' in removeElements");
    mentions(refused(IllegalArgumentException.class, () -> TestUser_.tags.removeElements((Collection<String>) null)),
        "Null values for 'tags' in removeElements");
    mentions(refused(IllegalArgumentException.class, () -> TestUser_.history.append((String[]) null)),
        "Null values for 'history' in append");
    mentions(refused(IllegalArgumentException.class, () -> TestUser_.history.prepend((List<String>) null)),
        "Null values for 'history' in prepend");
    mentions(refused(IllegalArgumentException.class, () -> TestUser_.scores.get(null)),
        "Null key for an entry of map 'scores'", "scores.exists()");
  }

  @Test
  void aNullValueOrBoundNamesTheAttributeAndTheWayToTestAbsence() {
    mentions(refused(IllegalArgumentException.class, () -> TestUser_.age.between(null, 5)),
        "Null value for 'age' in between", "age.notExists()");
    mentions(refused(IllegalArgumentException.class, () -> TestUser_.age.between(5, null)),
        "Null value for 'age' in between");
    mentions(refused(IllegalArgumentException.class, () -> TestUser_.age.add((Integer) null)),
        "Null value for 'age' in add", "age.remove()");
    mentions(refused(IllegalArgumentException.class, () -> TestUser_.address.state.eq(null)),
        "Null value for 'address.state' in =");
  }

  @Test
  void aNullSortKeyBoundNamesTheParameterAndTheWayToReadThePartition() {
    mentions(refused(IllegalArgumentException.class, () -> SortKeyCondition.between(null, "b")),
        "Null low in SortKeyCondition.between", "query without a sort key condition");
    mentions(refused(IllegalArgumentException.class, () -> SortKeyCondition.between("a", null)),
        "Null high in SortKeyCondition.between");
    mentions(refused(IllegalArgumentException.class, () -> SortKeyCondition.eq((String) null)),
        "Null value in SortKeyCondition.eq");
    mentions(refused(IllegalArgumentException.class, () -> SortKeyCondition.beginsWith((String) null)),
        "Null prefix in SortKeyCondition.beginsWith");
  }

  @Test
  void aNullConditionOrActionSaysWhatToPass() {
    Condition adult = TestUser_.age.ge(18);
    mentions(refused(NullPointerException.class, () -> adult.and(null)), "and()", "pass a condition");
    mentions(refused(NullPointerException.class, () -> adult.or(null)), "or()");
    mentions(refused(NullPointerException.class, () -> Condition.not(null)), "Condition.not()");
    mentions(refused(NullPointerException.class, () -> Condition.allOf((Collection<Condition>) null)), "Condition.allOf");
    mentions(refused(NullPointerException.class, () -> Condition.anyOf(adult, (Condition) null)), "A condition is null");
    mentions(refused(NullPointerException.class, () -> TestUser_.age.hasType(null)), "age.hasType()", "age.notExists()");
    mentions(refused(NullPointerException.class, () -> Update.of((List<UpdateAction>) null)), "update actions is null");
    mentions(refused(NullPointerException.class, () -> Update.of(TestUser_.age.set(1), (UpdateAction) null)),
        "An update action is null", "path.remove()");
    mentions(refused(NullPointerException.class, () -> Update.of(TestUser_.age.set(1)).and(null)), "and()");
  }

  @Test
  void aReversedBetweenFailsAtTheCallNotAtTheService() {
    mentions(refused(IllegalArgumentException.class, () -> TestUser_.age.between(30, 20)),
        "Condition 'age' BETWEEN 30 AND 20", "pass the lower bound first");
    mentions(refused(IllegalArgumentException.class, () -> TestUser_.username.size().between(9, 2)),
        "Condition size(username) BETWEEN 9 AND 2");
    mentions(refused(IllegalArgumentException.class, () -> TestUser_.firstName.between("b", "a")),
        "Condition 'first_name' BETWEEN 'b' AND 'a'");
    // By UTF-8 bytes, as DynamoDB orders strings: 'é' (C3 A9) sorts after 'z' (7A).
    refused(IllegalArgumentException.class, () -> TestUser_.firstName.between("é", "z"));
    assertEquals(0, log.size(), "nothing sent");

    // The same bounds in order are DynamoDB's to judge, filter and condition alike.
    assertEquals(List.of(UsersTables.JANEDOE), users.scan().filter(TestUser_.age.between(20, 30)).toList());
    // DynamoDB Local takes 'z' to 'é' as bounds in order, as Dynagen does.
    assertEquals(List.of(), users.scan().filter(TestUser_.firstName.between("z", "é")).toList());
    users.put(UsersTables.JANEDOE, TestUser_.age.between(25, 25).and(TestUser_.username.size().between(2, 9)));
    assertEquals(List.of(), users.query("janedoe", Encoders.STRING)
        .sortKey(SortKeyCondition.between("A", "C"), Encoders.STRING).toList());
  }
}
