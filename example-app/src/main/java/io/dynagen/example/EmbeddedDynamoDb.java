package io.dynagen.example;

import io.dynagen.test.local.DynamoDbLocalServer;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.stream.Stream;

/**
 * DynamoDB Local, AWS's emulator, run in this process by dynagen-test-local's {@link
 * DynamoDbLocalServer}: in memory, one database for every access key and region, on a loopback
 * port unless told otherwise. It is what the app talks to unless given {@code --endpoint} or
 * {@code --aws}. Requests go over real HTTP, exactly as they would to DynamoDB.
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
  public static final String LOOPBACK = DynamoDbLocalServer.LOOPBACK;

  private final DynamoDbLocalServer server;

  private EmbeddedDynamoDb(DynamoDbLocalServer server) {
    this.server = server;
  }

  /** Starts DynamoDB Local in memory on a free loopback port (2–4 s); close it when done. */
  public static EmbeddedDynamoDb start() {
    ensureNativeLibraryPath();
    return new EmbeddedDynamoDb(DynamoDbLocalServer.start());
  }

  /**
   * Starts DynamoDB Local in memory on {@code host} (an address of this machine, such as {@code
   * 127.0.0.1}, or {@code 0.0.0.0} for every interface) and {@code port}; close it when done.
   *
   * @throws IllegalStateException if it cannot listen there, in one line that says why
   */
  public static EmbeddedDynamoDb start(String host, int port) {
    ensureNativeLibraryPath();
    try {
      return new EmbeddedDynamoDb(DynamoDbLocalServer.start(host, port));
    } catch (DynamoDbLocalServer.PortInUseException e) {
      throw new IllegalStateException(e.getMessage() + "; pick another with --port", e);
    }
  }

  /** Where it listens, such as {@code http://127.0.0.1:43127}. */
  public URI endpoint() {
    return server.endpoint();
  }

  @Override
  public void close() {
    server.close();
  }

  /** True for {@code 0.0.0.0} and {@code ::}: every interface. */
  static boolean isWildcard(String host) {
    return DynamoDbLocalServer.isWildcard(host);
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
}
