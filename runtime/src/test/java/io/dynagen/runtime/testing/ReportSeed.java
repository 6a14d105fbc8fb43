package io.dynagen.runtime.testing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Puts the seed of a failing random case, and the command that replays it, at the head of the
 * failure, so that it is in the build log whatever the report shows of the case's name.
 */
public final class ReportSeed implements TestExecutionExceptionHandler {
  private static final Pattern SEED = Pattern.compile("\\bseed (\\d+)");

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable thrown) throws Throwable {
    Matcher seed = SEED.matcher(context.getDisplayName());
    String test = context.getRequiredTestClass().getSimpleName() + "#" + context.getRequiredTestMethod().getName();
    String which = seed.find()
        ? "random case with seed " + seed.group(1) + " (replay: -Dtest='" + test + "' -D" + RandomCases.SEED_PROPERTY + "=" + seed.group(1) + ")"
        : context.getDisplayName().replaceFirst(":.*", "").replaceFirst("^\\[\\d+\\] ", "") + " (run every time)";
    AssertionError reported = new AssertionError(test + " failed for " + which + ": " + thrown.getMessage(), thrown);
    reported.setStackTrace(thrown.getStackTrace());
    throw reported;
  }
}
