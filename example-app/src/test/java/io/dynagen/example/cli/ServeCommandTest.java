package io.dynagen.example.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.dynagen.example.Main;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.util.Collections;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** {@code serve}: on loopback, one database for every caller, and one clear line when it cannot. */
class ServeCommandTest {

  @Test
  void servesOnLoopbackOnlyAndSharesOneDatabaseAcrossAccessKeysAndRegions() throws Exception {
    int port = Cli.closedPort();
    Serving serving = Serving.start("serve", "--port", Integer.toString(port));
    try {
      URI endpoint = URI.create("http://127.0.0.1:" + port);
      try (DynamoDbClient alice = client(endpoint, "alice", Region.US_EAST_1);
          DynamoDbClient bob = client(endpoint, "bob", Region.EU_WEST_1)) {
        alice.createTable(table -> table.tableName("shared")
            .keySchema(KeySchemaElement.builder().attributeName("id").keyType(KeyType.HASH).build())
            .attributeDefinitions(AttributeDefinition.builder().attributeName("id")
                .attributeType(ScalarAttributeType.S).build())
            .billingMode(BillingMode.PAY_PER_REQUEST));

        assertEquals(java.util.List.of("shared"), bob.listTables().tableNames());
      }
      Optional<InetAddress> external = nonLoopbackAddress();
      Assumptions.assumeTrue(external.isPresent(), "this machine has no address but loopback");
      assertThrows(ConnectException.class, () -> connect(external.get(), port),
          "serve must not listen on " + external.get());
    } finally {
      Cli.Result result = serving.stop();
      result.assertSuccess().assertOutInOrder(
          "DynamoDB Local (in memory) listening on 127.0.0.1:" + port + "; Ctrl-C to stop",
          "one database for every access key and region");
    }
  }

  @Test
  void aPortInUseIsOneClearLine() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      int port = taken.getLocalPort();

      Cli.Result result = Cli.run("serve", "--port", Integer.toString(port));

      Cli.assertOneLineError(result, Main.EXIT_FAILURE, "error: cannot listen on 127.0.0.1:" + port
          + ": the port is in use (another DynamoDB Local?); pick another with --port");
      assertEquals("", result.out());
    }
  }

  @Test
  void aPortOutOfRangeIsAUsageError() {
    Cli.Result result = Cli.run("serve", "--port", "99999");

    assertEquals(Main.EXIT_USAGE, result.exitCode(), result.err());
    assertEquals(java.util.List.of(
            "error: invalid value for option '--port': '99999' is not a port: give a number from 1 to 65535",
            "run 'serve --help' to see its options"),
        result.errLines());
    assertEquals("", result.out());
  }

  @Test
  void aBindAddressNotOfThisMachineIsAUsageError() {
    // 203.0.113.0/24 is reserved for documentation: no machine running the tests has it.
    Cli.Result result = Cli.run("serve", "--bind", "203.0.113.7", "--port", "8000");

    assertEquals(Main.EXIT_USAGE, result.exitCode(), result.err());
    assertEquals(java.util.List.of(
            "error: invalid value for option '--bind': '203.0.113.7' is not an address of this machine:"
                + " give 127.0.0.1 (this machine only), 0.0.0.0 (every network interface) or another"
                + " address of this machine",
            "run 'serve --help' to see its options"),
        result.errLines());
    assertEquals("", result.out());
  }

  /** A serve command running on a thread of its own until stopped. */
  private record Serving(Thread thread, AtomicReference<Cli.Result> result) {
    static Serving start(String... args) throws InterruptedException {
      AtomicReference<Cli.Result> result = new AtomicReference<>();
      Thread thread = new Thread(() -> result.set(Cli.run(args)), "serve-under-test");
      thread.start();
      int port = Integer.parseInt(args[args.length - 1]);
      long deadline = System.nanoTime() + 60_000_000_000L;
      while (System.nanoTime() < deadline && thread.isAlive()) {
        try {
          connect(InetAddress.getLoopbackAddress(), port);
          return new Serving(thread, result);
        } catch (IOException notYet) {
          Thread.sleep(100);
        }
      }
      thread.interrupt();
      thread.join();
      fail("serve did not listen on 127.0.0.1:" + port + ": " + result.get());
      return null;
    }

    Cli.Result stop() throws InterruptedException {
      thread.interrupt();
      thread.join(30_000);
      assertTrue(!thread.isAlive(), "serve did not stop when interrupted");
      return result.get();
    }
  }

  private static void connect(InetAddress address, int port) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(address, port), 2_000);
    }
  }

  private static Optional<InetAddress> nonLoopbackAddress() throws SocketException {
    for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
      if (!network.isUp() || network.isLoopback()) {
        continue;
      }
      for (InetAddress address : Collections.list(network.getInetAddresses())) {
        if (address instanceof Inet4Address) {
          return Optional.of(address);
        }
      }
    }
    return Optional.empty();
  }

  private static DynamoDbClient client(URI endpoint, String accessKey, Region region) {
    return DynamoDbClient.builder()
        .endpointOverride(endpoint)
        .region(region)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, "secret")))
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }
}
