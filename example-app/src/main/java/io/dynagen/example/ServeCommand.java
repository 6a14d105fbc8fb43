package io.dynagen.example;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** Runs DynamoDB Local until interrupted, so that other commands can share its tables. */
@Command(
    name = "serve",
    description = "Run DynamoDB Local (in memory) on a port until Ctrl-C, for the other commands'"
        + " --endpoint.")
final class ServeCommand implements Callable<Integer> {
  @ParentCommand Main main;

  @Option(names = "--port", defaultValue = "8000", paramLabel = "PORT", description = "Port (default: ${DEFAULT-VALUE}).")
  int port;

  @Override
  public Integer call() throws InterruptedException {
    EmbeddedDynamoDb server = EmbeddedDynamoDb.start(port);
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "dynamodb-local-stop"));
    main.out().println("DynamoDB Local (in memory) listening at " + server.endpoint() + "; Ctrl-C to stop");
    main.out().println("try: java -jar example-app/target/dynagen-example-app.jar --endpoint "
        + server.endpoint() + " load --count 1000");
    new CountDownLatch(1).await();
    return 0;
  }
}
