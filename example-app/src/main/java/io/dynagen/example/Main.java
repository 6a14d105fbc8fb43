package io.dynagen.example;

import io.dynagen.example.ClientSettings.RetryChoice;
import io.dynagen.runtime.table.Tables;
import io.dynagen.runtime.table.admin.TableNames;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The Dynagen example app: the users walk-through of DynamoDB's classic introduction as a
 * command-line program. With no arguments it runs {@code demo} on a DynamoDB Local started in
 * this process; {@code --endpoint} points it at any DynamoDB, {@code --aws} at AWS itself.
 *
 * <p>{@link #run} returns the exit code, for tests; {@link #main} exits with it, since DynamoDB
 * Local leaves a non-daemon thread running after it stops.
 */
@Command(
    name = "dynagen-example",
    // Subcommands (added by Subcommands, not listed here) inherit the help options, the version
    // and the option order.
    scope = ScopeType.INHERIT,
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    sortOptions = false,
    description = {
      "The users walk-through, typed Java on DynamoDB, generated at compile time by Dynagen.",
      "With no command it runs 'demo' on an in-process DynamoDB Local."
    })
public final class Main implements Callable<Integer> {
  /** Exit code of a failure at run time: unreachable endpoint, missing table, service error. */
  public static final int EXIT_FAILURE = 1;

  /** Exit code of a usage error: unknown option, bad value, bad {@code --where} syntax. */
  public static final int EXIT_USAGE = 2;

  @Option(
      names = "--endpoint",
      scope = ScopeType.INHERIT,
      defaultValue = "${env:DYNAGEN_ENDPOINT}",
      converter = EndpointConverter.class,
      paramLabel = "URL",
      description = "Send requests to this DynamoDB, such as a DynamoDB Local already running"
          + " (http://localhost:8000). Default: $DYNAGEN_ENDPOINT, else an in-process DynamoDB Local.")
  URI endpoint;

  @Option(
      names = "--aws",
      scope = ScopeType.INHERIT,
      description = "Use AWS itself, with the SDK's default credentials and region chains"
          + " (AWS_PROFILE, AWS_REGION, ~/.aws, SSO, instance roles).")
  boolean aws;

  @Option(
      names = "--region",
      scope = ScopeType.INHERIT,
      paramLabel = "REGION",
      description = "The AWS region (default: the SDK's region chain with --aws, else us-east-1).")
  String region;

  @Option(
      names = "--table",
      scope = ScopeType.INHERIT,
      defaultValue = "users",
      paramLabel = "NAME",
      description = "The table name (default: ${DEFAULT-VALUE}).")
  String table;

  @Option(
      names = "--table-prefix",
      scope = ScopeType.INHERIT,
      defaultValue = "",
      paramLabel = "PREFIX",
      description = "Put PREFIX before every table name, as environments do (prod-, test-);"
          + " default: none.")
  String tablePrefix;

  @Option(
      names = "--connect-timeout",
      scope = ScopeType.INHERIT,
      defaultValue = "1s",
      converter = DurationConverter.class,
      paramLabel = "DURATION",
      description = "Longest wait for a TCP connection (default: ${DEFAULT-VALUE}; SDK: 2s).")
  Duration connectTimeout;

  @Option(
      names = "--read-timeout",
      scope = ScopeType.INHERIT,
      defaultValue = "1s",
      converter = DurationConverter.class,
      paramLabel = "DURATION",
      description = "Longest wait for data on a connection (default: ${DEFAULT-VALUE}; SDK: 30s).")
  Duration readTimeout;

  @Option(
      names = "--attempt-timeout",
      scope = ScopeType.INHERIT,
      converter = DurationConverter.class,
      paramLabel = "DURATION",
      description = "Longest time one attempt may take, all included (default: none).")
  Duration attemptTimeout;

  @Option(
      names = "--retry-mode",
      scope = ScopeType.INHERIT,
      defaultValue = "standard",
      paramLabel = "MODE",
      description = "standard (jittered back-off), adaptive (plus client-side rate limiting) or"
          + " legacy (default: ${DEFAULT-VALUE}).")
  RetryChoice retryMode;

  @Option(
      names = "--max-attempts",
      scope = ScopeType.INHERIT,
      defaultValue = "3",
      paramLabel = "N",
      description = "Attempt budget per call, the first try included (default: ${DEFAULT-VALUE}).")
  int maxAttempts;

  @Option(
      names = "--max-connections",
      scope = ScopeType.INHERIT,
      defaultValue = "50",
      paramLabel = "N",
      description = "Connection pool size: raise it for more threads (default: ${DEFAULT-VALUE}).")
  int maxConnections;

  @Option(
      names = "--tcp-keep-alive",
      scope = ScopeType.INHERIT,
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description = "TCP keep-alive on pooled connections (default: on; --no-tcp-keep-alive).")
  boolean tcpKeepAlive;

  @Option(
      names = "--trace",
      scope = ScopeType.INHERIT,
      description = "Log every DynamoDB operation with its table and latency (on stderr).")
  boolean trace;

  @Option(
      names = {"-v", "--verbose"},
      scope = ScopeType.INHERIT,
      description = "Log the SDK's requests (SLF4J, on stderr) and show stack traces of errors.")
  boolean verbose;

  private final PrintStream out;
  private final PrintStream err;

  /** Where the command sends requests, once known: for error messages. */
  private String target;

  Main(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /** Runs the app and exits with its exit code. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    int code = run(args, out, err);
    out.flush();
    err.flush();
    // DynamoDB Local leaves a non-daemon thread behind: end the JVM explicitly.
    System.exit(code);
  }

  /**
   * Runs the app with {@code args}, printing results on {@code out} and errors on {@code err},
   * and returns the exit code: 0, {@link #EXIT_FAILURE} or {@link #EXIT_USAGE}.
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Main main = new Main(out, err);
    CommandLine commandLine = new CommandLine(main);
    Subcommands.addTo(commandLine, args);
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    commandLine.setExecutionStrategy(
        parseResult -> {
          Logging.configure(main.verbose);
          return new CommandLine.RunLast().execute(parseResult);
        });
    commandLine.setExecutionExceptionHandler(
        (exception, cmd, parseResult) -> main.fail(exception));
    commandLine.setParameterExceptionHandler(new UsageError(err));
    return commandLine.execute(args);
  }

  /** With no command: the demo. */
  @Override
  public Integer call() {
    return new DemoCommand().run(this);
  }

  /** The client settings the options give. */
  ClientSettings settings() {
    return new ClientSettings(
        endpoint, aws, region, connectTimeout, readTimeout, attemptTimeout, retryMode,
        maxAttempts, maxConnections, tcpKeepAlive);
  }

  /** Opens what the command talks to, as the options say. */
  Session openSession() {
    return openSession(List.of());
  }

  /** Opens what the command talks to, its client also calling {@code interceptors}. */
  Session openSession(List<ExecutionInterceptor> interceptors) {
    Session session = Session.open(settings(), trace, out, err, interceptors);
    target = session.target();
    return session;
  }

  /** The real name of the users table: the prefix, then {@code --table}. */
  String table() {
    return tablePrefix + table;
  }

  /** {@code --table} as given. */
  String tableWithoutPrefix() {
    return table;
  }

  /** The tables of this run through {@code client}, with their names behind the prefix. */
  Tables tables(DynamoDbClient client) {
    return Tables.of(client, TableNames.prefix(tablePrefix));
  }

  PrintStream out() {
    return out;
  }

  PrintStream err() {
    return err;
  }

  /** Reports a failure in one line (with its stack trace if verbose) and returns the exit code. */
  private int fail(Exception exception) {
    Failure failure = Failure.of(exception, target, table(), aws, endpoint == null && !aws);
    err.println("error: " + failure.message());
    if (verbose) {
      exception.printStackTrace(err);
    }
    return failure.exitCode();
  }

  /** Reads {@code 1s}, {@code 500ms}, {@code 2m} or an ISO-8601 duration ({@code PT1.5S}). */
  static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      String text = value.trim().toLowerCase(java.util.Locale.ROOT);
      try {
        if (text.startsWith("pt")) {
          return Duration.parse(text);
        }
        if (text.endsWith("ms")) {
          return Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2)));
        }
        if (text.endsWith("s")) {
          return Duration.ofMillis(Math.round(Double.parseDouble(text.substring(0, text.length() - 1)) * 1000));
        }
        if (text.endsWith("m")) {
          return Duration.ofSeconds(Long.parseLong(text.substring(0, text.length() - 1)) * 60);
        }
      } catch (RuntimeException e) {
        // fall through to the message below
      }
      throw new CommandLine.TypeConversionException(
          "'" + value + "' is not a duration: write it as 500ms, 1s, 1.5s or 2m");
    }
  }
}
