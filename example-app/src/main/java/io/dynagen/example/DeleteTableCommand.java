package io.dynagen.example;

import io.dynagen.example.model.User;
import io.dynagen.example.model.UserTable;
import java.io.PrintStream;
import picocli.CommandLine.Command;

/** Deletes the table. */
@Command(name = "delete-table", description = "Delete the table and wait until it is gone.")
final class DeleteTableCommand extends TableCommand {
  @Override
  int run(Session session, UserTable users, PrintStream out) {
    users.deleteTable();
    out.println("deleted table '" + users.tableName() + "' at " + session.target());
    return 0;
  }
}
