package io.dynagen.bench.bulk;

import io.dynagen.bench.model.User;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/**
 * The example app's {@code load} command as a user runs it: {@code java -jar
 * dynagen-example-app.jar --endpoint ... --table ... load --count N}, a fresh JVM each time with
 * default options, timed from launch to exit. It writes its own generated users (as many as
 * given), through the generated {@code UserTable}'s batch writer with the app's defaults. As on a
 * user's first load, the table does not exist yet: the app creates it, and its time counts.
 */
final class ExampleAppLoad implements BulkLoader {
  private final Path appJar;
  private final URI endpoint;

  ExampleAppLoad(Path appJar, URI endpoint) {
    this.appJar = appJar;
    this.endpoint = endpoint;
  }

  @Override
  public String label() {
    return BulkLoadRun.EXAMPLE_APP_LOAD;
  }

  @Override
  public boolean createsItsTable() {
    return true;
  }

  @Override
  public void load(List<User> users, String tableName) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder = new ProcessBuilder(java, "-jar", appJar.toString(), "--endpoint", endpoint.toString(),
        "--table", tableName, "load", "--count", Integer.toString(users.size()))
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    try {
      int exit = builder.start().waitFor();
      if (exit != 0) {
        throw new IllegalStateException("the example app's load exited with " + exit + ": " + builder.command());
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot run " + builder.command(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
