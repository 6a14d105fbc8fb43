package io.dynagen.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** Only the subcommand the arguments plainly name is built; anything less plain gets them all. */
class SubcommandsTest {

  private static CommandLine top() {
    PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    return new CommandLine(new Main(sink, sink));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', nullValues = "none", value = {
    "load --count 0 | load",
    "--endpoint http://127.0.0.1:8000 --table load scan --where x | scan",
    "--table=load get a b | get",
    "--aws --trace -v --no-tcp-keep-alive describe | describe",
    "--connect-timeout 2s --max-connections 8 delete-table | delete-table",
    "--tcp-keep-alive false load | none",
    "--no-tcp-keep-alive load | load",
    "--no-trace load | none",
    "-h load | load",
    "scna load | none",
    "help load | none",
    "--bogus load | none",
    "-vh load | none",
    "-- load | none",
    "--table | none",
  })
  void theFirstCommandAfterKnownOptionsIsTheOneBuilt(String args, String expected) {
    assertEquals(expected, Subcommands.namedCommand(top(), args.split(" ")));
  }

  @Test
  void noArgumentsNameNoCommand() {
    assertNull(Subcommands.namedCommand(top(), new String[0]));
  }

  @Test
  void aPlainRunBuildsOnlyItsCommandAnythingElseAllInHelpOrder() {
    CommandLine plain = top();
    Subcommands.addTo(plain, new String[] {"--table", "x", "load", "--count", "1"});
    assertEquals(List.of("load"), new ArrayList<>(plain.getSubcommands().keySet()));

    CommandLine all = top();
    Subcommands.addTo(all, new String[] {"--help"});
    assertEquals(
        List.of("demo", "shop", "load", "get", "query", "scan", "describe", "delete-table", "serve", "help"),
        new ArrayList<>(all.getSubcommands().keySet()));
  }

  @Test
  void eachNameIsTheCommandsOwnName() {
    CommandLine all = top();
    Subcommands.addTo(all, new String[0]);
    for (String name : Subcommands.names()) {
      assertEquals(name, new CommandLine(all.getSubcommands().get(name).getCommand()).getCommandName());
    }
  }
}
