package io.dynagen.runtime.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NoReflectionScannerTest {
  private static final Path FILE = Path.of("Sample.java");

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "import java.lang.reflect.Field;                           | java.lang.reflect",
      "java.lang.reflect.Method m = null;                         | java.lang.reflect",
      "import java.lang.invoke.CallSite;                          | java.lang.invoke",
      "MethodHandles.Lookup lookup = MethodHandles.lookup();      | MethodHandle",
      "MethodHandle handle = null;                                | MethodHandle",
      "Object f = LambdaMetafactory.metafactory(null);            | LambdaMetafactory",
      "Class<?> c = Class.forName(name);                          | Class.forName",
      "Class<?> c = Class . forName(name);                        | Class.forName",
      "x.getClass().getDeclaredField(\"a\");                      | getDeclaredField/Method/Constructor",
      "x.getClass().getDeclaredMethods();                         | getDeclaredField/Method/Constructor",
      "X.class.getDeclaredConstructor().newInstance();            | getDeclaredField/Method/Constructor",
      "java.beans.Introspector.getBeanInfo(X.class);              | java.beans",
  })
  void findsEachKindOfReflection(String line, String what) {
    List<NoReflectionScanner.Violation> found =
        NoReflectionScanner.scanSource(FILE, "class A {\n  " + line + "\n}\n");

    assertEquals(List.of(what), found.stream().map(NoReflectionScanner.Violation::what).distinct()
        .collect(Collectors.toList()));
    assertEquals(2, found.get(0).line());
  }

  @Test
  void ignoresComments() {
    String source = String.join("\n",
        "/** Uses no java.lang.reflect and no MethodHandle. */",
        "class A { // Class.forName would be wrong here",
        "  /* getDeclaredField( */ int x;",
        "}");

    assertEquals(List.of(), NoReflectionScanner.scanSource(FILE, source));
  }

  @Test
  void commentMarkersInsideStringsDoNotHideCode() {
    String source = "class A { String s = \"//\"; Object o = java.lang.reflect.Array.newInstance(null, 0); }";

    assertEquals(1, NoReflectionScanner.scanSource(FILE, source).size());
  }

  @Test
  void namesThatOnlyContainAForbiddenWordAreAllowed() {
    String source = "class A { MethodHandler handler; String forNameOf(Class<?> c) { return c.getName(); } }";

    assertEquals(List.of(), NoReflectionScanner.scanSource(FILE, source));
  }

  @Test
  void keepsLineNumbersAfterMultiLineComments() {
    String source = "/*\n * one\n * two\n */\nclass A { Object m = Class.forName(\"x\"); }\n";

    assertEquals(5, NoReflectionScanner.scanSource(FILE, source).get(0).line());
  }

  @Test
  void assertionListsEveryViolation(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("A.java"), "import java.beans.Beans;\nclass A {}\n");
    Files.writeString(dir.resolve("B.java"), "class B { Object o = Class.forName(\"A\"); }\n");

    AssertionError error = assertThrows(AssertionError.class, () -> NoReflectionScanner.assertNoReflection(dir));

    assertTrue(error.getMessage().contains("A.java:1: java.beans"), error.getMessage());
    assertTrue(error.getMessage().contains("B.java:1: Class.forName"), error.getMessage());
  }

  @Test
  void aFolderWithoutSourcesFailsRatherThanPassingVacuously(@TempDir Path dir) {
    assertThrows(AssertionError.class, () -> NoReflectionScanner.assertNoReflection(dir.resolve("missing")));
    assertThrows(AssertionError.class, () -> NoReflectionScanner.assertNoReflection(dir));
  }

  @Test
  void cleanSourcesPass(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("C.java"), "class C { int x = 1; }\n");

    NoReflectionScanner.assertNoReflection(dir);
  }
}
