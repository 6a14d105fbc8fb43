package io.dynagen.example;

import io.dynagen.example.model.User;
import io.dynagen.example.model.UserTable;
import io.dynagen.runtime.table.admin.TableInfo;
import java.io.PrintStream;
import picocli.CommandLine.Command;

/** The table's metadata. */
@Command(name = "describe", description = "Show the table's status, item count, size, creation time and indexes.")
final class DescribeCommand extends TableCommand {
  @Override
  int run(Session session, UserTable users, PrintStream out) {
    TableInfo info = users.describe();
    out.println("table:      " + info.name() + " at " + session.target());
    out.println("status:     " + info.status());
    out.println("items:      " + info.itemCount() + " (approximate: DynamoDB refreshes it about every 6 hours)");
    out.println("size:       " + info.sizeBytes() + " bytes");
    out.println("created:    " + info.creationTime());
    out.println("indexes:    " + (info.indexes().isEmpty() ? "none" : info.indexes().get(0)));
    info.indexes().stream().skip(1).forEach(index -> out.println("            " + index));
    return 0;
  }
}
