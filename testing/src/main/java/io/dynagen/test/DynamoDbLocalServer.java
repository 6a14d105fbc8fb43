package io.dynagen.test;

import com.amazonaws.services.dynamodbv2.local.server.LocalDynamoDBRequestHandler;
import com.amazonaws.services.dynamodbv2.local.server.LocalDynamoDBServerHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;

/**
 * DynamoDB Local, AWS's emulator, serving HTTP in this process: in memory, one database for every
 * access key and region (its {@code -sharedDb}), and listening on 127.0.0.1 unless given another
 * address.
 *
 * <p>DynamoDB Local's own launcher ({@code ServerRunner}) listens on every network interface and
 * has no option for an address, and its server class reaches for its telemetry clients; so its
 * request handler is put in a Jetty server of our own, listening only where asked, and telemetry
 * is never started.
 *
 * <p>Stopping it leaves a non-daemon thread of DynamoDB Local's running for minutes, so a {@code
 * main} that started it must end with {@code System.exit}.
 */
public final class DynamoDbLocalServer implements AutoCloseable {
  /** The address it listens on unless told otherwise. */
  public static final String LOOPBACK = "127.0.0.1";

  private final Server server;
  private final LocalDynamoDBServerHandler handler;
  private final URI endpoint;

  private DynamoDbLocalServer(Server server, LocalDynamoDBServerHandler handler, URI endpoint) {
    this.server = server;
    this.handler = handler;
    this.endpoint = endpoint;
  }

  /** Starts it on a free loopback port (2–4 s); close it when done. */
  public static DynamoDbLocalServer start() {
    return start(LOOPBACK, freeLoopbackPort());
  }

  /**
   * Starts it on {@code host} (an address of this machine, such as {@code 127.0.0.1}, or {@code
   * 0.0.0.0} for every interface) and {@code port}; close it when done.
   *
   * @throws PortInUseException if something else listens there
   * @throws IllegalStateException if it cannot start for another reason, saying why
   */
  public static DynamoDbLocalServer start(String host, int port) {
    SqliteNativeLibrary.ensureFound();
    LocalDynamoDBServerHandler handler;
    try {
      // In memory, one database for every access key and region, no artificial delays, no CORS.
      handler = new LocalDynamoDBServerHandler(new LocalDynamoDBRequestHandler(0, true, null, true, false), null);
    } catch (Exception e) {
      throw new IllegalStateException("DynamoDB Local could not set up its database: " + e.getMessage(), e);
    }
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost(host);
    connector.setPort(port);
    server.addConnector(connector);
    ContextHandler context = new ContextHandler();
    context.setHandler(handler);
    server.setHandler(new ContextHandlerCollection(context));
    String where = forUri(host) + ":" + port;
    try {
      server.start();
    } catch (Exception e) {
      stop(server, handler);
      throw cannotListen(where, e);
    }
    // Clients on this machine reach a server on every interface through loopback.
    String reachable = isWildcard(host) ? LOOPBACK + ":" + port : where;
    return new DynamoDbLocalServer(server, handler, URI.create("http://" + reachable));
  }

  /** Where clients reach it, such as {@code http://127.0.0.1:43127}. */
  public URI endpoint() {
    return endpoint;
  }

  @Override
  public void close() {
    stop(server, handler);
  }

  /** True for {@code 0.0.0.0} and {@code ::}: every network interface. */
  public static boolean isWildcard(String host) {
    String bare = host.replace("[", "").replace("]", "");
    return bare.equals("0.0.0.0") || bare.equals("::") || bare.equals("0:0:0:0:0:0:0:0");
  }

  private static void stop(Server server, LocalDynamoDBServerHandler handler) {
    try {
      server.stop();
    } catch (Exception e) {
      // Stopping an in-memory server loses nothing.
    }
    handler.close();
  }

  private static IllegalStateException cannotListen(String where, Exception e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BindException) {
        String reason = String.valueOf(t.getMessage());
        if (reason.contains("in use")) {
          return new PortInUseException("cannot listen on " + where + ": the port is in use (another DynamoDB Local?)", e);
        }
        return new IllegalStateException("cannot listen on " + where + ": " + reason, e);
      }
    }
    return new IllegalStateException("DynamoDB Local did not start on " + where + ": " + e.getMessage(), e);
  }

  /** An IPv6 address in brackets, as a URI writes it. */
  private static String forUri(String host) {
    return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
  }

  private static int freeLoopbackPort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("No free loopback port for DynamoDB Local", e);
    }
  }

  /** The port asked for is taken. */
  public static final class PortInUseException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    PortInUseException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
