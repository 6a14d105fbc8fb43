package io.dynagen.example;

import io.dynagen.example.model.User;
import io.dynagen.example.model.UserTable;
import java.io.PrintStream;
import java.util.stream.Stream;
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
    UserDao dao = new UserDaoImpl(users);
    Stream<User> found;
    if (lastNamePrefix == null) {
      found = descending ? dao.findByUsernameOrderByLastNameDesc(username) : dao.findByUsername(username);
    } else {
      found = descending
          ? dao.findByUsernameAndLastNameBeginsWithOrderByLastNameDesc(username, lastNamePrefix)
          : dao.findByUsernameAndLastNameBeginsWith(username, lastNamePrefix);
    }
    return Listing.print(found, Integer.MAX_VALUE, out);
  }
}
