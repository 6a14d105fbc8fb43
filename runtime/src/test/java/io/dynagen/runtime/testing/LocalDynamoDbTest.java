package io.dynagen.runtime.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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

class LocalDynamoDbTest {
  @Test
  void servesRequestsOverHttp() {
    assertNotNull(LocalDynamoDb.client().listTables().tableNames());
  }

  @Test
  void sharedServerListensOnLoopbackOnly() throws SocketException {
    assertUnreachableFromOtherInterfaces(LocalDynamoDb.endpoint().getPort());
  }

  @Test
  void dedicatedServerListensOnLoopbackOnly(@TempDir Path folder) throws SocketException {
    try (DedicatedDynamoDb server = DedicatedDynamoDb.start(folder)) {
      assertNotNull(server.client().listTables().tableNames());
      assertUnreachableFromOtherInterfaces(server.port());
    }
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
