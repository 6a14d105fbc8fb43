package io.dynagen.example;

import io.dynagen.example.shop.Customer;
import io.dynagen.example.shop.Order;
import io.dynagen.example.shop.OrderLine;
import io.dynagen.example.shop.ShopData;
import io.dynagen.example.shop.ShopData.PlacedOrder;
import io.dynagen.example.shop.ShopItem;
import io.dynagen.example.shop.ShopItemTable;
import io.dynagen.example.shop.ShopOrderDao;
import io.dynagen.example.shop.ShopOrderDaoImpl;
import io.dynagen.runtime.table.admin.TableInfo;
import io.dynagen.runtime.table.transact.TransactWrite;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * The single-table walk-through (docs/single-table.md): customers, orders and order lines in one
 * table, each access pattern one request, printed with what came back and the request it took.
 */
@Command(
    name = "shop",
    description = "Walk through single-table design: customers, orders and order lines in one table"
        + " with an overloaded index; every access pattern and the one request it takes.")
final class ShopCommand implements Callable<Integer> {
  @ParentCommand Main main;

  @Option(
      names = "--shop-table",
      defaultValue = "shop",
      paramLabel = "NAME",
      description = "The shop table's name, behind --table-prefix (default: ${DEFAULT-VALUE}).")
  String tableName = "shop";

  @Option(names = "--keep", description = "Keep the table at the end instead of deleting it.")
  boolean keep;

  private final RequestLog requests = new RequestLog();
  private PrintStream out;
  private Steps steps;

  @Override
  public Integer call() {
    try (Session session = main.openSession(List.of(requests))) {
      ShopItemTable shop = ShopItemTable.create(session.client(), main.tables(session.client()).resolve(tableName));
      return run(session, shop);
    }
  }

  private int run(Session session, ShopItemTable shop) {
    out = main.out();
    steps = new Steps(out);
    out.println("Dynagen shop: customers, orders and order lines in one table, on " + session.target());

    steps.step("Create table '" + shop.tableName() + "' and its overloaded index GSI1, from the annotations on ShopItem");
    TableInfo created = shop.createTable();
    steps.say("created: status %s", created.status());
    requests(requests.take());

    steps.step("Put customer " + ShopData.CUSTOMER_ID);
    Customer customer = ShopData.customer();
    shop.customers().put(customer);
    steps.say("put %s", describe(customer));
    requests(requests.take());

    for (PlacedOrder placed : ShopData.orders()) {
      int lines = placed.lines().size();
      steps.step("Place order " + placed.order().orderId() + ": the order and its " + lines
          + (lines == 1 ? " line" : " lines") + " in one transaction, all or nothing");
      TransactWrite transaction = TransactWrite.with(session.client()).put(shop.orders(), placed.order());
      for (OrderLine line : placed.lines()) {
        transaction = transaction.put(shop.orderLines(), line);
      }
      transaction.execute();
      steps.say("placed %s", describe(placed.order()));
      requests(requests.take());
    }

    steps.step("Access pattern: the customer's profile");
    steps.say("%s", shop.customers().get(ShopData.CUSTOMER_ID).map(ShopCommand::describe).orElse("(none)"));
    requests(requests.take());

    steps.step("Access pattern: the customer with all orders and lines, one item collection");
    for (ShopItem item : shop.customerCollection(ShopData.CUSTOMER_ID).toList()) {
      steps.say("%s", describe(item));
    }
    requests(requests.take());

    steps.step("Access pattern: the customer's orders, newest first");
    for (Order order : shop.orders().query(ShopData.CUSTOMER_ID).descending().toList()) {
      steps.say("%s", describe(order));
    }
    requests(requests.take());

    String orderId = ShopData.orders().get(1).order().orderId();
    steps.step("Access pattern: order " + orderId + " with its lines, through the inverted index GSI1");
    for (ShopItem item : shop.gsi1().orderCollection(orderId).toList()) {
      steps.say("%s", describe(item));
    }
    requests(requests.take());

    Instant from = Instant.parse("2026-11-10T00:00:00Z");
    Instant to = Instant.parse("2026-11-20T00:00:00Z");
    steps.step("Access pattern: the customer's orders placed from " + from + " to " + to);
    ShopOrderDao orderDao = new ShopOrderDaoImpl(shop);
    for (Order order : orderDao.findByCustomerIdAndCreatedAtBetween(ShopData.CUSTOMER_ID, from, to)) {
      steps.say("%s", describe(order));
    }
    requests(requests.take());

    String lastOrderId = ShopData.orders().get(2).order().orderId();
    steps.step("Access pattern: order " + lastOrderId + " by its id alone, through GSI1 (ShopOrderDao.findByOrderId)");
    steps.say("%s", orderDao.findByOrderId(lastOrderId).map(ShopCommand::describe).orElse("(none)"));
    requests(requests.take());

    if (keep) {
      steps.step("Keep table '" + shop.tableName() + "' (--keep)");
    } else {
      steps.step("Delete table '" + shop.tableName() + "'");
      shop.deleteTable();
      steps.say("deleted");
    }
    out.println();
    out.println("Done.");
    return 0;
  }

  /** One line per kind of item, as a switch over the sealed type would print it. */
  static String describe(ShopItem item) {
    if (item instanceof Customer customer) {
      return "Customer " + customer.customerId() + ": " + customer.name() + " <" + customer.email() + ">";
    }
    if (item instanceof Order order) {
      return "Order " + order.orderId() + " placed " + order.createdAt() + ", " + order.status()
          + ", total " + money(order.total());
    }
    OrderLine line = (OrderLine) item;
    return "OrderLine " + line.orderId() + " #" + line.lineNo() + ": " + line.quantity() + " x " + line.sku()
        + " at " + money(line.price());
  }

  /**
   * An amount with two decimals: DynamoDB stores a number without its trailing zeros, so 12.50
   * comes back as 12.5 (the same value; BigDecimal's equals, unlike compareTo, tells them apart).
   */
  private static String money(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
  }

  /** The requests a step sent: one line if it was one request, else a count and a line each. */
  private void requests(List<String> sent) {
    if (sent.size() == 1) {
      steps.say("request: %s", sent.get(0));
      return;
    }
    steps.say("%d requests:", sent.size());
    for (String request : sent) {
      steps.say("  %s", request);
    }
  }
}
