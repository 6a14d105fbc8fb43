package io.dynagen.example;

import io.dynagen.example.model.UserTable;
import java.io.PrintStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Reads one user by key. */
@Command(name = "get", description = "Get one user by key: get USERNAME LAST_NAME.")
final class GetCommand extends TableCommand {
  @Parameters(index = "0", paramLabel = "USERNAME", description = "The partition key.")
  String username;

  @Parameters(index = "1", paramLabel = "LAST_NAME", description = "The sort key.")
  String lastName;

  @Override
  int run(Session session, UserTable users, PrintStream out) {
    UserDao dao = new UserDaoImpl(users);
    out.println(
        dao.get(username, lastName)
            .map(Users::describe)
            .orElse("no user " + username + "/" + lastName + " in table '" + users.tableName() + "'"));
    return 0;
  }
}
