package io.dynagen.test;

import io.dynagen.runtime.ItemSchema;
import io.dynagen.runtime.table.TypedTable;
import io.dynagen.test.local.SharedDynamoDbLocal;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A JUnit 5 extension that gives tests a real DynamoDB: DynamoDB Local, started once per test JVM
 * (2–4 s) in memory on a free loopback port, shared by every test class, and stopped when the JVM
 * exits. Requests go over HTTP, as to DynamoDB.
 *
 * <p>Register it in a test class with {@code @RegisterExtension static final DynamoDbLocal
 * dynamo = DynamoDbLocal.withTables(UserSchema.INSTANCE);} (docs/testing.md shows a whole test).
 *
 * <p>The tables of the given schemas are created before the class's first test if they do not
 * exist, and emptied before each test. A test method or constructor may take the {@link
 * DynamoDbClient} as a parameter; {@link #client()} gives the same one. With {@code
 * @ExtendWith(DynamoDbLocal.class)} it only starts the server and hands out the client.
 *
 * <p>Test classes share the database: classes that run in parallel should not use the same tables.
 */
public final class DynamoDbLocal implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {
  private final List<ItemSchema<?>> schemas;

  /** No tables: the server and the client only. */
  public DynamoDbLocal() {
    this(List.of());
  }

  private DynamoDbLocal(List<ItemSchema<?>> schemas) {
    this.schemas = schemas;
  }

  /**
   * The extension for tests of these generated schemas ({@code UserSchema.INSTANCE}, ...).
   *
   * @param schemas the generated schemas of the tables the tests use
   * @return the extension, to register with {@code @RegisterExtension}
   */
  public static DynamoDbLocal withTables(ItemSchema<?>... schemas) {
    return new DynamoDbLocal(List.of(schemas));
  }

  /**
   * {@return the client of the shared server, configured for it (any region, dummy credentials); do
   * not close it}
   */
  public DynamoDbClient client() {
    return SharedDynamoDbLocal.client();
  }

  /**
   * {@return the shared server's endpoint, such as {@code http://127.0.0.1:43127}, for clients of
   * your own}
   */
  public URI endpoint() {
    return SharedDynamoDbLocal.endpoint();
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    for (ItemSchema<?> schema : schemas) {
      TypedTable<?> table = TypedTable.of(client(), schema);
      if (!table.exists()) {
        table.createTable();
      }
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    for (ItemSchema<?> schema : schemas) {
      TableEmptier.empty(client(), schema);
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == DynamoDbClient.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return client();
  }
}
