package io.dynagen.example;

import io.dynagen.example.model.User;
import io.dynagen.example.model.UserTable;
import io.dynagen.runtime.expr.Condition;
import io.dynagen.runtime.table.read.Scan;
import java.io.PrintStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The users meeting a where-expression, or all of them. */
@Command(
    name = "scan",
    description = {
      "Scan the table, optionally filtered by a where-expression (--where).",
      "Examples:",
      "  --where 'age < 27 and first_name begins_with J'",
      "  --where 'address.state = CA'",
      "  --where \"account_type in (super_user, standard_user) or not (age between 20 and 30)\"",
      "Operators: = <> != < <= > >= begins_with contains between..and in(..) exists not_exists;"
          + " combine with and, or, not and parentheses."
    })
final class ScanCommand extends TableCommand {
  @Option(names = "--where", paramLabel = "EXPR", description = "Only users meeting EXPR.")
  String where;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "Print at most N users (the scan stops reading there).")
  Integer limit;

  @Option(
      names = "--page-size",
      paramLabel = "N",
      description = "Items read per request (DynamoDB's Limit, counted before the filter).")
  Integer pageSize;

  @Option(names = "--count", description = "Print only the number of matching users.")
  boolean count;

  private Condition filter;

  @Override
  void check() {
    filter = where == null ? null : Users.WHERE.parse(where);
    if (limit != null && limit < 1 || pageSize != null && pageSize < 1) {
      throw new IllegalArgumentException("--limit and --page-size take 1 or more");
    }
  }

  @Override
  int run(Session session, UserTable users, PrintStream out) {
    Scan<User> scan = users.scan();
    if (filter != null) {
      scan = scan.filter(filter);
    }
    if (pageSize != null) {
      scan = scan.pageSize(pageSize);
    }
    if (count) {
      out.println(scan.count());
      return 0;
    }
    return Listing.print(scan.stream(), limit == null ? Integer.MAX_VALUE : limit, out);
  }
}
