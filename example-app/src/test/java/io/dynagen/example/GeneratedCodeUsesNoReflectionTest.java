package io.dynagen.example;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.runtime.testing.NoReflectionScanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fails the build if code the processor generated for this module uses run-time reflection
 * ({@code java.lang.reflect}, method handles, {@code LambdaMetafactory}, {@code Class.forName},
 * {@code java.beans}): see {@link NoReflectionScanner}. The scanner fails on a missing or empty
 * folder, and this test also checks that the schemas it knows must be generated are there, so a
 * wrong path or a processor that generated nothing cannot make it pass.
 */
class GeneratedCodeUsesNoReflectionTest {
  // Surefire runs with the module folder as working directory.
  private static final Path MAIN = Path.of("target", "generated-sources", "annotations");
  private static final Path TEST = Path.of("target", "generated-test-sources", "test-annotations");

  @Test
  void generatedMainSourcesUseNoReflection() throws IOException {
    assertGenerated(MAIN, "io/dynagen/example/model/UserSchema.java",
        "io/dynagen/example/model/UserBeanSchema.java",
        "io/dynagen/example/model/AddressSchema.java",
        "io/dynagen/example/model/AllTypesSchema.java",
        "io/dynagen/example/model/PointSchema.java",
        "io/dynagen/example/model/OrderSchema.java",
        "io/dynagen/example/model/OrderTable.java",
        "io/dynagen/example/model/Order_.java",
        "io/dynagen/example/model/OrderLine_.java",
        "io/dynagen/example/UserDaoImpl.java");
    NoReflectionScanner.assertNoReflection(MAIN);
  }

  @Test
  void generatedTestSourcesUseNoReflection() throws IOException {
    assertGenerated(TEST, "io/dynagen/example/DiffBeanSchema.java", "io/dynagen/example/OrderDaoImpl.java",
        "io/dynagen/example/DiffPlaceSchema.java");
    NoReflectionScanner.assertNoReflection(TEST);
  }

  /** The guard itself: it must fail on a missing folder, an empty one, and a reflective source. */
  @Test
  void theGuardFailsOnNothingToScanAndOnReflection(@TempDir Path dir) throws IOException {
    assertThrows(AssertionError.class, () -> NoReflectionScanner.assertNoReflection(dir.resolve("missing")));
    assertThrows(AssertionError.class, () -> NoReflectionScanner.assertNoReflection(dir));

    Files.writeString(dir.resolve("Sneaky.java"),
        "package p;\nfinal class Sneaky {\n  Object f() throws Exception {\n"
            + "    return Class.forName(\"p.X\").getDeclaredConstructor().newInstance();\n  }\n}\n");
    AssertionError error =
        assertThrows(AssertionError.class, () -> NoReflectionScanner.assertNoReflection(dir));
    assertTrue(error.getMessage().contains("Sneaky.java:4"), error.getMessage());
  }

  private static void assertGenerated(Path root, String... expected) throws IOException {
    assertTrue(Files.isDirectory(root), root.toAbsolutePath() + " is missing: was the processor run?");
    List<String> found;
    try (Stream<Path> files = Files.walk(root)) {
      found = files.filter(f -> f.toString().endsWith(".java"))
          .map(f -> root.relativize(f).toString().replace('\\', '/'))
          .collect(Collectors.toList());
    }
    for (String file : expected) {
      assertTrue(found.contains(file), file + " was not generated under " + root + "; found " + found);
    }
  }
}
