package io.dynagen.example.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.example.Main;
import io.dynagen.runtime.testing.LocalDynamoDb;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/** {@code --table-prefix}: every command works on the prefixed table, and a bad prefix is a usage error. */
class TablePrefixTest {

  @Test
  void loadAndScanUseThePrefixedTable() {
    String prefix = LocalDynamoDb.uniqueTableName("cli") + "-";
    String table = LocalDynamoDb.uniqueTableName("users");
    Cli.onLocal(table, "--table-prefix", prefix, "load", "--count", "30")
        .assertSuccess()
        .assertOutInOrder("created table '" + prefix + table + "'", "loaded 30 users into '" + prefix + table + "'");
    try {
      long counted = LocalDynamoDb.client().scanPaginator(b -> b.tableName(prefix + table).select("COUNT"))
          .stream().mapToLong(page -> page.count()).sum();
      assertEquals(30, counted);
      assertEquals(List.of("30"), Cli.onLocal(table, "--table-prefix", prefix, "scan", "--count").assertSuccess().outLines());
      boolean unprefixedMissing = false;
      try {
        LocalDynamoDb.client().describeTable(b -> b.tableName(table));
      } catch (ResourceNotFoundException e) {
        unprefixedMissing = true;
      }
      assertTrue(unprefixedMissing, "nothing may land in the unprefixed table");
    } finally {
      Cli.onLocal(table, "--table-prefix", prefix, "delete-table").assertSuccess();
    }
  }

  @Test
  void aPrefixMakingAnInvalidNameIsAUsageError() {
    Cli.Result result = Cli.onLocal("users", "--table-prefix", "prod env/", "describe");

    Cli.assertOneLineError(result, Main.EXIT_USAGE,
        "error: Table names resolve 'users' to 'prod env/users', which is not a DynamoDB table name");
  }
}
