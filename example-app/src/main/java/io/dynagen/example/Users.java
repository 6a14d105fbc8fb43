package io.dynagen.example;

import io.dynagen.example.model.Address;
import io.dynagen.example.model.AddressSchema;
import io.dynagen.example.model.User;
import io.dynagen.example.model.UserSchema;
import io.dynagen.runtime.expr.AttributePath;
import io.dynagen.runtime.expr.DocumentEncoder;
import io.dynagen.runtime.expr.DocumentPath;
import io.dynagen.runtime.expr.Encoders;
import io.dynagen.runtime.expr.NumberPath;
import io.dynagen.runtime.expr.StringPath;
import io.dynagen.runtime.table.TypedTable;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The users table as the app uses it: typed paths of the {@link User} attributes, the where-
 * expression parser over them, the table accessor and one-line descriptions of users.
 *
 * <p>TODO(User_, UserTable): the paths stand in for the generated metamodel {@code User_}, and
 * {@link #table} for {@code UserTable.create(client, name)}, until the processor writes them.
 * Then: the fields here become {@code User_.age}, {@code User_.address.state} and so on (the
 * where-parser keeps its stored names), {@code TypedTable<User>} becomes {@code UserTable},
 * and {@link #key}/{@link #get} give way to {@code users.get("janedoe", "Doe")}, {@code
 * users.update(...)}, {@code users.delete(...)} and {@code users.query("johndoe")}.
 */
final class Users {
  static final StringPath<String> username = new StringPath<>(null, "username", Encoders.STRING);
  static final StringPath<String> lastName = new StringPath<>(null, "last_name", Encoders.STRING);
  static final StringPath<String> firstName = new StringPath<>(null, "first_name", Encoders.STRING);
  static final NumberPath<Integer> age = new NumberPath<>(null, "age", Encoders.INT);
  static final StringPath<String> accountType = new StringPath<>(null, "account_type", Encoders.STRING);
  static final AddressPath address = new AddressPath(null, "address");

  /** The {@code address} document's paths. */
  static final class AddressPath extends DocumentPath<Address> {
    final StringPath<String> road = new StringPath<>(this, "road", Encoders.STRING);
    final StringPath<String> city = new StringPath<>(this, "city", Encoders.STRING);
    final StringPath<String> state = new StringPath<>(this, "state", Encoders.STRING);
    final NumberPath<Integer> zipcode = new NumberPath<>(this, "zipcode", Encoders.INT);

    AddressPath(AttributePath parent, String name) {
      super(parent, name, new DocumentEncoder<>(AddressSchema.INSTANCE));
    }
  }

  /** The parser of {@code scan --where}, over every attribute by its stored name. */
  static final WhereParser WHERE =
      new WhereParser(
          WhereParser.byPath(
              WhereParser.Field.text(username),
              WhereParser.Field.text(lastName),
              WhereParser.Field.text(firstName),
              WhereParser.Field.integer(age),
              WhereParser.Field.text(accountType),
              WhereParser.Field.text(address.road),
              WhereParser.Field.text(address.city),
              WhereParser.Field.text(address.state),
              WhereParser.Field.integer(address.zipcode)));

  private Users() {}

  /** The table {@code name} of users. */
  static TypedTable<User> table(DynamoDbClient client, String name) {
    return TypedTable.of(client, UserSchema.INSTANCE, name);
  }

  /** The key of the user {@code username} / {@code lastName}. */
  static Map<String, AttributeValue> key(TypedTable<User> table, String username, String lastName) {
    return table.key(username, Encoders.STRING, lastName, Encoders.STRING);
  }

  static Optional<User> get(TypedTable<User> table, String username, String lastName) {
    return table.get(key(table, username, lastName));
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
