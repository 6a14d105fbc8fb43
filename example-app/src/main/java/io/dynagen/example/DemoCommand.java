package io.dynagen.example;

import io.dynagen.example.model.User;
import io.dynagen.example.model.UserTable;
import io.dynagen.example.model.User_;
import io.dynagen.example.model.WalkthroughUsers;
import io.dynagen.runtime.expr.Condition;
import io.dynagen.runtime.expr.Update;
import io.dynagen.runtime.table.ConditionFailedException;
import io.dynagen.runtime.table.admin.TableInfo;
import io.dynagen.runtime.table.batch.BatchWriter;
import io.dynagen.runtime.table.read.Page;
import io.dynagen.runtime.table.transact.TransactWrite;
import io.dynagen.runtime.table.transact.TransactionFailedException;
import io.dynagen.runtime.table.transact.TransactionFailure;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The users walk-through, step by step, each step printing what it did and what came back. */
@Command(
    name = "demo",
    description = "Walk through the users example: create, put, get, update, conditional put,"
        + " batch write, query, scan, paging, transactions, delete (the default command).")
final class DemoCommand extends TableCommand {
  @Option(
      names = "--page-size",
      defaultValue = "20",
      paramLabel = "N",
      description = "Items per page in the paging step (default: ${DEFAULT-VALUE}).")
  int pageSize = 20;

  @Option(names = "--keep", description = "Keep the table at the end instead of deleting it.")
  boolean keep;

  private PrintStream out;
  private int step;

  @Override
  int run(Session session, UserTable users, PrintStream printer) {
    this.out = printer;
    out.println("Dynagen demo: the users walk-through on " + session.target());

    if (users.exists()) {
      throw new IllegalStateException(
          "table '" + users.tableName() + "' already exists at " + session.target()
              + ": the demo creates and deletes its own table; pass --table with another name");
    }
    step("Create table '" + users.tableName() + "' (on demand) and wait until it exists");
    long started = System.nanoTime();
    TableInfo created = users.createTable();
    say("created: status %s, in %d ms", created.status(), (System.nanoTime() - started) / 1_000_000);

    step("Describe the table");
    TableInfo info = users.describe();
    say("item count %d, size %d bytes, created %s", info.itemCount(), info.sizeBytes(), info.creationTime());

    step("Put janedoe");
    User jane = WalkthroughUsers.janedoe();
    users.put(jane);
    say("put %s", Users.describe(jane));

    step("Get janedoe by her key (username, last_name)");
    User got = users.get("janedoe", "Doe").orElseThrow();
    say("got %s", Users.describe(got));
    say("age is an %s: %d, exactly as stored", got.age().getClass().getSimpleName(), got.age());

    step("Update: set age = 26");
    User updated = users.update("janedoe", "Doe", User_.age.set(26));
    say("now %s", Users.describe(updated));

    step("Conditional put: replace janedoe only if age = 25");
    User older = new User("janedoe", "Doe", "Jane", 99, "standard_user", null);
    try {
      users.put(older, User_.age.eq(25));
      say("written (unexpected: her age is 26)");
    } catch (ConditionFailedException e) {
      say("condition failed, nothing written");
      say("the item as it stood: %s",
          e.item(User.class).map(Users::describe).orElse("(none)"));
    }

    step("Batch write johndoe, janedoering and 50 anonymous users");
    List<User> batch = WalkthroughUsers.batch();
    started = System.nanoTime();
    // 25 users per BatchWriteItem, several requests in flight, unprocessed items resent; close()
    // waits for all of them, or throws naming every user that did not land.
    long landed;
    try (BatchWriter<User> writer = users.batchWriter()) {
      for (User user : batch) {
        writer.put(user);
      }
      writer.flush();
      landed = writer.written();
    }
    say("wrote %d users in %d ms (BatchWriteItem, 25 users per request, unprocessed ones resent)",
        landed, (System.nanoTime() - started) / 1_000_000);
    say("the table now holds %d items", users.scan().count());

    step("Query username = johndoe");
    users.query("johndoe").stream()
        .forEach(user -> say("found %s", Users.describe(user)));

    scan(users, "Scan age < 27", User_.age.lt(27),
        "(the anonymous users have no age, so age < 27 is false for them)");
    scan(users, "Scan first_name begins_with J and account_type = super_user",
        User_.firstName.beginsWith("J").and(User_.accountType.eq("super_user")), null);
    scan(users, "Scan address.state = CA", User_.address.state.eq("CA"), null);

    step("Page through all users, " + pageSize + " per page");
    Page<User> page = users.scan().pageSize(pageSize).firstPage();
    int number = 1;
    int total = 0;
    while (true) {
      total += page.items().size();
      say("page %d: %d items%s%s", number, page.items().size(), range(page.items()),
          page.hasMore() ? ", cursor " + abbreviate(page.cursor().orElseThrow()) : ", last page");
      if (!page.hasMore()) {
        break;
      }
      page = users.scan().pageSize(pageSize).page(page.cursor().orElseThrow());
      number++;
    }
    say("%d items in %d pages", total, number);

    step("Transaction: promote johndoe to super_user and janedoering to admin, all or nothing");
    TransactWrite promotion = TransactWrite.with(session.client())
        .update(users, users.key("johndoe", "Doe"), Update.of(User_.accountType.set("super_user")),
            User_.accountType.eq("standard_user"))
        .update(users, users.key("janedoering", "Doering"), Update.of(User_.accountType.set("admin")),
            User_.accountType.eq("super_user"));
    promotion.execute();
    say("applied: %s", Users.describe(users.get("johndoe", "Doe").orElseThrow()));
    say("         %s", Users.describe(users.get("janedoering", "Doering").orElseThrow()));

    step("The same transaction again: johndoe is no longer a standard_user, so nothing changes");
    try {
      promotion.execute();
      say("applied (unexpected: its conditions are false)");
    } catch (TransactionFailedException e) {
      for (TransactionFailure<User> failure : e.failuresOn(users)) {
        say("cancelled: action %d (%s of %s) failed: %s", failure.index(),
            failure.kind().name().toLowerCase(Locale.ROOT),
            failure.item().map(User::username).orElse("?"), failure.code());
      }
      say("janedoering is still %s", users.get("janedoering", "Doering").orElseThrow().accountType());
    }

    step("Delete janedoe");
    users.delete("janedoe", "Doe");
    Optional<User> gone = users.get("janedoe", "Doe");
    say("deleted; get now finds %s", gone.map(Users::describe).orElse("nothing"));

    if (keep) {
      step("Keep table '" + users.tableName() + "' (--keep)");
      say("%d items", users.scan().count());
    } else {
      step("Delete table '" + users.tableName() + "' and wait until it is gone");
      users.deleteTable();
      say("deleted; exists: %s", users.exists());
    }
    out.println();
    out.println("Done.");
    return 0;
  }

  private void scan(UserTable users, String title, Condition filter, String note) {
    step(title);
    List<User> found = users.scan().filter(filter).toList();
    say("%d %s", found.size(), found.size() == 1 ? "item" : "items");
    for (User user : found) {
      say("  %s", Users.describe(user));
    }
    if (note != null) {
      say(note);
    }
  }

  private static String range(List<User> items) {
    if (items.isEmpty()) {
      return "";
    }
    return " (" + items.get(0).username()
        + (items.size() > 1 ? " ... " + items.get(items.size() - 1).username() : "") + ")";
  }

  /** The cursor's end: its start is the same for every page (the key's attribute names). */
  private static String abbreviate(String cursor) {
    return cursor.length() <= 20 ? cursor : "..." + cursor.substring(cursor.length() - 20);
  }

  private void step(String title) {
    step++;
    out.println();
    out.println(step + ". " + title);
  }

  private void say(String format, Object... args) {
    out.println("   " + String.format(Locale.ROOT, format, args));
  }
}
