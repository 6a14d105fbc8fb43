package io.dynagen.processor.model.dao;

import io.dynagen.processor.model.AnnotationNames;
import io.dynagen.processor.model.ClassFacts;
import io.dynagen.processor.model.Construction;
import io.dynagen.processor.model.MappedClass;
import io.dynagen.processor.model.PathKind;
import io.dynagen.processor.model.Property;
import io.dynagen.processor.model.dao.DaoPlan.Projection;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Reads what a DAO method returns in place of its entity: a record, a JavaBean (no-arg
 * constructor and setters) or a class with a constructor of its properties, constructed by the
 * rules of {@code @Table} classes. Each of its properties must be the entity's property of the
 * same name and type; only those are read.
 */
final class ProjectionPlanner {
  private final Types types;
  private final ParamTypes paramTypes;
  private final MappedClass entity;
  private final Function<TypeElement, MappedClass> models;

  ProjectionPlanner(Types types, MappedClass entity, Function<TypeElement, MappedClass> models) {
    this.types = types;
    this.paramTypes = new ParamTypes(types);
    this.entity = entity;
    this.models = models;
  }

  /** A projection, or the problem; both null for the entity itself. */
  record Projected(Projection projection, DaoProblem problem) {}

  Projected project(TypeMirror element, TypeMirror returnType) {
    if (types.isSameType(element, entity.element().asType())) {
      return new Projected(null, null);
    }
    Element declared = types.asElement(element);
    if (!(element instanceof DeclaredType declaredType) || declared == null
        || (declared.getKind() != ElementKind.RECORD && declared.getKind() != ElementKind.CLASS)) {
      String name = entity.element().getSimpleName().toString();
      return failed(new DaoProblem.ReturnType(returnType, "a read",
          "of " + name + " or of a class (a record, a JavaBean, or a class with a constructor of its properties) "
              + "whose properties are properties of " + name));
    }
    MappedClass model = models.apply((TypeElement) declared);
    DaoProblem shape = shapeProblem(returnType, model);
    if (shape != null) {
      return failed(shape);
    }
    List<Property> read = new ArrayList<>();
    for (Property property : model.properties()) {
      Property source = entity.properties().stream().filter(p -> p.name().equals(property.name())).findFirst().orElse(null);
      if (source == null) {
        List<String> names = entity.properties().stream().map(Property::name).toList();
        return failed(new DaoProblem.ProjectionComponent(returnType, property.name(), names));
      }
      DaoProblem problem = propertyProblem(returnType, declaredType, property, source);
      if (problem != null) {
        return failed(problem);
      }
      read.add(source);
    }
    return new Projected(new Projection(element, model, List.copyOf(read)), null);
  }

  private static Projected failed(DaoProblem problem) {
    return new Projected(null, problem);
  }

  /** Why generated code cannot create the class at all, or null. */
  private static DaoProblem shapeProblem(TypeMirror returned, MappedClass model) {
    ClassFacts facts = model.facts();
    String fix = null;
    String reason = null;
    if (facts.isAbstract()) {
      reason = "it is abstract";
      fix = "return a concrete class";
    } else if (facts.isPrivate() || facts.isLocalOrAnonymous()) {
      reason = facts.isPrivate() ? "it is private" : "it is a local class";
      fix = "declare it package-private or public, at the top level or nested static";
    } else if (facts.isInnerNonStatic()) {
      reason = "it is an inner class, which needs an instance of its enclosing class";
      fix = "make it static";
    } else if (model.construction().kind() == Construction.Kind.NONE) {
      reason = "it has no constructor generated code can call";
      fix = "add a no-arg constructor and setters, or a constructor whose parameters are named as its properties";
    }
    return reason == null ? null : new DaoProblem.ProjectionClass(returned, reason, fix);
  }

  /** Why {@code property} of the projection cannot be set from {@code source} of the entity, or null. */
  private DaoProblem propertyProblem(TypeMirror returned, DeclaredType projection, Property property, Property source) {
    String name = property.name();
    String annotation = property.annotations().keySet().stream().sorted().findFirst().orElse(null);
    if (annotation != null) {
      String simple = annotation.substring(AnnotationNames.PACKAGE.length() + 1);
      return new DaoProblem.ProjectionClass(returned,
          "its property '" + name + "' carries @" + simple + ", which a projection does not read: how '" + name
              + "' is stored is said once, on " + entity.element().getSimpleName(),
          "remove @" + simple + " from the projection");
    }
    TypeMirror type = memberType(projection, property);
    // A primitive property fits its box (long into Long); the reverse would unbox a missing value.
    boolean fits = types.isSameType(type, source.javaType())
        || (source.javaType().getKind().isPrimitive() && types.isSameType(type, paramTypes.boxed(source.javaType())));
    if (!fits) {
      return new DaoProblem.ProjectionType(returned, name, type, source);
    }
    if (property.write() == null) {
      return new DaoProblem.ProjectionClass(returned, "its property '" + name + "' can be read but never set",
          "add a setter set" + MethodName.capitalize(name) + ", take '" + name + "' in the constructor, or mark it @Ignore");
    }
    if (PathKind.of(source.mapped()) == null) {
      return new DaoProblem.ProjectionClass(returned, "property '" + name + "' of " + entity.element().getSimpleName()
              + " has no metamodel path (an Optional or an enum-keyed map inside a collection), so no ProjectionExpression can name it",
          "return " + entity.element().getSimpleName() + " itself, or leave '" + name + "' out");
    }
    return null;
  }

  /** The property's type as the returned type sees it: {@code Long} for {@code T} of {@code Summary<Long>}. */
  private TypeMirror memberType(DeclaredType projection, Property property) {
    Element element = property.element();
    if (element.getKind() == ElementKind.RECORD_COMPONENT) {
      element = ((javax.lang.model.element.RecordComponentElement) element).getAccessor();
    }
    TypeMirror member = types.asMemberOf(projection, element);
    return member instanceof ExecutableType method
        ? (method.getParameterTypes().isEmpty() ? method.getReturnType() : method.getParameterTypes().get(0))
        : member;
  }
}
