package io.dynagen.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.example.model.Address;
import io.dynagen.example.model.User;
import io.dynagen.example.model.UserTable;
import io.dynagen.example.model.User_;
import io.dynagen.runtime.table.admin.TableInfo;
import io.dynagen.runtime.testing.LocalDynamoDb;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The walk-through of WALKTHROUGH.md, step by step, through the generated {@link UserTable} and
 * {@link User_} only, against DynamoDB Local over HTTP.
 */
class GeneratedUsersWalkthroughTest {
  private static final User JANE = new User("janedoe", "Doe", "Jane", 25, "standard_user", null);
  private static final User JOHN = new User("johndoe", "Doe", "John", 25, "standard_user",
      new Address("1 Jefferson Street", "Los Angeles", "CA", 90001));
  private static final User JANE_DOERING = new User("janedoering", "Doering", "Jane", 40, "super_user",
      new Address("2 Washington Avenue", "Seattle", "WA", 98109));

  @Test
  void theWalkthrough() {
    // Create the table from its key schema, wait until it exists: empty, with a creation time.
    UserTable users = UserTable.create(LocalDynamoDb.client(), LocalDynamoDb.uniqueTableName("walkthrough"));
    assertFalse(users.exists());
    TableInfo created = users.createTable();
    assertTrue(users.exists());
    assertEquals("ACTIVE", created.status());
    assertEquals(0, created.itemCount());
    assertNotNull(created.creationTime());

    // Put janedoe and get her back by (username, last_name): the age is a number.
    users.put(JANE);
    User jane = users.get("janedoe", "Doe").orElseThrow();
    assertEquals(JANE, jane);
    assertEquals(Integer.valueOf(25), jane.age());

    // Update: set age = 26 on janedoe; the update gives the item after it.
    User older = users.update("janedoe", "Doe", User_.age.set(26));
    assertEquals(26, older.age());
    assertEquals(Optional.of(older), users.get("janedoe", "Doe"));

    // The guide batch-writes johndoe, janedoering and 50 anonymous users; here they are put one by one.
    users.put(JOHN);
    users.put(JANE_DOERING);
    for (int i = 0; i < 50; i++) {
      users.put(new User("user" + i, "unknown", "unknown", null, "anonymous", null));
    }
    assertEquals(53, users.scan().count());

    // Query username = johndoe: John, with his nested address.
    List<User> johns = users.query("johndoe").toList();
    assertEquals(List.of(JOHN), johns);
    assertEquals("CA", johns.get(0).address().state());
    assertEquals(90001, johns.get(0).address().zipcode());

    // Scans. age < 27: John (25) and Jane (26); the anonymous users have no age at all.
    assertEquals(Set.of("janedoe", "johndoe"), usernames(users.scan().filter(User_.age.lt(27)).toList()));
    assertEquals(Set.of("janedoering"), usernames(users.scan()
        .filter(User_.firstName.beginsWith("J").and(User_.accountType.eq("super_user")))
        .toList()));
    assertEquals(List.of(JOHN), users.scan().filter(User_.address.state.eq("CA")).toList());

    // Delete janedoe.
    users.delete("janedoe", "Doe");
    assertEquals(Optional.empty(), users.get("janedoe", "Doe"));
    assertEquals(52, users.scan().count());

    // Delete the table.
    users.deleteTable();
    assertFalse(users.exists());
  }

  @Test
  void theTableNameComesFromTheAnnotationUnlessGiven() {
    assertEquals("users", UserTable.create(LocalDynamoDb.client()).tableName());
    assertEquals("users-test", UserTable.create(LocalDynamoDb.client(), "users-test").tableName());
  }

  private static Set<String> usernames(List<User> users) {
    return users.stream().map(User::username).collect(Collectors.toSet());
  }
}
