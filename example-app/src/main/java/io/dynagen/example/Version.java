package io.dynagen.example;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;

/**
 * The app's version for {@code --version}: the Maven project version, which the build writes
 * into {@code version.properties}, so the two cannot disagree.
 */
final class Version implements CommandLine.IVersionProvider {
  static final String RESOURCE = "version.properties";

  /**
   * Read once: picocli asks each subcommand's provider for the version when it builds the
   * commands, on every start, though only {@code --version} prints it.
   */
  private static String number;

  @Override
  public String[] getVersion() {
    return new String[] {"Dynagen example app " + number()};
  }

  /** Such as {@code 0.1.0-SNAPSHOT}. */
  static synchronized String number() {
    if (number == null) {
      number = read();
    }
    return number;
  }

  private static String read() {
    Properties properties = new Properties();
    try (InputStream in = Version.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing next to " + Version.class.getName()
            + ": build the app with Maven, which writes it");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("version");
  }
}
