package io.dynagen.test.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The server as its users meet it: over HTTP on loopback only, one per JVM, in memory or in a
 * folder that outlives it. This module's build copies no native library, as a user's build would.
 */
class DynamoDbLocalServerTest {
  @Test
  void theSharedServerServesRequestsOverHttp() {
    assertEquals("127.0.0.1", SharedDynamoDbLocal.endpoint().getHost());
    assertTrue(SharedDynamoDbLocal.client().listTables().hasTableNames());
  }

  @Test
  void oneSharedServerAndClientPerJvm() {
    assertSame(SharedDynamoDbLocal.client(), SharedDynamoDbLocal.client());
    try (DynamoDbClient own = SharedDynamoDbLocal.clientBuilder().build()) {
      createTable(SharedDynamoDbLocal.client(), "seen-by-every-client");
      assertTrue(own.listTables().tableNames().contains("seen-by-every-client"));
    }
  }

  @Test
  void theSharedServerListensOnLoopbackOnly() throws SocketException {
    assertUnreachableFromOtherInterfaces(SharedDynamoDbLocal.endpoint().getPort());
  }

  @Test
  void aServerInAFolderListensOnLoopbackOnlyAndItsTablesOutliveIt(@TempDir Path folder) throws SocketException {
    try (DynamoDbLocalServer server = DynamoDbLocalServer.storingTablesIn(folder);
        DynamoDbClient client = server.clientBuilder().build()) {
      createTable(client, "kept");
      assertUnreachableFromOtherInterfaces(server.endpoint().getPort());
    }
    try (DynamoDbLocalServer again = DynamoDbLocalServer.storingTablesIn(folder);
        DynamoDbClient client = again.clientBuilder().build()) {
      assertEquals(List.of("kept"), client.listTables().tableNames());
    }
  }

  @Test
  void aPortInUseIsNamed() {
    int port = SharedDynamoDbLocal.endpoint().getPort();

    DynamoDbLocalServer.PortInUseException error = assertThrows(DynamoDbLocalServer.PortInUseException.class,
        () -> DynamoDbLocalServer.start(DynamoDbLocalServer.LOOPBACK, port));

    assertEquals("cannot listen on 127.0.0.1:" + port + ": the port is in use (another DynamoDB Local?)",
        error.getMessage());
  }

  @Test
  void closingTwiceIsHarmless() {
    DynamoDbLocalServer server = DynamoDbLocalServer.start();
    server.close();
    server.close();
  }

  private static void createTable(DynamoDbClient client, String name) {
    client.createTable(request -> request.tableName(name)
        .keySchema(KeySchemaElement.builder().attributeName("id").keyType(KeyType.HASH).build())
        .attributeDefinitions(AttributeDefinition.builder().attributeName("id").attributeType(ScalarAttributeType.S).build())
        .billingMode(BillingMode.PAY_PER_REQUEST));
  }

  /** A test's DynamoDB Local must not be open to the network the build machine is on. */
  private static void assertUnreachableFromOtherInterfaces(int port) throws SocketException {
    List<InetAddress> others = NetworkInterface.networkInterfaces()
        .flatMap(NetworkInterface::inetAddresses)
        .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
        .toList();
    assumeFalse(others.isEmpty(), "this machine has no network address but loopback");
    for (InetAddress address : others) {
      assertFalse(accepts(address, port), "DynamoDB Local accepts connections on " + address + ":" + port);
    }
  }

  private static boolean accepts(InetAddress address, int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(address, port), 2_000);
      return true;
    } catch (IOException refused) {
      return false;
    }
  }
}
