package io.dynagen.runtime;

import io.dynagen.runtime.testing.NoReflectionScanner;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Fails the build if the runtime's own sources use reflection (see {@link NoReflectionScanner}). */
class NoReflectionTest {

  @Test
  void runtimeSourcesUseNoReflection() {
    // Surefire runs with the module folder as working directory.
    NoReflectionScanner.assertNoReflection(Path.of("src", "main", "java"));
  }
}
