package io.dynagen.example.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.runtime.testing.LocalDynamoDb;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/** The demo, run in process against the shared DynamoDB Local, checked step by step. */
class DemoCommandTest {

  @Test
  void walksThroughEveryStepAndPrintsWhatCameBack() {
    String table = LocalDynamoDb.uniqueTableName("demo");
    Cli.Result result = Cli.onLocal(table, "demo").assertSuccess();

    result.assertOutInOrder(
        "Dynagen demo: the users walk-through on " + LocalDynamoDb.endpoint(),
        "1. Create table '" + table + "' (on demand) and wait until it exists",
        "created: status ACTIVE",
        "2. Describe the table",
        "item count 0, size 0 bytes, created ",
        "3. Put janedoe",
        "put janedoe/Doe: Jane, age 25, standard_user",
        "4. Get janedoe by her key (username, last_name)",
        "got janedoe/Doe: Jane, age 25, standard_user",
        "age is an Integer: 25",
        "5. Update: set age = 26",
        "now janedoe/Doe: Jane, age 26, standard_user",
        "6. Conditional put: replace janedoe only if age = 25",
        "condition failed, nothing written",
        "the item as it stood: janedoe/Doe: Jane, age 26, standard_user",
        "7. Batch write johndoe, janedoering and 50 anonymous users",
        "wrote 52 users",
        "the table now holds 53 items",
        "8. Query username = johndoe",
        "found johndoe/Doe: John, age 25, standard_user, 1 Jefferson Street, Los Angeles, CA 90001",
        "9. Scan age < 27",
        "2 items",
        "janedoe/Doe: Jane, age 26, standard_user",
        "johndoe/Doe: John, age 25",
        "10. Scan first_name begins_with J and account_type = super_user",
        "1 item",
        "janedoering/Doering: Jane, age 40, super_user, 2 Washington Avenue, Seattle, WA 98109",
        "11. Scan address.state = CA",
        "1 item",
        "johndoe/Doe: John, age 25, standard_user, 1 Jefferson Street, Los Angeles, CA 90001",
        "12. Page through all users, 20 per page",
        "page 1: 20 items",
        "page 2: 20 items",
        "page 3: 13 items",
        "last page",
        "53 items in 3 pages",
        "13. Transaction: promote johndoe to super_user and janedoering to admin, all or nothing",
        "applied: johndoe/Doe: John, age 25, super_user",
        "janedoering/Doering: Jane, age 40, admin",
        "14. The same transaction again: johndoe is no longer a standard_user, so nothing changes",
        "cancelled: action 0 (update of johndoe) failed: ConditionalCheckFailed",
        "cancelled: action 1 (update of janedoering) failed: ConditionalCheckFailed",
        "janedoering is still admin",
        "15. Delete janedoe",
        "deleted; get now finds nothing",
        "16. Delete table '" + table + "' and wait until it is gone",
        "deleted; exists: false",
        "Done.");
    assertFalse(result.out().contains("unexpected"), result.out());
    assertTrue(result.err().isEmpty(), result.err());
    assertTableGone(table);
  }

  @Test
  void pagesBySizeAndKeepsTheTableWhenAsked() {
    String table = LocalDynamoDb.uniqueTableName("demo-keep");
    Cli.Result result = Cli.onLocal(table, "demo", "--page-size", "10", "--keep").assertSuccess();

    result.assertOutInOrder(
        "12. Page through all users, 10 per page",
        "page 1: 10 items", "page 5: 10 items", "page 6: 3 items",
        "53 items in 6 pages",
        "16. Keep table '" + table + "' (--keep)",
        "52 items");
    // Each page but the last shows its cursor.
    assertTrue(Pattern.compile("page 1: 10 items \\(\\S+ \\.\\.\\. \\S+\\), cursor ").matcher(result.out()).find(),
        result.out());
    Cli.onLocal(table, "delete-table").assertSuccess();
  }

  @Test
  void refusesATableThatExists() {
    String table = LocalDynamoDb.uniqueTableName("demo-exists");
    Cli.onLocal(table, "load", "--count", "1").assertSuccess();

    Cli.Result result = Cli.onLocal(table, "demo");

    Cli.assertOneLineError(result, 1, "error: table '" + table + "' already exists at ");
    Cli.onLocal(table, "delete-table").assertSuccess();
  }

  private static void assertTableGone(String table) {
    try {
      LocalDynamoDb.client().describeTable(b -> b.tableName(table));
      throw new AssertionError("table " + table + " still exists");
    } catch (ResourceNotFoundException expected) {
      // gone
    }
  }
}
