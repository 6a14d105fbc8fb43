package io.dynagen.runtime.testing;

import com.amazonaws.services.dynamodbv2.local.server.LocalDynamoDBRequestHandler;
import com.amazonaws.services.dynamodbv2.local.server.LocalDynamoDBServerHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;

/**
 * DynamoDB Local's HTTP server on 127.0.0.1 only. Its command line ({@code ServerRunner}) has no
 * host option and listens on every network interface, which would open a test's database to the
 * network the build machine is on; dynagen-test binds the same way, but runtime's tests cannot
 * depend on that module (it depends on runtime).
 */
final class LoopbackServer implements AutoCloseable {
  private final Server server;
  private final LocalDynamoDBServerHandler handler;
  private final int port;
  private boolean closed;

  private LoopbackServer(Server server, LocalDynamoDBServerHandler handler, int port) {
    this.server = server;
    this.handler = handler;
    this.port = port;
  }

  /** In memory, on a free loopback port. */
  static LoopbackServer inMemory() {
    return start(null);
  }

  /** Storing its tables in {@code folder}, on a free loopback port. */
  static LoopbackServer onDisk(Path folder) {
    return start(folder.toString());
  }

  int port() {
    return port;
  }

  /** Stops the server, cutting the requests it is serving. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException("Could not stop DynamoDB Local", e);
    } finally {
      handler.close();
    }
  }

  private static LoopbackServer start(String dbPath) {
    int port = freeLoopbackPort();
    LocalDynamoDBServerHandler handler;
    try {
      // One database for every access key and region, no artificial delays, no CORS.
      handler = new LocalDynamoDBServerHandler(
          new LocalDynamoDBRequestHandler(0, dbPath == null, dbPath, true, false), null);
    } catch (Exception e) {
      throw new IllegalStateException("DynamoDB Local could not set up its database", e);
    }
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost(InetAddress.getLoopbackAddress().getHostAddress());
    connector.setPort(port);
    server.addConnector(connector);
    ContextHandler context = new ContextHandler();
    context.setHandler(handler);
    server.setHandler(new ContextHandlerCollection(context));
    try {
      server.start();
    } catch (Exception e) {
      handler.close();
      throw new IllegalStateException("Could not start DynamoDB Local on 127.0.0.1:" + port, e);
    }
    return new LoopbackServer(server, handler, port);
  }

  private static int freeLoopbackPort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("No free loopback port for DynamoDB Local", e);
    }
  }
}
