package io.dynagen.processor.model.dao;

import com.palantir.javapoet.ClassName;
import io.dynagen.processor.model.Placed;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * What a {@code @Dao} interface is: built once from javax.lang.model, then only read by the checks
 * and the writer.
 *
 * @param marker the {@code @Dao} annotation, to attach diagnostics about the interface to
 * @param target what it reads and writes, or null if {@code problem} says why there is none
 * @param problem what is wrong with the interface itself, or null
 * @param tableMethod the abstract {@code table()} it declares (or inherits), or null
 * @param tableMethodProblem what is wrong with that declaration, or null
 * @param unresolved true if its signatures name a type that does not exist (yet)
 */
public record DaoModel(
    TypeElement element,
    Placed marker,
    DaoTarget target,
    DaoProblem problem,
    List<DaoMethod> methods,
    ExecutableElement tableMethod,
    DaoProblem tableMethodProblem,
    boolean unresolved) {

  public ClassName className() {
    return ClassName.get(element);
  }
}
