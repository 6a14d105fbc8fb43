package io.dynagen.runtime.table;

import io.dynagen.runtime.ItemSchema;
import io.dynagen.runtime.table.admin.TableNames;
import io.dynagen.runtime.table.batch.BatchGet;
import io.dynagen.runtime.table.batch.BatchGetOptions;
import io.dynagen.runtime.table.batch.BatchWriteOptions;
import io.dynagen.runtime.table.batch.BatchWriter;
import io.dynagen.runtime.table.batch.MultiTableBatchWriter;
import io.dynagen.runtime.table.internal.TableNameRule;
import io.dynagen.runtime.table.transact.TransactGet;
import io.dynagen.runtime.table.transact.TransactWrite;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The client and the {@link TableNames} of an application, held once: every generated table is
 * created from it ({@code UserTable.create(tables)}), and so are the batches and transactions
 * across those tables, through the same client. Immutable and thread-safe.
 *
 * <pre>{@code
 * Tables tables = Tables.of(client, TableNames.prefix("prod-"));
 * UserTable users = UserTable.create(tables);       // table prod-users
 * OrderTable orders = OrderTable.create(tables);    // table prod-orders
 * tables.transactWrite().put(users, jane).put(orders, order).execute();
 * }</pre>
 */
public final class Tables {
  private final DynamoDbClient client;
  private final TableNames names;

  private Tables(DynamoDbClient client, TableNames names) {
    this.client = Objects.requireNonNull(client, "client");
    this.names = Objects.requireNonNull(names, "names");
  }

  /** The tables as their classes declare them, through {@code client}. */
  public static Tables of(DynamoDbClient client) {
    return new Tables(client, TableNames.asDeclared());
  }

  /** The tables named by {@code names}, through {@code client}. */
  public static Tables of(DynamoDbClient client, TableNames names) {
    return new Tables(client, names);
  }

  /** The client requests go through. */
  public DynamoDbClient client() {
    return client;
  }

  /** How declared names become real names. */
  public TableNames names() {
    return names;
  }

  /**
   * The real name of the table declared as {@code declaredName}.
   *
   * @throws IllegalArgumentException if the names resolve it to an invalid table name
   */
  public String resolve(String declaredName) {
    return TableNameRule.resolve(names, declaredName);
  }

  /** The typed table of {@code schema}, under its resolved name; generated tables wrap this. */
  public <T> TypedTable<T> table(ItemSchema<T> schema) {
    return TypedTable.of(client, schema, names);
  }

  /** A batch writer across tables, through this client. */
  public MultiTableBatchWriter batchWriter() {
    return BatchWriter.across(client);
  }

  /** A batch writer across tables with options, through this client. */
  public MultiTableBatchWriter batchWriter(BatchWriteOptions options) {
    return BatchWriter.across(client, options);
  }

  /** A batch get across tables, through this client. */
  public BatchGet batchGet() {
    return BatchGet.across(client);
  }

  /** A batch get across tables with options, through this client. */
  public BatchGet batchGet(BatchGetOptions options) {
    return BatchGet.across(client, options);
  }

  /** A write transaction through this client. */
  public TransactWrite transactWrite() {
    return TransactWrite.with(client);
  }

  /** A read transaction through this client. */
  public TransactGet transactGet() {
    return TransactGet.with(client);
  }
}
