package io.dynagen.example;

import io.dynagen.example.model.User;
import java.io.PrintStream;
import java.util.Iterator;
import java.util.stream.Stream;

/** Prints users one per line, then how many. */
final class Listing {
  private Listing() {}

  /** Prints up to {@code limit} users of {@code users} (reading no further), then the count. */
  static int print(Stream<User> users, int limit, PrintStream out) {
    int printed = 0;
    Iterator<User> iterator = users.limit(limit).iterator();
    while (iterator.hasNext()) {
      out.println(Users.describe(iterator.next()));
      printed++;
    }
    out.println(printed + (printed == 1 ? " user" : " users") + (printed == limit ? " (--limit reached)" : ""));
    return 0;
  }
}
