package io.dynagen.example.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.example.Main;
import io.dynagen.runtime.testing.LocalDynamoDb;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The errors a user will meet: one clear line on stderr and a non-zero exit code, promptly. */
class ErrorPathsTest {

  @Test
  void unreachableEndpointIsOneLineWithinTheTimeouts() throws IOException {
    String endpoint = "http://127.0.0.1:" + Cli.closedPort();

    // Default settings: 1 s timeouts, 3 attempts with jittered back-off.
    Cli.Result result = assertTimeoutPreemptively(Duration.ofSeconds(15),
        () -> Cli.run("--endpoint", endpoint, "describe"));

    Cli.assertOneLineError(result, Main.EXIT_FAILURE, "error: cannot reach DynamoDB at " + endpoint + ": ");
    assertTrue(result.err().contains("Connection refused"), result.err());
    assertTrue(result.err().contains("check --endpoint"), result.err());
    assertEquals("", result.out());
  }

  @Test
  void unreachableEndpointWithTraceShowsTheAttempts() throws IOException {
    String endpoint = "http://127.0.0.1:" + Cli.closedPort();

    Cli.Result result = assertTimeoutPreemptively(Duration.ofSeconds(15),
        () -> Cli.run("get", "janedoe", "Doe", "--endpoint", endpoint, "--trace", "--max-attempts", "2"));

    assertEquals(Main.EXIT_FAILURE, result.exitCode());
    assertEquals(2, result.errLines().size(), result.err());
    assertTrue(result.errLines().get(0).matches(
        "\\[trace\\] GetItem users \\d+\\.\\d ms, 2 attempts, failed: SdkClientException"), result.err());
    assertTrue(result.errLines().get(1).startsWith("error: cannot reach DynamoDB"), result.err());
  }

  @Test
  void missingTableNamesTheTableAndTheEndpoint() {
    String table = LocalDynamoDb.uniqueTableName("missing");

    Cli.Result result = Cli.onLocal(table, "scan");

    Cli.assertOneLineError(result, Main.EXIT_FAILURE,
        "error: table '" + table + "' does not exist at " + LocalDynamoDb.endpoint()
            + ": create it with 'load'");
  }

  @Test
  void deletingAMissingTableIsTheSameError() {
    String table = LocalDynamoDb.uniqueTableName("missing");

    Cli.assertOneLineError(Cli.onLocal(table, "delete-table"), Main.EXIT_FAILURE,
        "error: table '" + table + "' does not exist at ");
  }

  @Test
  void badWhereSyntaxNamesTheTokenAndPositionBeforeAnythingIsSent() {
    // The endpoint is never reached: the expression is checked first.
    Cli.Result result = Cli.run("--endpoint", "http://127.0.0.1:9", "scan", "--where", "age < 27 first_name = J");

    Cli.assertOneLineError(result, Main.EXIT_USAGE,
        "error: bad --where expression at position 10 ('first_name'): expected 'and', 'or' or the end");
    assertEquals("", result.out());
  }

  @Test
  void badWhereValueNamesTheAttribute() {
    Cli.Result result = Cli.run("--endpoint", "http://127.0.0.1:9", "scan", "--where", "age < twenty");

    Cli.assertOneLineError(result, Main.EXIT_USAGE,
        "error: bad --where expression at position 7 ('twenty'): 'age' is a whole number");
  }

  @Test
  void badDurationIsAUsageError() {
    Cli.Result result = Cli.run("--read-timeout", "soon", "describe");

    assertEquals(Main.EXIT_USAGE, result.exitCode());
    assertTrue(result.err().contains("'soon' is not a duration"), result.err());
  }

  @Test
  void emptyKeyFailsBeforeAnyRequest() {
    Cli.Result result = Cli.run("--endpoint", "http://127.0.0.1:9", "get", "", "Doe");

    Cli.assertOneLineError(result, Main.EXIT_USAGE, "error: Key attribute 'username' of table 'users' is empty");
  }

  @Test
  void awsWithoutRegionSaysHowToGiveOne() {
    assumeNoAwsConfiguration();
    Cli.Result result = withoutInstanceMetadata(() -> Cli.run("--aws", "describe"));

    Cli.assertOneLineError(result, Main.EXIT_FAILURE, "error: no AWS region found for --aws: pass --region");
  }

  @Test
  void awsWithoutCredentialsSaysHowToConfigureThem() {
    assumeNoAwsConfiguration();
    Cli.Result result = withoutInstanceMetadata(
        () -> Cli.run("--aws", "--region", "us-east-1", "--table", "dynagen-never-created", "describe"));

    Cli.assertOneLineError(result, Main.EXIT_FAILURE, "error: no AWS credentials found for --aws: configure them");
  }

  /** These tests are about a machine without AWS configuration; skip them on one that has some. */
  private static void assumeNoAwsConfiguration() {
    Assumptions.assumeTrue(
        System.getenv("AWS_REGION") == null && System.getenv("AWS_DEFAULT_REGION") == null
            && System.getenv("AWS_ACCESS_KEY_ID") == null && System.getenv("AWS_PROFILE") == null
            && System.getenv("AWS_CONTAINER_CREDENTIALS_FULL_URI") == null
            && System.getenv("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI") == null
            && System.getenv("AWS_WEB_IDENTITY_TOKEN_FILE") == null
            && !Files.exists(Path.of(System.getProperty("user.home"), ".aws")),
        "AWS configuration present");
  }

  /** Runs with the SDK's instance metadata lookups off, as on a machine outside EC2. */
  private static Cli.Result withoutInstanceMetadata(Supplier<Cli.Result> run) {
    String property = "aws.disableEc2Metadata";
    String before = System.getProperty(property);
    System.setProperty(property, "true");
    try {
      return run.get();
    } finally {
      if (before == null) {
        System.clearProperty(property);
      } else {
        System.setProperty(property, before);
      }
    }
  }
}
