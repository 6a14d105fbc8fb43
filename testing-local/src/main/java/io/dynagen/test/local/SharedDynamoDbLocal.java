package io.dynagen.test.local;

import java.net.URI;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * The one DynamoDB Local of this JVM, in memory on a free loopback port: started on first use
 * (2–4 s), shared by every test class, stopped when the JVM exits. Tests that share it should use
 * tables of their own.
 */
public final class SharedDynamoDbLocal {
  private SharedDynamoDbLocal() {}

  /** Loaded on first use: the JVM guarantees this happens once, even across threads. */
  private static final class Holder {
    static final DynamoDbLocalServer SERVER = start();
    static final DynamoDbClient CLIENT = SERVER.clientBuilder().build();
  }

  /**
   * Where clients reach the shared server, starting it if this is its first use.
   *
   * @return its URI, such as {@code http://127.0.0.1:43127}
   */
  public static URI endpoint() {
    return Holder.SERVER.endpoint();
  }

  /**
   * A client of the shared server, shared too (any region, dummy credentials); do not close it.
   *
   * @return the client
   */
  public static DynamoDbClient client() {
    return Holder.CLIENT;
  }

  /**
   * A builder for a client of the shared server of the caller's own (with interceptors, or other
   * retries or timeouts), set up as {@link DynamoDbLocalServer#clientBuilder()} says.
   *
   * @return a new builder, for a client the caller closes
   */
  public static DynamoDbClientBuilder clientBuilder() {
    return Holder.SERVER.clientBuilder();
  }

  private static DynamoDbLocalServer start() {
    DynamoDbLocalServer server = DynamoDbLocalServer.start();
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "dynamodb-local-stop"));
    return server;
  }
}
