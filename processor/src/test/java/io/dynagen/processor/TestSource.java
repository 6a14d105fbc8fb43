package io.dynagen.processor;

import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;

/**
 * A small model source for a test, in package {@code test} with the Dynagen annotations and
 * {@code java.util} imported. The line a diagnostic is expected on ends with {@value #MARK}, so
 * tests say where the error goes without counting lines.
 */
final class TestSource {
  static final String MARK = "// <-";
  private static final List<String> HEADER = List.of(
      "package test;",
      "import io.dynagen.annotations.*;",
      "import java.util.*;");

  private final String className;
  private final JavaFileObject file;
  private final int markedLine;

  private TestSource(String className, JavaFileObject file, int markedLine) {
    this.className = className;
    this.file = file;
    this.markedLine = markedLine;
  }

  /** The class {@code test.simpleName}, written as {@code body}. */
  static TestSource of(String simpleName, String... body) {
    List<String> lines = new ArrayList<>(HEADER);
    lines.addAll(List.of(body));
    int marked = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(MARK)) {
        marked = i + 1;
        break;
      }
    }
    String className = "test." + simpleName;
    return new TestSource(className, JavaFileObjects.forSourceLines(className, lines), marked);
  }

  /** The qualified name of the source's top-level class. */
  String className() {
    return className;
  }

  JavaFileObject file() {
    return file;
  }

  /** The 1-based line that carries {@value #MARK}. */
  int markedLine() {
    if (markedLine < 0) {
      throw new IllegalStateException(file.getName() + " has no line marked " + MARK);
    }
    return markedLine;
  }
}
