package io.dynagen.example.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.example.model.User;
import io.dynagen.example.model.UserTable;
import io.dynagen.example.model.WalkthroughUsers;
import io.dynagen.runtime.table.batch.BatchWriter;
import io.dynagen.runtime.testing.LocalDynamoDb;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code load}, then {@code get}, {@code query}, {@code scan --where} and {@code describe} on what
 * it wrote, and the walk-through's users for its scans.
 */
class ReadCommandsTest {
  static final int LOADED = 300;
  static final String LOAD_TABLE = LocalDynamoDb.uniqueTableName("load");
  static final String WALKTHROUGH_TABLE = LocalDynamoDb.uniqueTableName("walkthrough-users");

  static Cli.Result load;

  @BeforeAll
  static void loadUsers() {
    load = Cli.onLocal(LOAD_TABLE, "load", "--count", Integer.toString(LOADED), "--in-flight", "4")
        .assertSuccess();
    seedWalkthroughUsers();
  }

  /** The users of the walk-through after its deletes: johndoe, janedoering and 50 anonymous. */
  private static void seedWalkthroughUsers() {
    UserTable users = UserTable.create(LocalDynamoDb.client(), WALKTHROUGH_TABLE);
    users.createTable();
    try (BatchWriter<User> writer = users.batchWriter()) {
      WalkthroughUsers.batch().forEach(writer::put);
    }
  }

  @AfterAll
  static void dropTables() {
    Cli.onLocal(LOAD_TABLE, "delete-table").assertSuccess();
    Cli.onLocal(WALKTHROUGH_TABLE, "delete-table").assertSuccess();
  }

  @Test
  void loadWritesAsManyUsersAsAskedAndSaysHowFast() {
    load.assertOutInOrder(
        "created table '" + LOAD_TABLE + "' at " + LocalDynamoDb.endpoint(),
        "loaded " + LOADED + " users into '" + LOAD_TABLE + "' in ",
        " items/s (batches of 25, 4 in flight)");
    // Counted by the service, not by the loader.
    long counted = LocalDynamoDb.client().scanPaginator(b -> b.tableName(LOAD_TABLE).select("COUNT"))
        .stream().mapToLong(page -> page.count()).sum();
    assertEquals(LOADED, counted);
    assertEquals(List.of(Integer.toString(LOADED)), Cli.onLocal(LOAD_TABLE, "scan", "--count").assertSuccess().outLines());
  }

  @Test
  void loadAsyncWritesTheSameUsersThroughTheAsyncWriterAndSaysHowFast() {
    String table = LocalDynamoDb.uniqueTableName("load-async");
    Cli.Result loaded = Cli.onLocal(table, "load", "--count", Integer.toString(LOADED), "--in-flight", "2", "--async")
        .assertSuccess();
    loaded.assertOutInOrder(
        "loaded " + LOADED + " users into '" + table + "' in ",
        " items/s (batches of 25, 2 in flight, async)");
    assertEquals(List.of(Integer.toString(LOADED)), Cli.onLocal(table, "scan", "--count").assertSuccess().outLines());
    // The same users as the sync load wrote: same seed, same numbers.
    assertEquals(Cli.onLocal(LOAD_TABLE, "get", "member000042", lastNameOf(LOAD_TABLE, "member000042")).assertSuccess().out(),
        Cli.onLocal(table, "get", "member000042", lastNameOf(table, "member000042")).assertSuccess().out()
            .replace(table, LOAD_TABLE));
    Cli.onLocal(table, "delete-table").assertSuccess();
  }

  private static String lastNameOf(String table, String username) {
    String line = Cli.onLocal(table, "scan", "--where", "username = " + username).assertSuccess().outLines().get(0);
    return line.substring((username + "/").length(), line.indexOf(':'));
  }

  @Test
  void loadAgainFromAStartAddsUsersToTheTableThatExists() {
    String table = LocalDynamoDb.uniqueTableName("load-more");
    Cli.onLocal(table, "load", "--count", "10").assertSuccess();
    Cli.Result more = Cli.onLocal(table, "load", "--count", "5", "--start", "10", "--in-flight", "1").assertSuccess();

    assertTrue(!more.out().contains("created table"), more.out());
    assertEquals(List.of("15"), Cli.onLocal(table, "scan", "--count").assertSuccess().outLines());
    Cli.onLocal(table, "delete-table").assertSuccess();
  }

  @Test
  void getFindsALoadedUserByKey() {
    String line = Cli.onLocal(LOAD_TABLE, "scan", "--where", "username = member000042")
        .assertSuccess().outLines().get(0);
    String lastName = line.substring("member000042/".length(), line.indexOf(':'));

    Cli.Result got = Cli.onLocal(LOAD_TABLE, "get", "member000042", lastName).assertSuccess();

    assertEquals(List.of(line), got.outLines());
  }

  @Test
  void getSaysWhenThereIsNoSuchUser() {
    Cli.Result got = Cli.onLocal(WALKTHROUGH_TABLE, "get", "janedoe", "Doe").assertSuccess();

    assertEquals(List.of("no user janedoe/Doe in table '" + WALKTHROUGH_TABLE + "'"), got.outLines());
  }

  @Test
  void queryReturnsJohnWithHisAddress() {
    Cli.Result result = Cli.onLocal(WALKTHROUGH_TABLE, "query", "johndoe").assertSuccess();

    assertEquals(
        List.of("johndoe/Doe: John, age 25, standard_user, 1 Jefferson Street, Los Angeles, CA 90001",
            "1 user"),
        result.outLines());
  }

  @Test
  void queryNarrowsByLastNamePrefix() {
    assertEquals("0 users",
        Cli.onLocal(WALKTHROUGH_TABLE, "query", "johndoe", "--last-name-prefix", "X").assertSuccess().out().strip());
    assertEquals("1 user", Cli.onLocal(WALKTHROUGH_TABLE, "query", "janedoering", "--last-name-prefix", "Doer")
        .assertSuccess().outLines().get(1));
  }

  @Test
  void scanWhereAgeBelow27FindsJohnOnly() {
    // janedoe was deleted by the demo; the anonymous users have no age.
    assertEquals(
        List.of("johndoe/Doe: John, age 25, standard_user, 1 Jefferson Street, Los Angeles, CA 90001",
            "1 user"),
        Cli.onLocal(WALKTHROUGH_TABLE, "scan", "--where", "age < 27").assertSuccess().outLines());
  }

  @Test
  void scanWhereFirstNameAndAccountTypeFindsJaneDoering() {
    assertEquals(
        List.of("janedoering/Doering: Jane, age 40, super_user, 2 Washington Avenue, Seattle, WA 98109",
            "1 user"),
        Cli.onLocal(WALKTHROUGH_TABLE, "scan", "--where", "first_name begins_with J and account_type = super_user")
            .assertSuccess().outLines());
  }

  @Test
  void scanWhereNestedStateFindsJohn() {
    assertEquals(
        List.of("johndoe/Doe: John, age 25, standard_user, 1 Jefferson Street, Los Angeles, CA 90001",
            "1 user"),
        Cli.onLocal(WALKTHROUGH_TABLE, "scan", "--where", "address.state = CA").assertSuccess().outLines());
  }

  @Test
  void scanWhereCombinesOrNotInAndExists() {
    assertEquals(List.of("2"),
        Cli.onLocal(WALKTHROUGH_TABLE, "scan", "--count", "--where", "address.state exists or age >= 40").assertSuccess().outLines());
    assertEquals(List.of("50"),
        Cli.onLocal(WALKTHROUGH_TABLE, "scan", "--count", "--where", "not (account_type in (super_user, standard_user))")
            .assertSuccess().outLines());
    assertEquals(List.of("50"),
        Cli.onLocal(WALKTHROUGH_TABLE, "scan", "--count", "--where", "age not_exists and last_name = 'unknown'")
            .assertSuccess().outLines());
  }

  @Test
  void scanStopsAtTheLimit() {
    Cli.Result result = Cli.onLocal(WALKTHROUGH_TABLE, "scan", "--limit", "5", "--page-size", "2").assertSuccess();

    assertEquals(6, result.outLines().size(), result.out());
    assertEquals("5 users (--limit reached)", result.outLines().get(5));
  }

  @Test
  void describeShowsTheTable() {
    Cli.onLocal(WALKTHROUGH_TABLE, "describe").assertSuccess()
        .assertOutInOrder("table:      " + WALKTHROUGH_TABLE, "status:     ACTIVE", "items:      52", "created:    ", "indexes:    none");
  }

  @Test
  void traceLogsEveryOperationWithTableLatencyAndConsumedCapacity() {
    Cli.Result result = Cli.onLocal(WALKTHROUGH_TABLE, "--trace", "query", "johndoe").assertSuccess();

    assertTrue(
        result.err().matches("(?s)\\[trace\\] Query " + WALKTHROUGH_TABLE + " \\d+\\.\\d ms, \\d+\\.\\d capacity units\\R"),
        result.err());
  }
}
