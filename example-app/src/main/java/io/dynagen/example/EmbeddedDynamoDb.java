package io.dynagen.example;

import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import com.amazonaws.services.dynamodbv2.local.server.LocalDynamoDBRequestHandler;
import com.amazonaws.services.dynamodbv2.local.server.LocalDynamoDBServerHandler;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.stream.Stream;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * DynamoDB Local, AWS's emulator, run in this process, in memory, on a loopback port unless told
 * otherwise: what the app talks to unless given {@code --endpoint} or {@code --aws}. Requests go
 * over real HTTP, exactly as they would to DynamoDB.
 *
 * <p>One database serves every access key and region (DynamoDB Local's {@code -sharedDb}), so the
 * AWS CLI or a user's own code sees the same tables whatever dummy credentials it signs with.
 *
 * <p>DynamoDB Local's own launcher ({@code ServerRunner}) always listens on every network
 * interface and has no option for an address; so its request handler is put in a Jetty server of
 * our own, listening only where asked.
 *
 * <p>DynamoDB Local stores data with sqlite4java, whose native library is looked up in the
 * system property {@code sqlite4java.library.path}. If that is unset, it is set to the {@code
 * native-libs} folder the build fills next to the app's jar (or next to {@code target/classes}
 * when run from an IDE or the tests).
 *
 * <p>Stopping it leaves a non-daemon thread of its own running for minutes, so a {@code main}
 * that started it must end with {@code System.exit}.
 */
public final class EmbeddedDynamoDb implements AutoCloseable {
  static final String LIBRARY_PATH_PROPERTY = "sqlite4java.library.path";

  /** The address it listens on unless told otherwise. */
  public static final String LOOPBACK = "127.0.0.1";

  private final Server server;
  private final LocalDynamoDBServerHandler handler;
  private final URI endpoint;

  private EmbeddedDynamoDb(Server server, LocalDynamoDBServerHandler handler, URI endpoint) {
    this.server = server;
    this.handler = handler;
    this.endpoint = endpoint;
  }

  /** Starts DynamoDB Local in memory on a free loopback port (2–4 s); close it when done. */
  public static EmbeddedDynamoDb start() {
    return start(LOOPBACK, freeLoopbackPort());
  }

  /**
   * Starts DynamoDB Local in memory on {@code host} (an address of this machine, such as {@code
   * 127.0.0.1}, or {@code 0.0.0.0} for every interface) and {@code port}; close it when done.
   *
   * @throws IllegalStateException if it cannot listen there, in one line that says why
   */
  public static EmbeddedDynamoDb start(String host, int port) {
    ensureNativeLibraryPath();
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
    server.setHandler(new DynamoDBProxyServer(port, handler).setUpHandler(handler));
    try {
      server.start();
    } catch (Exception e) {
      stop(server, handler);
      throw new IllegalStateException(cannotListen(host, port, e), e);
    }
    // Clients on this machine reach a server on every interface through loopback.
    String reachableHost = isWildcard(host) ? LOOPBACK : hostForUri(host);
    return new EmbeddedDynamoDb(server, handler, URI.create("http://" + reachableHost + ":" + port));
  }

  /** Where it listens, such as {@code http://127.0.0.1:43127}. */
  public URI endpoint() {
    return endpoint;
  }

  @Override
  public void close() {
    stop(server, handler);
  }

  private static void stop(Server server, LocalDynamoDBServerHandler handler) {
    try {
      server.stop();
    } catch (Exception e) {
      // Stopping an in-memory server loses nothing; the process is about to end.
    }
    handler.close();
  }

  private static String cannotListen(String host, int port, Exception e) {
    String where = hostForUri(host) + ":" + port;
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BindException) {
        String reason = String.valueOf(t.getMessage());
        if (reason.contains("in use")) {
          return "cannot listen on " + where + ": the port is in use (another DynamoDB Local?); pick"
              + " another with --port";
        }
        return "cannot listen on " + where + ": " + reason + "; check --bind and --port";
      }
    }
    return "DynamoDB Local did not start on " + where + ": " + e.getMessage();
  }

  /** True for {@code 0.0.0.0} and {@code ::}: every interface. */
  static boolean isWildcard(String host) {
    String bare = host.replace("[", "").replace("]", "");
    return bare.equals("0.0.0.0") || bare.equals("::") || bare.equals("0:0:0:0:0:0:0:0");
  }

  /** An IPv6 address in brackets, as a URI writes it. */
  private static String hostForUri(String host) {
    return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
  }

  /**
   * Sets {@code sqlite4java.library.path} to the build's {@code native-libs} folder if it is not
   * set, and checks that the folder holds sqlite4java's native libraries.
   */
  static void ensureNativeLibraryPath() {
    String configured = System.getProperty(LIBRARY_PATH_PROPERTY);
    Path folder = configured != null ? Path.of(configured) : defaultNativeLibs();
    if (!hasNativeLibrary(folder)) {
      throw new IllegalStateException(
          "DynamoDB Local needs sqlite4java's native library (libsqlite4java-*.so) but "
              + folder + " has none: build the app with 'mvn package' (it copies them to"
              + " example-app/target/native-libs), or pass -D" + LIBRARY_PATH_PROPERTY
              + "=<folder holding them>, or use --endpoint to reach a DynamoDB Local already running");
    }
    if (configured == null) {
      System.setProperty(LIBRARY_PATH_PROPERTY, folder.toString());
    }
  }

  /** {@code native-libs} next to the jar (or the classes folder) this class was loaded from. */
  static Path defaultNativeLibs() {
    CodeSource source = EmbeddedDynamoDb.class.getProtectionDomain().getCodeSource();
    if (source == null) {
      return Path.of("native-libs").toAbsolutePath();
    }
    try {
      Path location = new File(source.getLocation().toURI()).toPath().toAbsolutePath();
      return location.getParent().resolve("native-libs");
    } catch (URISyntaxException e) {
      return Path.of("native-libs").toAbsolutePath();
    }
  }

  private static boolean hasNativeLibrary(Path folder) {
    if (!Files.isDirectory(folder)) {
      return false;
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.anyMatch(file -> file.getFileName().toString().startsWith("libsqlite4java")
          || file.getFileName().toString().startsWith("sqlite4java"));
    } catch (IOException e) {
      return false;
    }
  }

  private static int freeLoopbackPort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("No free loopback port for DynamoDB Local", e);
    }
  }
}
