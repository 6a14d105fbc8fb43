package io.dynagen.example;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The app's subcommands, added to its command line: only the one the arguments name when they
 * plainly name one, else all of them.
 *
 * <p>Picocli builds the model of every subcommand it is given, from its annotations, and copies
 * the inherited options into each, before it parses a single argument: for ten subcommands that
 * was about a sixth of the start of a {@code load} that wrote nothing, in a fresh JVM. A run names
 * one command, so that one is enough whenever the arguments before it are options the top command
 * knows (with their values): then picocli parses and reports errors exactly as with all of them
 * (a subcommand's help and errors never mention its siblings). Anything else (no command, an
 * unknown command or option, {@code help}, {@code --}, a cluster of short flags) gets every
 * subcommand, so that the help lists them all and a misspelt command gets its suggestion.
 */
final class Subcommands {
  /** Name and maker of each subcommand, in the order {@code --help} lists them. */
  private static final Map<String, Supplier<Object>> ALL = new LinkedHashMap<>();

  static {
    ALL.put("demo", DemoCommand::new);
    ALL.put("shop", ShopCommand::new);
    ALL.put("load", LoadCommand::new);
    ALL.put("get", GetCommand::new);
    ALL.put("query", QueryCommand::new);
    ALL.put("scan", ScanCommand::new);
    ALL.put("describe", DescribeCommand::new);
    ALL.put("delete-table", DeleteTableCommand::new);
    ALL.put("serve", ServeCommand::new);
    ALL.put("help", HelpCommand::new);
  }

  private Subcommands() {}

  /** The names, in order: for the test that checks them against each command's own name. */
  static Iterable<String> names() {
    return ALL.keySet();
  }

  /** Adds to {@code top} the subcommand {@code args} name, or all of them. */
  static void addTo(CommandLine top, String[] args) {
    String named = namedCommand(top, args);
    if (named != null) {
      top.addSubcommand(named, ALL.get(named).get());
      return;
    }
    ALL.forEach((name, maker) -> top.addSubcommand(name, maker.get()));
  }

  /**
   * The subcommand named by the first argument that is not an option of {@code top} or an
   * option's value, or {@code null} when the arguments are not that plain.
   */
  static String namedCommand(CommandLine top, String[] args) {
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.startsWith("-")) {
        if (arg.equals("--")) {
          return null;
        }
        int equals = arg.indexOf('=');
        OptionSpec option = option(top, equals < 0 ? arg : arg.substring(0, equals));
        if (option == null) {
          return null;
        }
        if (equals < 0 && takesNext(option, i + 1 < args.length ? args[i + 1] : null)) {
          i++; // its value
        }
        continue;
      }
      return ALL.containsKey(arg) && !arg.equals("help") ? arg : null;
    }
    return null;
  }

  /** The option {@code name} names, its negated form ({@code --no-tcp-keep-alive}) included, or null. */
  private static OptionSpec option(CommandLine top, String name) {
    OptionSpec option = top.getCommandSpec().findOption(name);
    if (option == null && name.startsWith("--no-")) {
      OptionSpec negated = top.getCommandSpec().findOption("--" + name.substring("--no-".length()));
      return negated != null && negated.negatable() ? negated : null;
    }
    return option;
  }

  /**
   * True if picocli reads {@code next} as the value of {@code option}: always for an option that
   * takes a value, only {@code true} or {@code false} for a flag with an optional value
   * ({@code --tcp-keep-alive}).
   */
  private static boolean takesNext(OptionSpec option, String next) {
    if (option.arity().max() == 0 || next == null) {
      return false;
    }
    if (option.typeInfo().isBoolean()) {
      return next.equalsIgnoreCase("true") || next.equalsIgnoreCase("false");
    }
    return true;
  }
}
