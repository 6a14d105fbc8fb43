package io.dynagen.processor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Stands for another processor in the same build (Immutables, a protobuf plugin...): writes the
 * given sources in its first round, so that they exist only from the second round on.
 */
final class GeneratingProcessor extends AbstractProcessor {
  private final Map<String, String> sourcesByClassName;
  private boolean written;

  GeneratingProcessor(Map<String, String> sourcesByClassName) {
    this.sourcesByClassName = sourcesByClassName;
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("*");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (written) {
      return false;
    }
    written = true;
    for (Map.Entry<String, String> source : sourcesByClassName.entrySet()) {
      try (Writer writer = processingEnv.getFiler().createSourceFile(source.getKey()).openWriter()) {
        writer.write(source.getValue());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return false;
  }
}
