package io.dynagen.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Processor;
import javax.lang.model.element.Element;
import javax.tools.JavaFileObject;

/**
 * Runs javac with the Dynagen processor, watching the files it creates, and the assertions
 * every diagnostic test makes. The runtime and annotations come from the test classpath.
 */
final class Dynagen {
  /** A compilation, and the source files Dynagen created in it. */
  record Run(Compilation compilation, List<RecordingFiler.CreatedSource> created) {
    /** The names of the sources created with {@code className} among their originating elements. */
    List<String> createdFrom(String className) {
      List<String> names = new ArrayList<>();
      for (RecordingFiler.CreatedSource source : created) {
        for (Element element : source.originatingElements()) {
          if (element.toString().equals(className)) {
            names.add(source.name());
          }
        }
      }
      return names;
    }
  }

  private Dynagen() {}

  static Run compile(TestSource... sources) {
    return compile(List.of(), sources);
  }

  /** Compiles with Dynagen and, ahead of it, {@code otherProcessors}. */
  static Run compile(List<Processor> otherProcessors, TestSource... sources) {
    List<RecordingFiler.CreatedSource> created = new ArrayList<>();
    Processor dynagen = new HarnessedProcessor(javacs -> new ForwardingProcessingEnvironment(javacs) {
      private final Filer filer = new RecordingFiler(javacs.getFiler(), created);

      @Override
      public Filer getFiler() {
        return filer;
      }
    });
    List<Processor> processors = new ArrayList<>(otherProcessors);
    processors.add(dynagen);
    Compilation compilation = javac()
        .withProcessors(processors)
        .compile(Arrays.stream(sources).map(TestSource::file).toArray(JavaFileObject[]::new));
    return new Run(compilation, created);
  }

  /**
   * The compilation failed with exactly one error, tagged {@code [dynagen:tag]}, on the marked
   * line of {@code source}, saying each of {@code words}; and Dynagen wrote nothing for it.
   */
  static void assertOnlyError(Run run, TestSource source, String tag, String... words) {
    Compilation compilation = run.compilation();
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[dynagen:" + tag + "]")
        .inFile(source.file())
        .onLine(source.markedLine());
    for (String word : words) {
      assertThat(compilation).hadErrorContaining(word);
    }
    assertThat(run.createdFrom(source.className())).isEmpty();
  }
}
