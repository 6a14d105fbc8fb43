package io.dynagen.bench.bulk;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * DynamoDB Local in a process of its own (the example app's {@code serve} command), so that the
 * server's work does not share a JVM, a heap and a JIT with the loads measured against it.
 */
final class LocalServer implements AutoCloseable {
  private final Process process;
  private final URI endpoint;

  private LocalServer(Process process, URI endpoint) {
    this.process = process;
    this.endpoint = endpoint;
  }

  static LocalServer start(Path appJar) throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(java, "-jar", appJar.toString(), "serve", "--port", Integer.toString(port))
        .redirectErrorStream(true)
        .start();
    BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    for (String line = output.readLine(); line != null; line = output.readLine()) {
      // serve's first line: "DynamoDB Local (in memory) listening on 127.0.0.1:PORT; Ctrl-C to stop".
      // It said "listening at" once; waiting for that text hung the run, since serve never exits.
      if (line.startsWith("DynamoDB Local") && line.contains(" listening ")) {
        // Keep draining its output so that the server never blocks on a full pipe.
        Thread drain = new Thread(() -> {
          try {
            while (output.readLine() != null) {
              // discard
            }
          } catch (IOException ignored) {
            // the server has stopped
          }
        }, "dynamodb-local-output");
        drain.setDaemon(true);
        drain.start();
        return new LocalServer(process, URI.create("http://localhost:" + port));
      }
    }
    throw new IllegalStateException("DynamoDB Local (" + appJar + " serve) exited with " + exitCode(process));
  }

  private static String exitCode(Process process) {
    try {
      return Integer.toString(process.waitFor());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "?";
    }
  }

  URI endpoint() {
    return endpoint;
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
