package io.dynagen.processor;

import java.util.Set;
import java.util.function.UnaryOperator;
import javax.annotation.processing.Completion;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/** The Dynagen processor, given javac's environment as changed by {@code environment}. */
final class HarnessedProcessor implements Processor {
  private final Processor dynagen = new DynagenProcessor();
  private final UnaryOperator<ProcessingEnvironment> environment;

  HarnessedProcessor(UnaryOperator<ProcessingEnvironment> environment) {
    this.environment = environment;
  }

  @Override
  public void init(ProcessingEnvironment processingEnv) {
    dynagen.init(environment.apply(processingEnv));
  }

  @Override
  public Set<String> getSupportedOptions() {
    return dynagen.getSupportedOptions();
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return dynagen.getSupportedAnnotationTypes();
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return dynagen.getSupportedSourceVersion();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment roundEnv) {
    return dynagen.process(annotations, roundEnv);
  }

  @Override
  public Iterable<? extends Completion> getCompletions(
      Element element, AnnotationMirror annotation, ExecutableElement member, String userText) {
    return dynagen.getCompletions(element, annotation, member, userText);
  }
}
