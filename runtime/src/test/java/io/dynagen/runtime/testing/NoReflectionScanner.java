package io.dynagen.runtime.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Scans Java sources for run-time reflection, which Dynagen promises never to use: {@code
 * java.lang.reflect}, method handles, {@code LambdaMetafactory}, {@code Class.forName}, {@code
 * getDeclaredField/Method/Constructor} and {@code java.beans} introspection.
 *
 * <p>It reads source text, comments left out (see {@link JavaSourceText}), so it checks
 * hand-written and generated code alike. Any module can use it from the runtime's test-jar:
 *
 * <pre>{@code
 * <dependency>
 *   <groupId>io.dynagen</groupId>
 *   <artifactId>dynagen-runtime</artifactId>
 *   <type>test-jar</type>
 *   <scope>test</scope>
 * </dependency>
 *
 * NoReflectionScanner.assertNoReflection(Path.of("target/generated-sources/annotations"));
 * }</pre>
 */
public final class NoReflectionScanner {

  /** One use of reflection: where it is and what it matched. */
  public record Violation(Path file, int line, String what, String sourceLine) {
    @Override
    public String toString() {
      return file + ":" + line + ": " + what + ": " + sourceLine.strip();
    }
  }

  /** What is forbidden, each with the name a violation reports. */
  private static final List<Forbidden> FORBIDDEN = List.of(
      new Forbidden("java.lang.reflect", "\\bjava\\s*\\.\\s*lang\\s*\\.\\s*reflect\\b"),
      new Forbidden("java.lang.invoke", "\\bjava\\s*\\.\\s*lang\\s*\\.\\s*invoke\\b"),
      new Forbidden("MethodHandle", "\\bMethodHandles?\\b"),
      new Forbidden("VarHandle", "\\bVarHandle\\b"),
      new Forbidden("LambdaMetafactory", "\\bLambdaMetafactory\\b"),
      new Forbidden("Class.forName", "\\bClass\\s*\\.\\s*forName\\b"),
      new Forbidden("getDeclaredField/Method/Constructor",
          "\\bgetDeclared(Field|Method|Constructor)s?\\s*\\("),
      new Forbidden("java.beans", "\\bjava\\s*\\.\\s*beans\\b"));

  private record Forbidden(String what, Pattern pattern) {
    Forbidden(String what, String regex) {
      this(what, Pattern.compile(regex));
    }
  }

  private NoReflectionScanner() {}

  /**
   * Every use of reflection in the {@code .java} files under {@code root} (a folder or one file),
   * sorted by file and line.
   */
  public static List<Violation> scan(Path root) {
    List<Violation> violations = new ArrayList<>();
    for (Path file : javaFiles(root)) {
      violations.addAll(scanFile(file));
    }
    return violations;
  }

  /**
   * Fails unless {@code root} holds Java sources and none of them uses reflection. A missing or
   * empty folder fails too, so a wrong path cannot make the check pass by scanning nothing.
   *
   * @throws AssertionError listing every violation, one per line
   */
  public static void assertNoReflection(Path root) {
    List<Path> files = javaFiles(root);
    if (files.isEmpty()) {
      throw new AssertionError("No .java files under " + root.toAbsolutePath() + ": nothing to check");
    }
    List<Violation> violations = scan(root);
    if (!violations.isEmpty()) {
      throw new AssertionError(
          "Dynagen must not use reflection at run time, but " + violations.size()
              + " place(s) under " + root + " do:\n"
              + violations.stream().map(Violation::toString).collect(Collectors.joining("\n")));
    }
  }

  /** The violations in one source text; {@code file} only labels them. */
  public static List<Violation> scanSource(Path file, String source) {
    String[] code = JavaSourceText.withoutComments(source).split("\r\n|\r|\n", -1);
    String[] original = source.split("\r\n|\r|\n", -1);
    List<Violation> violations = new ArrayList<>();
    for (int i = 0; i < code.length; i++) {
      for (Forbidden forbidden : FORBIDDEN) {
        Matcher matcher = forbidden.pattern().matcher(code[i]);
        if (matcher.find()) {
          violations.add(new Violation(file, i + 1, forbidden.what(), original[i]));
        }
      }
    }
    return violations;
  }

  private static List<Violation> scanFile(Path file) {
    try {
      return scanSource(file, Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  private static List<Path> javaFiles(Path root) {
    if (!Files.exists(root)) {
      return List.of();
    }
    try (Stream<Path> paths = Files.walk(root)) {
      return paths
          .filter(path -> Files.isRegularFile(path) && path.toString().endsWith(".java"))
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + root, e);
    }
  }
}
