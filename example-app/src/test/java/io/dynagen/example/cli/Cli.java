package io.dynagen.example.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.dynagen.example.Main;
import io.dynagen.runtime.testing.LocalDynamoDb;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Runs the CLI in this JVM, as {@code java -jar} would, and keeps what it printed. */
final class Cli {
  private Cli() {}

  /** What one run gave. */
  record Result(int exitCode, String out, String err) {
    List<String> outLines() {
      return out.lines().toList();
    }

    List<String> errLines() {
      return err.lines().toList();
    }

    Result assertSuccess() {
      if (exitCode != 0) {
        fail("exit code " + exitCode + "\nstdout:\n" + out + "\nstderr:\n" + err);
      }
      return this;
    }

    /** Asserts that each of {@code expected} is in stdout, after the one before it. */
    Result assertOutInOrder(String... expected) {
      int from = 0;
      for (String text : expected) {
        int at = out.indexOf(text, from);
        if (at < 0) {
          fail("expected, after position " + from + ": '" + text + "'\nstdout:\n" + out + "\nstderr:\n" + err);
        }
        from = at + text.length();
      }
      return this;
    }
  }

  /** Runs the CLI with {@code args} exactly. */
  static Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      code = Main.run(args, o, e);
    }
    return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /**
   * Runs the CLI against the shared DynamoDB Local on table {@code table}. The read timeout is
   * longer than the app's 1 s default: a busy build machine can be slower than that.
   */
  static Result onLocal(String table, String... args) {
    List<String> all = new ArrayList<>(List.of(
        "--endpoint", LocalDynamoDb.endpoint().toString(), "--table", table, "--read-timeout", "10s"));
    all.addAll(Arrays.asList(args));
    return run(all.toArray(new String[0]));
  }

  /** A loopback port nothing listens on (it was free a moment ago). */
  static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /** Asserts that the run failed with {@code exitCode} and printed exactly one line, on stderr. */
  static void assertOneLineError(Result result, int exitCode, String start) {
    assertEquals(exitCode, result.exitCode(), () -> "stdout:\n" + result.out() + "\nstderr:\n" + result.err());
    assertEquals(1, result.errLines().size(), () -> "stderr:\n" + result.err());
    String line = result.errLines().get(0);
    if (!line.startsWith(start)) {
      fail("expected stderr to start with '" + start + "', got: " + line);
    }
  }
}
