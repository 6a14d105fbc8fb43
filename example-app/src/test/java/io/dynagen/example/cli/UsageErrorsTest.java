package io.dynagen.example.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.example.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Mistakes on the command line: one {@code error:} line naming the mistake, then the hint to run
 * {@code --help}, exit code 2, and nothing sent anywhere. And the help and version a user asks for.
 */
class UsageErrorsTest {

  @ParameterizedTest
  @ValueSource(strings = {"localhost:8000", "not-a-url", "ftp://127.0.0.1:8000", "http://", "http//localhost:8000"})
  void anEndpointThatIsNotAnHttpUrlSaysWhatOneLooksLike(String endpoint) {
    Cli.Result result = Cli.run("--endpoint", endpoint, "describe");

    assertUsageError(result, "error: invalid value for option '--endpoint': '" + endpoint + "' is not an endpoint (");
    assertTrue(result.errLines().get(0).endsWith("write it as http://HOST:PORT, such as http://localhost:8000"),
        result.err());
  }

  @Test
  void anFtpEndpointSaysWhichSchemesWork() {
    Cli.Result result = Cli.run("scan", "--endpoint", "ftp://127.0.0.1:8000");

    assertUsageError(result, "error: invalid value for option '--endpoint': 'ftp://127.0.0.1:8000' is not an"
        + " endpoint (DynamoDB speaks http or https, not ftp)");
  }

  @Test
  void anUnknownOptionIsOneErrorLineWithASuggestion() {
    Cli.Result result = Cli.run("scan", "--wher", "age < 27");

    assertUsageError(result, "error: unknown option '--wher'; did you mean '--where'?");
    assertEquals("run 'scan --help' to see its options", result.errLines().get(1));
  }

  @Test
  void anUnknownCommandIsOneErrorLineWithASuggestion() {
    Cli.Result result = Cli.run("scna");

    assertUsageError(result, "error: unknown command 'scna'; did you mean 'scan'?");
    assertEquals("run with --help to see the commands and options", result.errLines().get(1));
  }

  @Test
  void anUnknownCommandFarFromEveryCommandHasNoSuggestion() {
    Cli.Result result = Cli.run("frobnicate");

    assertUsageError(result, "error: unknown command 'frobnicate'");
    assertEquals("error: unknown command 'frobnicate'", result.errLines().get(0));
  }

  @Test
  void aMissingArgumentIsOneErrorLine() {
    assertUsageError(Cli.run("get", "janedoe"), "error: missing required parameter: 'LAST_NAME'");
  }

  @Test
  void theHelpCommandShowsTheCommands() {
    Cli.Result result = Cli.run("help").assertSuccess();

    assertTrue(result.out().contains("Usage: dynagen-example"), result.out());
    assertTrue(result.out().contains("serve"), result.out());
    assertEquals("", result.err());
  }

  @Test
  void theHelpCommandShowsOneCommand() {
    Cli.Result result = Cli.run("help", "serve").assertSuccess();

    assertTrue(result.out().contains("Usage: dynagen-example serve"), result.out());
    assertTrue(result.out().contains("--bind"), result.out());
  }

  @Test
  void versionIsTheBuildsVersion() {
    String version = System.getProperty("dynagen.version");
    assertTrue(version != null && !version.isBlank(), "the build passes dynagen.version");

    Cli.Result result = Cli.run("--version").assertSuccess();

    assertEquals(java.util.List.of("Dynagen example app " + version), result.outLines());
  }

  private static void assertUsageError(Cli.Result result, String start) {
    assertEquals(Main.EXIT_USAGE, result.exitCode(), () -> "stdout:\n" + result.out() + "\nstderr:\n" + result.err());
    assertEquals(2, result.errLines().size(), () -> "stderr:\n" + result.err());
    assertTrue(result.errLines().get(0).startsWith(start),
        () -> "expected stderr to start with '" + start + "', got:\n" + result.err());
    assertTrue(result.errLines().get(1).contains("--help"), result.err());
    assertEquals("", result.out());
  }
}
