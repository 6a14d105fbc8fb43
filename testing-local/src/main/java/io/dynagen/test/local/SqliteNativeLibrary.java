package io.dynagen.test.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds sqlite4java's native library, which DynamoDB Local stores its tables with, and points the
 * system property {@code sqlite4java.library.path} at it.
 *
 * <p>Build tools download the native libraries (DynamoDB Local depends on them) but put none on
 * the classpath. If the property does not already name a folder holding one, they are looked for
 * next to the sqlite4java jar, in the Maven or Gradle cache it was loaded from, and copied into
 * one temporary folder: so a user's build needs no copying step of its own.
 */
final class SqliteNativeLibrary {
  static final String PROPERTY = "sqlite4java.library.path";
  private static final String SQLITE_CLASS = "com/almworks/sqlite4java/SQLite.class";

  private SqliteNativeLibrary() {}

  static synchronized void ensureFound() {
    String configured = System.getProperty(PROPERTY);
    if (configured != null && !configured.isBlank() && !nativeLibraries(Path.of(configured), 1).isEmpty()) {
      return;
    }
    Path sqliteJar = sqliteJar();
    List<Path> found = new ArrayList<>();
    if (sqliteJar != null) {
      // Maven: <group>/<artifact>/<version>/file; Gradle: <group>/<artifact>/<version>/<hash>/file.
      for (int up = 3; up <= 4 && found.isEmpty(); up++) {
        Path group = ancestor(sqliteJar, up);
        if (group != null) {
          found = nativeLibraries(group, up);
        }
      }
    }
    if (found.isEmpty()) {
      throw new IllegalStateException("DynamoDB Local needs sqlite4java's native library (libsqlite4java-*.so,"
          + " .dylib or .dll), and none was found"
          + (configured == null || configured.isBlank() ? "" : " in " + configured)
          + (sqliteJar == null ? "" : " or next to " + sqliteJar)
          + ": set -D" + PROPERTY + " to a folder holding them (maven-dependency-plugin's"
          + " copy-dependencies with includeTypes so,dylib,dll copies them)");
    }
    System.setProperty(PROPERTY, copyToOneFolder(found).toString());
  }

  /** The native libraries under {@code folder}, at most {@code depth} levels down. */
  private static List<Path> nativeLibraries(Path folder, int depth) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(folder, depth)) {
      return files.filter(Files::isRegularFile).filter(SqliteNativeLibrary::isNativeLibrary).toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  private static boolean isNativeLibrary(Path file) {
    String name = file.getFileName().toString();
    return name.contains("sqlite4java") && (name.endsWith(".so") || name.endsWith(".dylib") || name.endsWith(".dll"));
  }

  private static Path copyToOneFolder(List<Path> libraries) {
    try {
      Path folder = Files.createTempDirectory("dynagen-sqlite4java");
      folder.toFile().deleteOnExit();
      for (Path library : libraries) {
        Path copy = folder.resolve(library.getFileName().toString());
        if (!Files.exists(copy)) {
          Files.copy(library, copy);
          copy.toFile().deleteOnExit();
        }
      }
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not copy sqlite4java's native library to a temporary folder", e);
    }
  }

  /** The jar sqlite4java's classes come from (DynamoDB Local needs it at run time), or null. */
  private static Path sqliteJar() {
    URL resource = SqliteNativeLibrary.class.getClassLoader().getResource(SQLITE_CLASS);
    if (resource == null || !resource.getProtocol().equals("jar")) {
      return null;
    }
    String text = resource.toString();
    int separator = text.indexOf("!/");
    try {
      Path jar = Path.of(URI.create(text.substring("jar:".length(), separator)));
      return Files.isRegularFile(jar) ? jar : null;
    } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
      return null;
    }
  }

  private static Path ancestor(Path file, int levels) {
    Path path = file;
    for (int i = 0; i < levels && path != null; i++) {
      path = path.getParent();
    }
    return path;
  }
}
