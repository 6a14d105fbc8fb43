package io.dynagen.runtime.table;

import io.dynagen.runtime.expr.Encoders;
import io.dynagen.runtime.testing.LocalDynamoDb;
import io.dynagen.runtime.testmodel.AccountType;
import io.dynagen.runtime.testmodel.TestAddress;
import io.dynagen.runtime.testmodel.TestUser;
import io.dynagen.runtime.testmodel.TestUserSchema;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Users tables of the walk-through on the shared DynamoDB Local, one per test class. */
public final class UsersTables {
  public static final TestUser JANEDOE = TestUser.of("janedoe", "Doe", "Jane", 25, AccountType.standard_user);
  public static final TestUser JOHNDOE =
      TestUser.of("johndoe", "Doe", "John", 25, AccountType.standard_user)
          .withAddress(new TestAddress("1 Jefferson Street", "Los Angeles", "CA", 90001));
  public static final TestUser JANEDOERING =
      TestUser.of("janedoering", "Doering", "Jane", 40, AccountType.super_user)
          .withAddress(new TestAddress("2 Washington Avenue", "Seattle", "WA", 98109));

  private UsersTables() {}

  /** A new, uniquely named, empty users table, created on demand. */
  public static TypedTable<TestUser> create(String prefix) {
    return create(LocalDynamoDb.client(), prefix);
  }

  /** A new users table used through {@code client}. */
  public static TypedTable<TestUser> create(DynamoDbClient client, String prefix) {
    TypedTable<TestUser> table =
        TypedTable.of(client, TestUserSchema.INSTANCE, LocalDynamoDb.uniqueTableName(prefix));
    table.createTable();
    return table;
  }

  /** The key of a user, as a generated UserTable builds it. */
  public static Map<String, AttributeValue> key(TypedTable<TestUser> table, String username, String lastName) {
    return table.key(username, Encoders.STRING, lastName, Encoders.STRING);
  }

  public static Map<String, AttributeValue> key(TypedTable<TestUser> table, TestUser user) {
    return key(table, user.username(), user.lastName());
  }
}
