package io.dynagen.processor.check;

import static io.dynagen.processor.check.Names.simpleName;

import io.dynagen.processor.model.ClassFacts;
import io.dynagen.processor.model.Construction;
import io.dynagen.processor.model.MappedClass;
import io.dynagen.processor.model.Placed;
import io.dynagen.processor.model.Property;
import java.util.ArrayList;
import java.util.List;

/** The rules about the annotated class itself: its shape, how it is created, its table name. */
final class ClassRules {
  private final Reporter reporter;

  ClassRules(Reporter reporter) {
    this.reporter = reporter;
  }

  /**
   * Reports a class that generated code cannot use; returns false if so, and then its
   * properties are not examined (their messages would only be noise).
   */
  boolean checkShape(MappedClass model) {
    ClassFacts facts = model.facts();
    Placed marker = model.marker();
    String annotation = model.markerName();
    String name = simpleName(model);
    switch (facts.shape()) {
      case INTERFACE:
        reporter.report(Message.NOT_A_CLASS, marker, annotation, "interface " + name);
        return false;
      case ANNOTATION:
        reporter.report(Message.NOT_A_CLASS, marker, annotation, "annotation type " + name);
        return false;
      case ENUM:
        reporter.report(Message.NOT_A_CLASS, marker, annotation, "enum " + name);
        return false;
      default:
        break;
    }
    if (facts.isLocalOrAnonymous()) {
      reporter.report(Message.LOCAL_CLASS, marker, annotation);
      return false;
    }
    boolean ok = true;
    if (facts.isAbstract()) {
      // A sealed one would name all its subclasses, but the writers cannot map them yet.
      if (facts.isSealed()) {
        reporter.report(Message.SEALED_HIERARCHY, marker, annotation, name, annotation);
      } else {
        reporter.report(Message.ABSTRACT_CLASS, marker, annotation, name);
      }
      ok = false;
    }
    if (facts.isPrivate()) {
      reporter.report(Message.PRIVATE_CLASS, marker, annotation, name);
      ok = false;
    }
    if (facts.isInnerNonStatic()) {
      reporter.report(Message.INNER_CLASS, marker, annotation, name);
      ok = false;
    }
    if (facts.isGeneric()) {
      reporter.report(Message.GENERIC_CLASS, marker, annotation, name,
          model.element().getTypeParameters().toString());
      ok = false;
    }
    return ok;
  }

  void checkConstruction(MappedClass model) {
    if (model.construction().kind() != Construction.Kind.NONE) {
      return;
    }
    List<String> names = new ArrayList<>();
    for (Property property : model.properties()) {
      names.add(property.name());
    }
    reporter.report(Message.NO_CONSTRUCTOR, model.marker(), simpleName(model), String.join(", ", names));
  }

  void checkTableName(MappedClass model) {
    String problem = Names.tableOrIndexNameProblem(model.tableName());
    if (problem != null) {
      reporter.report(Message.INVALID_TABLE_NAME, model.marker(), model.tableName(), problem);
    }
  }
}
