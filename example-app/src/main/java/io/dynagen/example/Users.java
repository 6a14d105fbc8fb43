package io.dynagen.example;

import io.dynagen.example.model.Address;
import io.dynagen.example.model.User;
import io.dynagen.example.model.UserTable;
import io.dynagen.example.model.User_;
import io.dynagen.runtime.table.Tables;

/**
 * The users table as the app uses it: the where-expression parser over the generated metamodel
 * {@link User_}, the generated accessor {@link UserTable}, and one-line descriptions of users.
 */
final class Users {
  /** The parser of {@code scan --where}, over every attribute by its stored name. */
  static final WhereParser WHERE =
      new WhereParser(
          WhereParser.byPath(
              WhereParser.Field.text(User_.username),
              WhereParser.Field.text(User_.lastName),
              WhereParser.Field.text(User_.firstName),
              WhereParser.Field.integer(User_.age),
              WhereParser.Field.text(User_.accountType),
              WhereParser.Field.text(User_.address.road),
              WhereParser.Field.text(User_.address.city),
              WhereParser.Field.text(User_.address.state),
              WhereParser.Field.integer(User_.address.zipcode)));

  private Users() {}

  /** The users table {@code name}, under the name {@code tables} give it (behind a prefix, say). */
  static UserTable table(Tables tables, String name) {
    return UserTable.create(tables.client(), tables.resolve(name));
  }

  /**
   * One line: {@code janedoe/Doe: Jane, age 26, standard_user} and the address, if any: {@code ,
   * 2 Washington Avenue, Seattle, WA 98109}.
   */
  static String describe(User user) {
    StringBuilder line = new StringBuilder();
    line.append(user.username()).append('/').append(user.lastName()).append(": ");
    line.append(user.firstName() == null ? "-" : user.firstName());
    if (user.age() != null) {
      line.append(", age ").append(user.age());
    }
    if (user.accountType() != null) {
      line.append(", ").append(user.accountType());
    }
    Address a = user.address();
    if (a != null) {
      line.append(", ").append(a.road()).append(", ").append(a.city()).append(", ")
          .append(a.state()).append(' ').append(a.zipcode());
    }
    return line.toString();
  }
}
