package io.dynagen.bench;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the build put what the measurements need, found from the location of these classes
 * ({@code benchmarks/target/test-classes}): the files the benchmarks module's pom writes at
 * {@code package}.
 */
public record BenchPaths(Path target) {

  public static BenchPaths locate() {
    try {
      Path classes = Path.of(BenchPaths.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return new BenchPaths(classes.getParent());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("Cannot tell where the benchmark classes are", e);
    }
  }

  public Path testClasses() {
    return target.resolve("test-classes");
  }

  /** Dynagen's runtime and annotations, the SDK and the Enhanced Client, without the measuring tools. */
  public String applicationClasspath() throws IOException {
    return Files.readString(required(target.resolve("application-classpath.txt"))).trim();
  }

  public Path processorJar() {
    return target.resolve("processor").resolve("dynagen-processor.jar");
  }

  /** The example app's jar (its dependencies in lib/ beside it): DynamoDB Local's server and the load command. */
  public Path exampleAppJar() {
    return required(target.getParent().getParent().resolve("example-app").resolve("target")
        .resolve("dynagen-example-app.jar"));
  }

  public Path nativeLibraries() {
    return target.resolve("native-libs");
  }

  /** Where a partial or quick run writes its report, away from the committed BENCHMARKS.md. */
  public Path scratchReport() {
    return target.resolve("BENCHMARKS.md");
  }

  private static Path required(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException(
          file + " is missing: build first with mvn -pl benchmarks -am package -DskipTests");
    }
    return file;
  }
}
