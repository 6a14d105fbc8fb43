package io.dynagen.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.example.model.Address;
import io.dynagen.example.model.Article;
import io.dynagen.example.model.ArticleTable;
import io.dynagen.example.model.User;
import io.dynagen.example.model.UserTable;
import io.dynagen.example.model.User_;
import io.dynagen.runtime.table.ConditionFailedException;
import io.dynagen.runtime.table.VersionConflictException;
import io.dynagen.runtime.testing.LocalDynamoDb;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Patches from objects on DynamoDB Local: null properties left as stored, a nested document
 * replaced whole, conditions, the {@code @Version} checked and raised, timestamps and counters
 * written as an update writes them, the item returned as stored.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedPatchTest {
  private final UserTable users = UserTable.create(LocalDynamoDb.client(), LocalDynamoDb.uniqueTableName("patch-users"));
  private final ArticleTable articles =
      ArticleTable.create(LocalDynamoDb.client(), LocalDynamoDb.uniqueTableName("patch-articles"));

  GeneratedPatchTest() {
    users.createTable();
    articles.createTable();
  }

  @AfterAll
  void dropTables() {
    users.deleteTable();
    articles.deleteTable();
  }

  @Test
  void nullPropertiesAreLeftAloneAndADocumentIsReplacedWhole() {
    users.put(new User("jane", "Doe", "Jane", 25, "standard_user",
        new Address("2 Washington Avenue", "Seattle", "WA", 98109)));

    User patched = users.patch(new User("jane", "Doe", null, 26, null, null));
    assertEquals(new User("jane", "Doe", "Jane", 26, "standard_user",
        new Address("2 Washington Avenue", "Seattle", "WA", 98109)), patched);
    assertEquals(patched, users.get("jane", "Doe").orElseThrow());

    // A document is one value: its fields that are null or 0 are stored as such, not merged.
    User moved = users.patch(new User("jane", "Doe", null, null, null, new Address(null, "Portland", "OR", 0)));
    assertEquals(new Address(null, "Portland", "OR", 0), moved.address());
    assertEquals("Jane", moved.firstName());

    // put, by contrast, replaces the whole item.
    users.put(new User("jane", "Doe", null, 27, null, null));
    assertNull(users.get("jane", "Doe").orElseThrow().firstName());
  }

  @Test
  void aConditionGuardsThePatchAndAMissingItemIsCreated() {
    User created = users.patch(new User("newbie", "Lee", "New", null, null, null), User_.username.notExists());
    assertEquals(new User("newbie", "Lee", "New", null, null, null), created);
    ConditionFailedException e = assertThrows(ConditionFailedException.class,
        () -> users.patch(new User("newbie", "Lee", "Renamed", null, null, null), User_.age.exists()));
    assertEquals("New", users.get("newbie", "Lee").orElseThrow().firstName());
    assertEquals(created, e.item(User.class).orElseThrow(), "the failure carries the item as stored");
    IllegalArgumentException nothing = assertThrows(IllegalArgumentException.class,
        () -> users.patch(new User("newbie", "Lee", null, null, null, null)));
    assertTrue(nothing.getMessage().contains("sets nothing"), nothing.getMessage());
  }

  @Test
  void theVersionIsCheckedAndGeneratedValuesAreWrittenAsByAnUpdate() {
    Article stored = articles.put(Article.draft("Patch me"));
    Instant created = stored.createdAt();

    Article patch = new Article(stored.id(), null, 7, stored.version(), null, null, null, null);
    Article patched = articles.patch(patch);
    assertEquals("Patch me", patched.title());
    assertEquals(7, patched.likes());
    assertEquals(stored.version() + 1, patched.version());
    assertEquals(created, patched.createdAt(), "a CREATE timestamp stays");
    assertTrue(!patched.updatedAt().isBefore(stored.updatedAt()), "an EVERY_WRITE timestamp is written");
    assertEquals(stored.points() + 10, patched.points(), "the counter counts the patch as an update");
    assertEquals(patched, articles.get(stored.id()).orElseThrow());

    // The same patch again carries a version that is no longer stored.
    assertThrows(VersionConflictException.class, () -> articles.patch(patch));
    assertEquals(patched, articles.get(stored.id()).orElseThrow());
  }
}
