package io.dynagen.example;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A mistake on the command line (an unknown command or option, a bad value, a missing argument):
 * one {@code error:} line that names it, with a suggestion where there is one, then the hint to
 * run {@code --help}; exit code {@link Main#EXIT_USAGE}. Nothing else: no usage text.
 */
final class UsageError implements CommandLine.IParameterExceptionHandler {
  private final PrintStream err;

  UsageError(PrintStream err) {
    this.err = err;
  }

  @Override
  public int handleParseException(ParameterException exception, String[] args) {
    CommandLine command = exception.getCommandLine();
    err.println("error: " + message(exception));
    boolean top = command.getParent() == null;
    err.println(top
        ? "run with --help to see the commands and options"
        : "run '" + command.getCommandName() + " --help' to see its options");
    return Main.EXIT_USAGE;
  }

  private static String message(ParameterException exception) {
    if (exception instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
      String argument = unmatched.getUnmatched().get(0);
      CommandLine command = unmatched.getCommandLine();
      String what = argument.startsWith("-") ? "unknown option"
          : command.getParent() == null && !command.getSubcommands().isEmpty() ? "unknown command"
          : "unexpected argument";
      return what + " '" + argument + "'" + suggestion(argument, unmatched.getSuggestions());
    }
    String text = firstLine(exception.getMessage());
    return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
  }

  /**
   * The closest of picocli's suggestions, if it is close enough to be a typo: picocli suggests
   * {@code scan} even for {@code frobnicate}.
   */
  private static String suggestion(String argument, List<String> suggestions) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : suggestions) {
      int distance = editDistance(argument, candidate);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    boolean typo = best != null && bestDistance <= Math.max(2, argument.length() / 3);
    return typo ? "; did you mean '" + best + "'?" : "";
  }

  /** Levenshtein distance: insertions, deletions and substitutions. */
  static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  private static String firstLine(String message) {
    String text = message == null ? "" : message.strip();
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline).strip();
  }
}
