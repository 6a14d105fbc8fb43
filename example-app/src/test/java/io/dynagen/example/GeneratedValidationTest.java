package io.dynagen.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.example.model.AllTypes;
import io.dynagen.example.model.AllTypesTable;
import io.dynagen.example.model.AllTypes_;
import io.dynagen.example.model.Order;
import io.dynagen.example.model.OrderTable;
import io.dynagen.example.model.Order_;
import io.dynagen.example.model.User;
import io.dynagen.example.model.UserTable;
import io.dynagen.runtime.expr.SortKeyCondition;
import io.dynagen.runtime.table.ItemSize;
import io.dynagen.runtime.testing.LocalDynamoDb;
import io.dynagen.runtime.testing.RequestLog;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * What DynamoDB would reject fails through the generated accessors before any request is sent
 * (counted), with a message naming the argument: null and empty keys, NaN, items over 400 KB.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedValidationTest {
  private final RequestLog log = new RequestLog();
  private final DynamoDbClient client = LocalDynamoDb.newClient(log);
  private final OrderTable orders = Orders.createTable(client, "validation");
  private final UserTable users = UserTable.create(client, orders.tableName() + "-users-never-created");

  @BeforeEach
  void forgetTheSetUpRequests() {
    log.clear();
  }

  @AfterAll
  void dropTable() {
    orders.deleteTable();
    client.close();
  }

  private void rejectedBeforeSending(Executable call, String... mentions) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    for (String mention : mentions) {
      assertTrue(e.getMessage().contains(mention), "'" + mention + "' in: " + e.getMessage());
    }
    assertEquals(0, log.size(), "no request may be sent");
  }

  private static Order named(String customer, String name) {
    return new Order(customer, 1, name, Order.Status.OPEN, LocalDate.of(2024, 1, 1), 1, BigDecimal.ONE,
        null, null, null, null, null, null, null);
  }

  /** An order without a date, so that the local index by-date holds no copy of it. */
  private static Order undated(String name) {
    return new Order("big", 1, name, Order.Status.OPEN, null, 1, BigDecimal.ONE,
        null, null, null, null, null, null, null);
  }

  @Test
  void nullAndEmptyKeys() {
    rejectedBeforeSending(() -> orders.get(null, 1), "'customer'", "null", orders.tableName());
    rejectedBeforeSending(() -> orders.get("", 1), "'customer'", "empty");
    rejectedBeforeSending(() -> orders.delete("", 1), "'customer'");
    rejectedBeforeSending(() -> orders.update(null, 1, Order_.size.add(1)), "'customer'");
    rejectedBeforeSending(() -> orders.query(""), "'customer'");
    rejectedBeforeSending(() -> orders.byStatusIndex().query(null), "'status'");
    rejectedBeforeSending(() -> orders.byDateIndex().query(""), "'customer'");
    rejectedBeforeSending(() -> orders.put(named(null, "x")), "'customer'", orders.tableName());
    rejectedBeforeSending(() -> orders.putIfAbsent(named("", "x")), "'customer'");
    rejectedBeforeSending(() -> users.get("janedoe", ""), "'last_name'", users.tableName());
    rejectedBeforeSending(() -> users.put(new User("janedoe", null, "Jane", 25, "standard_user", null)), "'last_name'");
    rejectedBeforeSending(() -> users.query("johndoe", SortKeyCondition.eq("")).toList(), "'last_name'", "empty");
  }

  @Test
  void notANumber() {
    AllTypesTable allTypes = AllTypesTable.create(client, "never-created");
    AllTypes item = new AllTypes();
    item.id = "nan";
    item.aDouble = Double.NaN;
    rejectedBeforeSending(() -> allTypes.put(item), "'aDouble'", "NaN");
    rejectedBeforeSending(() -> allTypes.update("nan", AllTypes_.boxedFloat.set(Float.POSITIVE_INFINITY)), "'boxedFloat'");
    rejectedBeforeSending(() -> allTypes.scan().filter(AllTypes_.aDouble.gt(Double.NaN)), "'aDouble'");
    rejectedBeforeSending(() -> allTypes.update("nan", AllTypes_.counts.get("k").set(null)), "'counts.k'", "null");
  }

  @Test
  void ordersOverFourHundredKilobytes() {
    // DynamoDB counts an item's copies in local indexes toward the 400 KB too: an undated order
    // has none here, so exactly 400 KB is what the service takes.
    long fixed = ItemSize.of(orders.typed().schema().toItem(undated("")));
    Order atTheLimit = undated("x".repeat((int) (ItemSize.MAX_BYTES - fixed)));
    orders.put(atTheLimit);
    assertEquals(atTheLimit, orders.get("big", 1).orElseThrow());
    log.clear();
    Order over = undated("x".repeat((int) (ItemSize.MAX_BYTES - fixed) + 1));
    rejectedBeforeSending(() -> orders.put(over), "409601 bytes", "'name'", orders.tableName(), "big");
    rejectedBeforeSending(() -> orders.putReturningOld(over, Order_.size.eq(1)), "409601 bytes");
  }
}
