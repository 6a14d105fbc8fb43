package io.dynagen.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.example.model.Article;
import io.dynagen.example.model.ArticleTable;
import io.dynagen.example.model.Order;
import io.dynagen.example.model.OrderTable;
import io.dynagen.example.model.User;
import io.dynagen.example.model.UserTable;
import io.dynagen.runtime.table.Tables;
import io.dynagen.runtime.table.admin.TableNames;
import io.dynagen.runtime.table.batch.BatchGet;
import io.dynagen.runtime.table.batch.MultiTableBatchWriter;
import io.dynagen.runtime.table.transact.TransactGet;
import io.dynagen.runtime.testing.LocalDynamoDb;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/**
 * Table names per environment on DynamoDB Local: tables created from one {@link Tables} with a
 * prefix or a mapping function land under the resolved names (checked with the plain client),
 * and their indexes, batches across tables and transactions use those names; a prefix making an
 * invalid name fails before any request, naming both names.
 */
class GeneratedTableNamesTest {
  private static final DynamoDbClient CLIENT = LocalDynamoDb.client();
  private static final User ANN = new User("ann", "Lee", "Ann", 31, "basic", null);

  @Test
  void aPrefixNamesEveryTableIndexBatchAndTransaction() {
    String prefix = LocalDynamoDb.uniqueTableName("env") + "-";
    Tables tables = Tables.of(CLIENT, TableNames.prefix(prefix));
    UserTable users = UserTable.create(tables);
    OrderTable orders = OrderTable.create(tables);
    assertEquals(prefix + "users", users.tableName());
    assertEquals(prefix + "orders", orders.tableName());
    users.createTable();
    orders.createTable();
    try {
      assertTrue(exists(prefix + "users") && exists(prefix + "orders"));
      assertFalse(exists("users"), "nothing may land in the unprefixed table");

      try (MultiTableBatchWriter writer = tables.batchWriter()) {
        writer.put(users, ANN);
        Orders.ALL.forEach(order -> writer.put(orders, order));
      }
      assertEquals(ANN, users.get("ann", "Lee").orElseThrow());
      assertEquals(List.of("ann/1", "bob/1"),
          orders.byStatusIndex().query(Order.Status.OPEN).stream().map(Orders::id).sorted().toList());

      BatchGet get = tables.batchGet();
      BatchGet.Handle<User> gotUsers = get.add(users, List.of(users.key("ann", "Lee")));
      BatchGet.Handle<Order> gotOrders = get.add(orders, List.of(orders.key("bob", 1L)));
      BatchGet.Result got = get.execute();
      assertEquals(List.of(ANN), got.items(gotUsers));
      assertEquals(List.of(Orders.BOB_1), got.items(gotOrders));

      tables.transactWrite().delete(users, ANN).delete(orders, Orders.BOB_1).execute();
      TransactGet read = tables.transactGet();
      TransactGet.Handle<Order> ann1 = read.get(orders, orders.key("ann", 1L));
      TransactGet.Handle<User> ann = read.get(users, users.key("ann", "Lee"));
      TransactGet.Result result = read.execute();
      assertEquals(Orders.ANN_1, result.get(ann1).orElseThrow());
      assertTrue(result.get(ann).isEmpty());
      assertTrue(orders.get("bob", 1L).isEmpty());
    } finally {
      users.deleteTable();
      orders.deleteTable();
    }
  }

  @Test
  void aFunctionMapsNamesAndTheExactNameFactoryStillWorks() {
    String suffix = "-" + LocalDynamoDb.uniqueTableName("qa");
    ArticleTable articles = ArticleTable.create(CLIENT, TableNames.of(name -> "team_" + name + suffix));
    assertEquals("team_articles" + suffix, articles.tableName());
    articles.createTable();
    try {
      Article stored = articles.put(Article.draft("Names"));
      assertEquals("Names", articles.get(stored.id()).orElseThrow().title());
      String exact = articles.tableName();
      assertEquals(stored, ArticleTable.create(CLIENT, exact).get(stored.id()).orElseThrow());
      assertEquals(exact, ArticleTable.create(Tables.of(CLIENT, TableNames.of(name -> exact))).tableName());
    } finally {
      articles.deleteTable();
    }
  }

  @Test
  void declaredNamesAreTheDefault() {
    assertEquals("users", UserTable.create(Tables.of(CLIENT)).tableName());
    assertEquals("orders", OrderTable.create(CLIENT, TableNames.asDeclared()).tableName());
  }

  @Test
  void anInvalidResolvedNameFailsBeforeAnyRequestNamingBothNames() {
    IllegalArgumentException spaces = assertThrows(IllegalArgumentException.class,
        () -> UserTable.create(Tables.of(CLIENT, TableNames.prefix("prod env/"))));
    assertEquals("Table names resolve 'users' to 'prod env/users', which is not a DynamoDB table name: a"
        + " name has 3 to 255 characters among a-z, A-Z, 0-9, '_', '-' and '.'; fix the prefix or the"
        + " mapping function", spaces.getMessage());
    IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
        () -> OrderTable.create(CLIENT, TableNames.of(name -> null)));
    assertTrue(none.getMessage().startsWith("Table names resolve 'orders' to null,"), none.getMessage());
  }

  private static boolean exists(String tableName) {
    try {
      CLIENT.describeTable(DescribeTableRequest.builder().tableName(tableName).build());
      return true;
    } catch (ResourceNotFoundException e) {
      return false;
    }
  }
}
