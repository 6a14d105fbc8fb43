package io.dynagen.processor.model.dao;

import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeMirror;

/**
 * One abstract method of a DAO interface, with its types as seen from the DAO (a generic
 * super-interface's {@code T} resolved), and either its plan or its problem.
 *
 * @param plan what it becomes, or null if it has a problem
 * @param problem why it cannot be implemented, or null
 */
public record DaoMethod(
    ExecutableElement element, List<DaoPlan.Param> params, TypeMirror returnType, DaoPlan plan, DaoProblem problem) {

  public String name() {
    return element.getSimpleName().toString();
  }
}
