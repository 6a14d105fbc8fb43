package io.dynagen.processor.model.dao;

import io.dynagen.processor.model.AnnotationNames;
import io.dynagen.processor.model.Annotations;
import io.dynagen.processor.model.MappedClass;
import io.dynagen.processor.model.ModelBuilder;
import io.dynagen.processor.model.Placed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Builds the {@link DaoModel} of a {@code @Dao} interface from javax.lang.model only. */
public final class DaoModelBuilder {
  public static final String DAO = AnnotationNames.PACKAGE + ".Dao";
  static final String FILTER = AnnotationNames.PACKAGE + ".Filter";
  static final String USE_INDEX = AnnotationNames.PACKAGE + ".UseIndex";

  private final Elements elements;
  private final Types types;
  private final ModelBuilder modelBuilder;

  public DaoModelBuilder(Elements elements, Types types, ModelBuilder modelBuilder) {
    this.elements = elements;
    this.types = types;
    this.modelBuilder = modelBuilder;
  }

  /** The {@code @Table} class {@code @Dao(X.class)} names, or empty if it names none (yet). */
  public Optional<TypeElement> entityOf(TypeElement dao) {
    return Annotations.find(dao, DAO)
        .map(mirror -> Annotations.classValue(mirror, "value"))
        .filter(type -> type.getKind() == TypeKind.DECLARED)
        .map(type -> (TypeElement) type.asElement());
  }

  public DaoModel build(TypeElement dao) {
    AnnotationMirror mirror = Annotations.find(dao, DAO).orElseThrow();
    Placed marker = new Placed(dao, mirror);
    if (dao.getKind() != ElementKind.INTERFACE) {
      return new DaoModel(dao, marker, null, new DaoProblem.NotAnInterface(), List.of(), null, null, false);
    }
    DaoProblem shape = shapeProblem(dao);
    if (shape != null) {
      return new DaoModel(dao, marker, null, shape, List.of(), null, null, false);
    }
    TypeElement entity = entityOf(dao).orElse(null);
    if (entity == null) {
      return new DaoModel(dao, marker, null, null, List.of(), null, null, true);
    }
    if (!Annotations.has(entity, AnnotationNames.TABLE)) {
      return new DaoModel(dao, marker, null, new DaoProblem.EntityNotTable(entity.asType()), List.of(), null, null, false);
    }
    MappedClass table = modelBuilder.build(entity, MappedClass.Kind.TABLE);
    DaoTarget target = DaoTarget.OneClassTable.of(table);
    DaoPlanner planner = new DaoPlanner(types, target, type -> modelBuilder.build(type, MappedClass.Kind.PROJECTION));
    DeclaredType daoType = (DeclaredType) dao.asType();
    List<DaoMethod> methods = new ArrayList<>();
    ExecutableElement tableMethod = null;
    DaoProblem tableMethodProblem = null;
    boolean unresolved = false;
    String expectedTable = tableClassName(entity);
    for (ExecutableElement method : abstractMethods(dao)) {
      ExecutableType type = (ExecutableType) types.asMemberOf(daoType, method);
      List<DaoPlan.Param> params = new ArrayList<>();
      List<Boolean> filters = new ArrayList<>();
      for (int i = 0; i < method.getParameters().size(); i++) {
        VariableElement parameter = method.getParameters().get(i);
        params.add(new DaoPlan.Param(parameter.getSimpleName().toString(), type.getParameterTypes().get(i)));
        filters.add(Annotations.has(parameter, FILTER));
      }
      TypeMirror missing = missingType(type);
      if (missing != null) {
        unresolved = true;
        methods.add(new DaoMethod(method, params, type.getReturnType(), null, new DaoProblem.UnresolvedType(missing)));
        continue;
      }
      if (method.getSimpleName().contentEquals("table") && params.isEmpty()) {
        tableMethod = method;
        if (!(type.getReturnType() instanceof DeclaredType declared)
            || !((TypeElement) declared.asElement()).getQualifiedName().contentEquals(expectedTable)) {
          tableMethodProblem = new DaoProblem.TableMethod(expectedTable);
        }
        continue;
      }
      String useIndex = Annotations.find(method, USE_INDEX)
          .map(index -> Annotations.stringValue(index, "value")).orElse(null);
      DaoPlanner.Outcome outcome = planner.plan(method.getSimpleName().toString(), params, filters,
          type.getReturnType(), useIndex);
      methods.add(new DaoMethod(method, List.copyOf(params), type.getReturnType(), outcome.plan(), outcome.problem()));
    }
    return new DaoModel(dao, marker, target, null, List.copyOf(methods), tableMethod, tableMethodProblem, unresolved);
  }

  /** Why generated code could not implement the interface, or null if it can. */
  private static DaoProblem shapeProblem(TypeElement dao) {
    for (Element e = dao; e instanceof TypeElement; e = e.getEnclosingElement()) {
      if (e.getModifiers().contains(Modifier.PRIVATE)) {
        return new DaoProblem.InterfaceShape("is private (or nested in a private type)", "make it package-private or public");
      }
    }
    if (!dao.getTypeParameters().isEmpty()) {
      return new DaoProblem.InterfaceShape("is generic", "give the type arguments in a @Dao interface that extends it "
          + "(interface UserDao extends Repository<User>), and put @Dao on that one");
    }
    return null;
  }

  /**
   * The abstract methods of the interface and those it inherits, in declaration order (the
   * interface's own first, then each super-interface's): default and static ones are the user's,
   * and an inherited method a nearer one overrides is left out.
   */
  private List<ExecutableElement> abstractMethods(TypeElement dao) {
    List<ExecutableElement> declared = new ArrayList<>();
    collectMethods(dao, dao, declared);
    List<ExecutableElement> methods = new ArrayList<>();
    for (ExecutableElement method : declared) {
      if (method.getModifiers().contains(Modifier.ABSTRACT)) {
        methods.add(method);
      }
    }
    return methods;
  }

  private void collectMethods(TypeElement type, TypeElement dao, List<ExecutableElement> methods) {
    for (Element member : type.getEnclosedElements()) {
      if (member.getKind() != ElementKind.METHOD || member.getModifiers().contains(Modifier.STATIC)) {
        continue;
      }
      ExecutableElement method = (ExecutableElement) member;
      boolean overridden = false;
      for (ExecutableElement nearer : methods) {
        overridden |= elements.overrides(nearer, method, dao);
      }
      if (!overridden && !methods.contains(method)) {
        methods.add(method);
      }
    }
    for (TypeMirror superinterface : type.getInterfaces()) {
      if (types.asElement(superinterface) instanceof TypeElement parent) {
        collectMethods(parent, dao, methods);
      }
    }
  }

  /** The generated table's qualified name: {@code p.Outer_UserTable} for {@code p.Outer.User}. */
  private String tableClassName(TypeElement entity) {
    String packageName = elements.getPackageOf(entity).getQualifiedName().toString();
    List<String> names = new ArrayList<>();
    for (Element e = entity; e instanceof TypeElement; e = e.getEnclosingElement()) {
      names.add(0, e.getSimpleName().toString());
    }
    String simple = String.join("_", names) + "Table";
    return packageName.isEmpty() ? simple : packageName + "." + simple;
  }

  /** The first type in the signature that does not exist (yet), or null. */
  private static TypeMirror missingType(ExecutableType type) {
    TypeMirror missing = missingType(type.getReturnType());
    for (TypeMirror parameter : type.getParameterTypes()) {
      missing = missing != null ? missing : missingType(parameter);
    }
    return missing;
  }

  private static TypeMirror missingType(TypeMirror type) {
    if (type.getKind() == TypeKind.ERROR) {
      return type;
    }
    if (type instanceof ArrayType array) {
      return missingType(array.getComponentType());
    }
    if (type instanceof DeclaredType declared) {
      for (TypeMirror argument : declared.getTypeArguments()) {
        TypeMirror missing = missingType(argument);
        if (missing != null) {
          return missing;
        }
      }
    }
    return null;
  }
}
