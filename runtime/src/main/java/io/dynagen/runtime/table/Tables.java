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

  /**
   * {@return the tables as their classes declare them, through {@code client}}
   *
   * @param client the client requests go through
   */
  public static Tables of(DynamoDbClient client) {
    return new Tables(client, TableNames.asDeclared());
  }

  /**
   * {@return the tables named by {@code names}, through {@code client}}
   *
   * @param client the client requests go through
   * @param names how declared table names map to real ones
   */
  public static Tables of(DynamoDbClient client, TableNames names) {
    return new Tables(client, names);
  }

  /** {@return the client requests go through} */
  public DynamoDbClient client() {
    return client;
  }

  /** {@return how declared names become real names} */
  public TableNames names() {
    return names;
  }

  /**
   * {@return the real name of the table declared as {@code declaredName}}
   *
   * @param declaredName the name the schema declares
   * @throws IllegalArgumentException if the names resolve it to an invalid table name
   */
  public String resolve(String declaredName) {
    return TableNameRule.resolve(names, declaredName);
  }

  /**
   * {@return the typed table of {@code schema}, under its resolved name; generated tables wrap
   * this}
   *
   * @param <T> the mapped class
   * @param schema the generated schema, such as {@code UserSchema.INSTANCE}
   */
  public <T> TypedTable<T> table(ItemSchema<T> schema) {
    return TypedTable.of(client, schema, names);
  }

  /** {@return a batch writer across tables, through this client} */
  public MultiTableBatchWriter batchWriter() {
    return BatchWriter.across(client);
  }

  /**
   * {@return a batch writer across tables with options, through this client}
   *
   * @param options attempts, back-off, requests in flight and deadline
   */
  public MultiTableBatchWriter batchWriter(BatchWriteOptions options) {
    return BatchWriter.across(client, options);
  }

  /** {@return a batch get across tables, through this client} */
  public BatchGet batchGet() {
    return BatchGet.across(client);
  }

  /**
   * {@return a batch get across tables with options, through this client}
   *
   * @param options how the items are read (projection, consistency)
   */
  public BatchGet batchGet(BatchGetOptions options) {
    return BatchGet.across(client, options);
  }

  /** {@return a write transaction through this client} */
  public TransactWrite transactWrite() {
    return TransactWrite.with(client);
  }

  /** {@return a read transaction through this client} */
  public TransactGet transactGet() {
    return TransactGet.with(client);
  }
}
