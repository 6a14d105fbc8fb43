package io.dynagen.example.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.example.ClientFactory;
import io.dynagen.example.ClientSettings;
import io.dynagen.example.OperationTracer;
import io.dynagen.runtime.testing.LocalDynamoDb;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The client settings reach the SDK: retry modes and budgets, and the factory's client works. */
class ClientSettingsTest {

  @ParameterizedTest(name = "{0}, {1} attempts")
  @CsvSource({"standard, 3", "adaptive, 2", "legacy, 4", "standard, 1"})
  void eachRetryModeSpendsExactlyTheAttemptBudget(String mode, int attempts) throws IOException {
    String endpoint = "http://127.0.0.1:" + Cli.closedPort();

    Cli.Result result = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Cli.run(
        "--endpoint", endpoint, "--retry-mode", mode, "--max-attempts", Integer.toString(attempts),
        "--connect-timeout", "500ms", "--no-tcp-keep-alive", "--trace", "describe"));

    assertEquals(1, result.exitCode(), result.err());
    String trace = result.errLines().get(0);
    assertTrue(trace.startsWith("[trace] DescribeTable users "), trace);
    assertTrue(attempts == 1 ? !trace.contains("attempts") : trace.contains(", " + attempts + " attempts,"), trace);
  }

  @Test
  void theFactorysClientTalksToDynamoDbLocalAndTracesEachCall() {
    ByteArrayOutputStream traced = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(traced, true, StandardCharsets.UTF_8);
    ClientSettings settings = ClientSettings.local(LocalDynamoDb.endpoint());

    try (DynamoDbClient client = ClientFactory.create(settings, List.of(OperationTracer.interceptor(out)))) {
      client.listTables();
    }

    assertTrue(traced.toString(StandardCharsets.UTF_8).matches("\\[trace\\] ListTables \\d+\\.\\d ms\\R"),
        traced.toString(StandardCharsets.UTF_8));
  }

  @Test
  void defaultsAreTheGuidesShortTimeoutsAndStandardRetries() {
    ClientSettings defaults = ClientSettings.defaults();

    assertEquals(Duration.ofSeconds(1), defaults.connectTimeout());
    assertEquals(Duration.ofSeconds(1), defaults.readTimeout());
    assertEquals(ClientSettings.RetryChoice.standard, defaults.retryMode());
    assertEquals(3, defaults.maxAttempts());
    assertEquals(50, defaults.maxConnections());
    assertTrue(defaults.tcpKeepAlive());
  }
}
