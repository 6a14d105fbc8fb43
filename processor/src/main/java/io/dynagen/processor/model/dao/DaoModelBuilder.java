package io.dynagen.processor.model.dao;

import io.dynagen.processor.model.AnnotationNames;
import io.dynagen.processor.model.Annotations;
import io.dynagen.processor.model.EntityModel;
import io.dynagen.processor.model.MappedClass;
import io.dynagen.processor.model.ModelBuilder;
import io.dynagen.processor.model.Placed;
import io.dynagen.processor.model.SingleTableModel;
import io.dynagen.processor.model.SingleTableModelBuilder;
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
  private final SingleTableModelBuilder singleTables;

  public DaoModelBuilder(Elements elements, Types types, ModelBuilder modelBuilder, SingleTableModelBuilder singleTables) {
    this.elements = elements;
    this.types = types;
    this.modelBuilder = modelBuilder;
    this.singleTables = singleTables;
  }

  /** The {@code @Table} class {@code @Dao(X.class)} names, or empty if it names none (yet). */
  public Optional<TypeElement> entityOf(TypeElement dao) {
    return Annotations.find(dao, DAO)
        .map(mirror -> Annotations.classValue(mirror, "value"))
        .filter(type -> type.getKind() == TypeKind.DECLARED)
        .map(type -> (TypeElement) type.asElement());
  }

  /**
   * The {@code @Table} class whose table the DAO of {@code entity} reads: the class itself, or for
   * an entity type of single-table design its sealed root.
   */
  public TypeElement tableOf(TypeElement entity) {
    if (Annotations.has(entity, AnnotationNames.TABLE)) {
      return entity;
    }
    return singleTables.rootOf(entity).orElse(entity);
  }

  /** What the DAO of {@code entity} targets, or null if it is no table, entity type or root. */
  private DaoTarget targetOf(TypeElement entity) {
    TypeElement table = tableOf(entity);
    if (!Annotations.has(table, AnnotationNames.TABLE)) {
      return null;
    }
    if (!singleTables.isSingleTableRoot(table)) {
      return DaoTarget.OneClassTable.of(modelBuilder.build(entity, MappedClass.Kind.TABLE));
    }
    SingleTableModel root = singleTables.build(table);
    if (table.equals(entity)) {
      return DaoTarget.Collections.of(root);
    }
    for (EntityModel model : root.entities()) {
      if (model.element().equals(entity)) {
        return DaoTarget.Entity.of(root, model);
      }
    }
    return null;
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
    DaoTarget target = targetOf(entity);
    if (target == null) {
      return new DaoModel(dao, marker, null, new DaoProblem.EntityNotTable(entity.asType()), List.of(), null, null, false);
    }
    Planner planner = plannerOf(target);
    DeclaredType daoType = (DeclaredType) dao.asType();
    List<DaoMethod> methods = new ArrayList<>();
    ExecutableElement tableMethod = null;
    DaoProblem tableMethodProblem = null;
    boolean unresolved = false;
    String expectedTable = tableClassName(target.tableClass());
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

  /** Plans one method of the DAO: the name, its parameters and which are {@code @Filter}, its return type and {@code @UseIndex}. */
  private interface Planner {
    DaoPlanner.Outcome plan(String name, List<DaoPlan.Param> params, List<Boolean> filters, TypeMirror returnType,
        String useIndex);
  }

  private Planner plannerOf(DaoTarget target) {
    if (target instanceof DaoTarget.OneClassTable table) {
      return new DaoPlanner(types, table, type -> modelBuilder.build(type, MappedClass.Kind.PROJECTION))::plan;
    }
    if (target instanceof DaoTarget.Entity entity) {
      return new SingleTablePlanner(types, entity)::plan;
    }
    return new SingleTablePlanner(types, (DaoTarget.Collections) target)::plan;
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
