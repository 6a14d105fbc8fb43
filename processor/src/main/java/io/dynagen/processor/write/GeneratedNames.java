package io.dynagen.processor.write;

import com.palantir.javapoet.ClassName;
import javax.lang.model.element.TypeElement;

/**
 * The names of the classes generated for a mapped class: {@code UserSchema}, {@code UserTable},
 * {@code User_} (and {@code UserEnhancedSchema} if asked for), in the class's package, and
 * {@code UserDaoImpl} for a {@code @Dao UserDao}. A nested class's enclosing names come first,
 * joined by {@code _}: {@code Outer.User} gives {@code Outer_UserSchema}.
 */
public final class GeneratedNames {
  private GeneratedNames() {}

  public static ClassName schema(TypeElement element) {
    return sibling(element, "Schema");
  }

  public static ClassName table(TypeElement element) {
    return sibling(element, "Table");
  }

  public static ClassName enhancedSchema(TypeElement element) {
    return sibling(element, "EnhancedSchema");
  }

  public static ClassName asyncTable(TypeElement element) {
    return sibling(element, "AsyncTable");
  }

  public static ClassName metamodel(TypeElement element) {
    return sibling(element, "_");
  }

  /** The implementation of a {@code @Dao} interface: {@code UserDao} gives {@code UserDaoImpl}. */
  public static ClassName daoImplementation(TypeElement dao) {
    return sibling(dao, "Impl");
  }

  private static ClassName sibling(TypeElement element, String suffix) {
    ClassName name = ClassName.get(element);
    return ClassName.get(name.packageName(), String.join("_", name.simpleNames()) + suffix);
  }
}
