package io.dynagen.runtime.table.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.runtime.expr.Encoders;
import io.dynagen.runtime.expr.SortKeyCondition;
import io.dynagen.runtime.table.TypedTable;
import io.dynagen.runtime.table.UsersTables;
import io.dynagen.runtime.testing.LocalDynamoDb;
import io.dynagen.runtime.testmodel.AccountType;
import io.dynagen.runtime.testmodel.TestUser;
import io.dynagen.runtime.testmodel.TestUserSchema;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A page cursor comes from a web client: a tampered one is refused with an
 * IllegalArgumentException before it reaches DynamoDB (whose own refusal would be a raw 400),
 * and a signed one cannot be edited, forged or moved to another query.
 */
class CursorChecksTest {
  private static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
  private static TypedTable<TestUser> users;

  @BeforeAll
  static void fill() {
    users = UsersTables.create("cursors");
    for (int i = 0; i < 10; i++) {
      users.put(TestUser.of("alice", "n" + i, "Alice", i, AccountType.standard_user));
      users.put(TestUser.of("bob", "n" + i, "Bob", i, AccountType.standard_user));
    }
  }

  @AfterAll
  static void drop() {
    users.deleteTable();
  }

  private static Map<String, AttributeValue> key(Object... namesAndValues) {
    Map<String, AttributeValue> key = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      key.put((String) namesAndValues[i], (AttributeValue) namesAndValues[i + 1]);
    }
    return key;
  }

  private static AttributeValue s(String value) {
    return AttributeValue.fromS(value);
  }

  private static AttributeValue n(String value) {
    return AttributeValue.fromN(value);
  }

  static Stream<Arguments> tamperedIndexCursors() {
    return Stream.of(
        Arguments.of(key("username", s("alice"), "last_name", s("n1"), "account_type", s("standard_user"), "age", s("1")), "declared N"),
        Arguments.of(key("username", s("alice"), "last_name", s("n1"), "account_type", s("standard_user"), "age", n("abc")), "not a number"),
        Arguments.of(key("username", s("alice"), "last_name", s("n1"), "account_type", s("standard_user")), "lacks the key attribute 'age'"),
        Arguments.of(key("username", s("alice"), "last_name", s("n1"), "account_type", s("standard_user"), "age", n("1"), "evil", s("x")),
            "a key of 5 attributes"),
        Arguments.of(key("username", s(""), "last_name", s("n1"), "account_type", s("standard_user"), "age", n("1")), "is empty"),
        Arguments.of(key("username", s("alice"), "last_name", s("n1"), "account_type", s("standard_user"), "age", n("1E+200")), "largest magnitude"));
  }

  @ParameterizedTest
  @MethodSource("tamperedIndexCursors")
  void aTamperedCursorIsRefusedBeforeAnythingIsSent(Map<String, AttributeValue> lastKey, String why) {
    String cursor = PageCursor.encode(lastKey);
    Query<TestUser> query = users.index(TestUserSchema.GLOBAL_INDEX).query("standard_user", Encoders.STRING).pageSize(2);

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> query.page(cursor));

    assertTrue(e.getMessage().contains(why), e.getMessage());
  }

  @Test
  void anExtraAttributeIsRefused() {
    String cursor = PageCursor.encode(key("username", s("alice"), "last_name", s("n1"), "age", n("1")));

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> users.query("alice", Encoders.STRING).page(cursor));

    assertTrue(e.getMessage().contains("holds 'age', which is no key attribute of it [username, last_name]"), e.getMessage());
  }

  @Test
  void aCursorOfAnotherPartitionIsRefused() {
    String bobs = users.query("bob", Encoders.STRING).pageSize(3).firstPage().cursor().orElseThrow();

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> users.query("alice", Encoders.STRING).pageSize(3).page(bobs));

    // the partition named once, as keys are everywhere: {username=S "alice"}
    assertTrue(e.getMessage().contains("is of another partition than query of table '" + users.tableName()
        + "' ({username=S \"alice\"}): pass Page.cursor() of this same query unchanged"), e.getMessage());
  }

  @Test
  void signedCursorsPageThroughTheQuery() {
    CursorSigner signer = CursorSigner.withKey(SECRET);
    Query<TestUser> query = users.query("alice", Encoders.STRING).pageSize(3).signCursors(signer);
    List<TestUser> read = new ArrayList<>();
    Page<TestUser> page = query.firstPage();
    read.addAll(page.items());
    while (page.cursor().isPresent()) {
      page = query.page(page.cursor().get());
      read.addAll(page.items());
    }
    assertEquals(10, read.size());
  }

  @Test
  void aSignedCursorCannotBeEditedForgedOrMoved() {
    CursorSigner signer = CursorSigner.withKey(SECRET);
    Query<TestUser> alices = users.query("alice", Encoders.STRING).pageSize(3).signCursors(signer);
    String cursor = alices.firstPage().cursor().orElseThrow();
    assertNotNull(cursor);
    String payload = cursor.substring(0, cursor.lastIndexOf('.'));
    String signature = cursor.substring(cursor.lastIndexOf('.'));
    String forged = PageCursor.encode(key("username", s("alice"), "last_name", s("n8")));

    List<String> refused = List.of(
        payload,                                              // signature removed
        forged,                                               // a valid cursor, unsigned
        forged + signature,                                   // another key under alice's signature
        payload.substring(0, payload.length() - 1) + "A" + signature);
    for (String bad : refused) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> alices.page(bad), bad);
      assertTrue(e.getMessage().contains("was not made by") || e.getMessage().contains("Invalid page cursor"), e.getMessage());
    }
    // Moved to another query: another sort key condition, or another key.
    assertThrows(IllegalArgumentException.class, () -> users.query("alice", Encoders.STRING)
        .sortKey(SortKeyCondition.beginsWith("n"), Encoders.STRING).signCursors(signer).page(cursor));
    assertThrows(IllegalArgumentException.class, () -> alices.signCursors(CursorSigner.withKey(new byte[32])).page(cursor));
    assertThrows(IllegalArgumentException.class, () -> CursorSigner.withKey(new byte[8]));
  }

  @Test
  void aSignedCursorIsBoundToTheConditionsValuesNotToTheirText() {
    // Two queries whose conditions read alike once their values are written out as text.
    CursorSigner signer = CursorSigner.withKey(SECRET);
    String cursor = users.query("alice", Encoders.STRING).sortKey(SortKeyCondition.beginsWith("n"), Encoders.STRING)
        .descending().pageSize(3).signCursors(signer).firstPage().cursor().orElseThrow();
    Query<TestUser> lookalike = users.query("alice", Encoders.STRING)
        .sortKey(SortKeyCondition.beginsWith("n descending"), Encoders.STRING).signCursors(signer);

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> lookalike.page(cursor));
    assertTrue(e.getMessage().contains("was not made by"), e.getMessage());
  }
}
