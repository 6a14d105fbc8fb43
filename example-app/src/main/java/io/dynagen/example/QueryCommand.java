package io.dynagen.example;

import io.dynagen.example.model.User;
import io.dynagen.example.model.UserTable;
import io.dynagen.runtime.expr.SortKeyCondition;
import io.dynagen.runtime.table.read.Query;
import java.io.PrintStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The users of one partition (username), optionally narrowed by last name prefix. */
@Command(name = "query", description = "Query the users with one username.")
final class QueryCommand extends TableCommand {
  @Parameters(index = "0", paramLabel = "USERNAME", description = "The partition key.")
  String username;

  @Option(
      names = "--last-name-prefix",
      paramLabel = "PREFIX",
      description = "Only last names (the sort key) beginning with PREFIX.")
  String lastNamePrefix;

  @Option(names = "--descending", description = "Last names in descending order.")
  boolean descending;

  @Override
  int run(Session session, UserTable users, PrintStream out) {
    Query<User> query = users.query(username);
    if (lastNamePrefix != null) {
      query = users.query(username, SortKeyCondition.beginsWith(lastNamePrefix));
    }
    if (descending) {
      query = query.descending();
    }
    return Listing.print(query.stream(), Integer.MAX_VALUE, out);
  }
}
