package io.dynagen.processor;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;

/**
 * One compilation by Eclipse's compiler (ECJ) through javax.tools, with the Dynagen processor,
 * on real folders: ECJ reads sources, its own generated ones included, as java.io.Files, so the
 * in-memory file manager of compile-testing does not work with it.
 */
final class EclipseCompilation {
  private final boolean success;
  private final List<Diagnostic<? extends JavaFileObject>> diagnostics;
  private final Map<String, String> generated;

  private EclipseCompilation(
      boolean success, List<Diagnostic<? extends JavaFileObject>> diagnostics, Map<String, String> generated) {
    this.success = success;
    this.diagnostics = diagnostics;
    this.generated = generated;
  }

  /** Writes {@code sources} under {@code workDirectory} and compiles them there. */
  static EclipseCompilation compile(Path workDirectory, TestSource... sources) {
    try {
      Path sourceDirectory = Files.createDirectories(workDirectory.resolve("src"));
      Path generatedDirectory = Files.createDirectories(workDirectory.resolve("generated"));
      Path classDirectory = Files.createDirectories(workDirectory.resolve("classes"));
      List<File> sourceFiles = new ArrayList<>();
      for (TestSource source : sources) {
        Path path = sourceDirectory.resolve(source.className().replace('.', '/') + ".java");
        Files.createDirectories(path.getParent());
        Files.writeString(path, source.file().getCharContent(true));
        sourceFiles.add(path.toFile());
      }
      JavaCompiler ecj = new EclipseCompiler();
      DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
      try (StandardJavaFileManager files = ecj.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
        files.setLocation(StandardLocation.SOURCE_OUTPUT, List.of(generatedDirectory.toFile()));
        files.setLocation(StandardLocation.CLASS_OUTPUT, List.of(classDirectory.toFile()));
        files.setLocation(StandardLocation.CLASS_PATH, testClasspath());
        JavaCompiler.CompilationTask task = ecj.getTask(null, files, diagnostics,
            // ECJ's own lint (unused imports in the test sources) is not what is compared here.
            List.of("--release", "17", "-warn:none"), null,
            files.getJavaFileObjectsFromFiles(sourceFiles));
        task.setProcessors(List.of(new DynagenProcessor()));
        boolean success = task.call();
        return new EclipseCompilation(success, diagnostics.getDiagnostics(), contents(generatedDirectory));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<File> testClasspath() {
    List<File> classpath = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      classpath.add(new File(entry));
    }
    return classpath;
  }

  /** Each generated source by file name ({@code UserSchema.java}), with its text. */
  private static Map<String, String> contents(Path directory) throws IOException {
    Map<String, String> contents = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : (Iterable<Path>) paths.filter(Files::isRegularFile)::iterator) {
        contents.put(path.getFileName().toString(), Files.readString(path));
      }
    }
    return contents;
  }

  boolean succeeded() {
    return success;
  }

  List<Diagnostic<? extends JavaFileObject>> diagnostics() {
    return diagnostics;
  }

  Map<String, String> generatedSources() {
    return generated;
  }
}
