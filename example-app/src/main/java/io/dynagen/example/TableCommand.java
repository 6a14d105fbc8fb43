package io.dynagen.example;

import io.dynagen.example.model.User;
import io.dynagen.example.model.UserTable;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.ParentCommand;

/** A command on the users table: opens the session the options say, runs, closes it. */
abstract class TableCommand implements Callable<Integer> {
  @ParentCommand Main main;

  @Override
  public final Integer call() {
    return run(main);
  }

  /** Runs with the options of {@code main} (also when called without picocli, for the demo). */
  final int run(Main options) {
    check();
    try (Session session = options.openSession()) {
      return run(session, Users.table(options.tables(session.client()), options.tableWithoutPrefix()), options.out());
    }
  }

  /** Checks the arguments before anything is started or sent; throws if they are wrong. */
  void check() {}

  /** Runs the command; returns the exit code. */
  abstract int run(Session session, UserTable users, PrintStream out);
}
