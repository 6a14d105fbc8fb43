package io.dynagen.example.docs;

import io.dynagen.example.docs.JavaSnippetSources.Source;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles snippet sources with javac and the Dynagen processor, against the runtime and the AWS
 * SDK, all from the test classpath; errors are reported at the document line they come from.
 */
final class SnippetCompiler {
  private SnippetCompiler() {}

  /** The errors, each as {@code README.md:142: cannot find symbol ...}; empty if it compiled. */
  static List<String> compile(List<Source> sources, Path outputFolder) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Path classes = outputFolder.resolve("classes");
    Path generated = outputFolder.resolve("generated");
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      Files.createDirectories(classes);
      Files.createDirectories(generated);
      String classpath = System.getProperty("java.class.path");
      List<String> options = List.of(
          "--release", "17",
          "-d", classes.toString(),
          "-s", generated.toString(),
          "-classpath", classpath,
          // The processor is on the test classpath; javac finds it through its service entry.
          "-processorpath", classpath,
          "-implicit:class");
      List<SourceFile> units = sources.stream().map(SourceFile::new).toList();
      javac.getTask(null, files, diagnostics, options, null, units).call();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> errors = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
      if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
        errors.add(where(diagnostic) + ": " + diagnostic.getMessage(Locale.ROOT));
      }
    }
    return errors;
  }

  private static String where(Diagnostic<? extends JavaFileObject> diagnostic) {
    if (diagnostic.getSource() instanceof SourceFile file) {
      long line = file.source.documentLine(diagnostic.getLineNumber());
      if (line > 0) {
        return file.source.snippet().where().replaceFirst(":\\d+$", ":" + line);
      }
      return file.source.className() + ".java (written by the test):" + diagnostic.getLineNumber();
    }
    return (diagnostic.getSource() == null ? "javac" : diagnostic.getSource().getName())
        + ":" + diagnostic.getLineNumber();
  }

  /** A source held in memory. */
  private static final class SourceFile extends SimpleJavaFileObject {
    final Source source;

    SourceFile(Source source) {
      super(URI.create("string:///" + source.className() + ".java"), Kind.SOURCE);
      this.source = source;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return source.text();
    }
  }
}
