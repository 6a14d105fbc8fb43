package io.dynagen.example;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * Runs DynamoDB Local until Ctrl-C (or until its thread is interrupted), so that other commands,
 * the AWS CLI and a user's own code can share its tables.
 */
@Command(
    name = "serve",
    description = "Run DynamoDB Local (in memory) on a port until Ctrl-C, for the other commands'"
        + " --endpoint. One database serves every access key and region.")
final class ServeCommand implements Callable<Integer> {
  @ParentCommand Main main;

  @Option(
      names = "--port",
      defaultValue = "8000",
      converter = PortConverter.class,
      paramLabel = "PORT",
      description = "Port, 1 to 65535 (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--bind",
      defaultValue = EmbeddedDynamoDb.LOOPBACK,
      converter = BindAddressConverter.class,
      paramLabel = "ADDRESS",
      description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only;"
          + " 0.0.0.0 for every network interface).")
  String bind;

  @Override
  public Integer call() {
    EmbeddedDynamoDb server = EmbeddedDynamoDb.start(bind, port);
    Thread stopOnExit = new Thread(server::close, "dynamodb-local-stop");
    Runtime.getRuntime().addShutdownHook(stopOnExit);
    String where = EmbeddedDynamoDb.isWildcard(bind) ? "every network interface, port " + port : bind + ":" + port;
    main.out().println("DynamoDB Local (in memory) listening on " + where + "; Ctrl-C to stop");
    main.out().println("one database for every access key and region: any dummy credentials see the same tables");
    main.out().println("try: java -jar example-app/target/dynagen-example-app.jar --endpoint "
        + server.endpoint() + " load --count 1000");
    try {
      new CountDownLatch(1).await();
    } catch (InterruptedException e) {
      // Asked to stop from within the JVM (tests): stop now instead of at exit.
      Thread.currentThread().interrupt();
    } finally {
      server.close();
      removeHook(stopOnExit);
    }
    return 0;
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // The JVM is already shutting down: the hook runs anyway, and stopping twice is harmless.
    }
  }
}
