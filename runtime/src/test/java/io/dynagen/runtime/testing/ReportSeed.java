package io.dynagen.runtime.testing;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * Puts the seed of a failing random case, the command that replays it and the values it was
 * given at the head of the failure, so that they are in the build log whatever the report shows
 * of the case's name.
 */
public final class ReportSeed implements InvocationInterceptor {
  private static final Pattern SEED = Pattern.compile("^seed (\\d+)$");

  @Override
  public void interceptTestTemplateMethod(
      Invocation<Void> invocation, ReflectiveInvocationContext<Method> call, ExtensionContext context) throws Throwable {
    try {
      invocation.proceed();
    } catch (Throwable thrown) {
      AssertionError reported = new AssertionError(describe(call.getArguments(), context) + thrown.getMessage(), thrown);
      reported.setStackTrace(thrown.getStackTrace());
      throw reported;
    }
  }

  private static String describe(List<Object> arguments, ExtensionContext context) {
    String test = context.getRequiredTestClass().getSimpleName() + "#" + context.getRequiredTestMethod().getName();
    Matcher seed = SEED.matcher(context.getDisplayName());
    String which = seed.matches()
        ? "random case with seed " + seed.group(1) + " (replay: -Dtest='" + test + "' -D" + RandomCases.SEED_PROPERTY + "=" + seed.group(1) + ")"
        : context.getDisplayName() + " (tried in every run)";
    StringBuilder text = new StringBuilder(test).append(" failed for ").append(which).append(" given");
    for (Object argument : arguments) {
      text.append("\n  ").append(shown(argument));
    }
    return text.append("\n").toString();
  }

  private static String shown(Object value) {
    String text = value instanceof byte[] bytes ? Arrays.toString(bytes)
        : value instanceof Object[] array ? Arrays.deepToString(array)
        : String.valueOf(value);
    return text.length() > 2000 ? text.substring(0, 2000) + "..." : text;
  }
}
