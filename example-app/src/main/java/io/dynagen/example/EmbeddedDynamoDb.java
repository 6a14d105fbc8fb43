package io.dynagen.example;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.stream.Stream;

/**
 * DynamoDB Local, AWS's emulator, run in this process on a free loopback port and in memory:
 * what the app talks to unless given {@code --endpoint} or {@code --aws}. Requests go over real
 * HTTP, exactly as they would to DynamoDB.
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

  private final DynamoDBProxyServer server;
  private final URI endpoint;

  private EmbeddedDynamoDb(DynamoDBProxyServer server, URI endpoint) {
    this.server = server;
    this.endpoint = endpoint;
  }

  /** Starts DynamoDB Local in memory on a free loopback port (2–4 s); close it when done. */
  public static EmbeddedDynamoDb start() {
    return start(freeLoopbackPort());
  }

  /** Starts DynamoDB Local in memory on {@code port}; close it when done. */
  public static EmbeddedDynamoDb start(int port) {
    ensureNativeLibraryPath();
    // DynamoDB Local prints its configuration banner on System.out; keep it off the app's output
    // unless the start fails.
    PrintStream stdout = System.out;
    ByteArrayOutputStream banner = new ByteArrayOutputStream();
    System.setOut(new PrintStream(banner, true, StandardCharsets.UTF_8));
    try {
      DynamoDBProxyServer server =
          ServerRunner.createServerFromCommandLineArgs(
              new String[] {"-inMemory", "-port", Integer.toString(port), "-disableTelemetry"});
      server.start();
      return new EmbeddedDynamoDb(server, URI.create("http://127.0.0.1:" + port));
    } catch (Exception e) {
      throw new IllegalStateException(
          "DynamoDB Local did not start on port " + port + ": " + e.getMessage()
              + (banner.size() == 0 ? "" : " (it said: " + banner.toString(StandardCharsets.UTF_8).trim() + ")"),
          e);
    } finally {
      System.setOut(stdout);
    }
  }

  /** Where it listens, such as {@code http://127.0.0.1:43127}. */
  public URI endpoint() {
    return endpoint;
  }

  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      // Stopping an in-memory server loses nothing; the process is about to end.
    }
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
