package io.dynagen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.dynagen.processor.Dynagen.assertOnlyError;
import static io.dynagen.processor.Dynagen.compile;

import org.junit.jupiter.api.Test;

/** The rules about the annotated class: its shape, its constructor, its names. */
class ClassDiagnosticsTest {

  @Test
  void tableOnInterface() {
    TestSource user = TestSource.of("User",
        "@Table // <-",
        "public interface User { @PartitionKey String getName(); }");
    assertOnlyError(compile(user), user, "not-a-class", "interface User", "on a class or a record");
  }

  @Test
  void documentOnAnnotationType() {
    TestSource address = TestSource.of("Address",
        "@Document // <-",
        "public @interface Address {}");
    assertOnlyError(compile(address), address, "not-a-class", "@Document", "annotation type Address");
  }

  @Test
  void tableOnEnum() {
    TestSource plan = TestSource.of("Plan",
        "@Table // <-",
        "public enum Plan { FREE, PAID }");
    assertOnlyError(compile(plan), plan, "not-a-class", "enum Plan");
  }

  @Test
  void abstractTable() {
    TestSource user = TestSource.of("User",
        "@Table // <-",
        "public abstract class User { @PartitionKey public String name; }");
    assertOnlyError(compile(user), user, "abstract-class", "User", "make it concrete");
  }

  @Test
  void singleTableRootThatIsNotSealed() {
    TestSource shape = TestSource.of("Shape",
        "@Table",
        "@SingleTable // <-",
        "public abstract class Shape { public String id; }");
    assertOnlyError(compile(shape), shape, "sealed-hierarchy",
        "class Shape, which is not sealed", "declare it 'sealed' with a 'permits' clause");
  }

  @Test
  void privateNestedDocument() {
    TestSource outer = TestSource.of("Outer",
        "public class Outer {",
        "  @Document // <-",
        "  private static class Address { public String city; }",
        "}");
    assertOnlyError(compile(outer), outer, "private-class", "Address", "package-private or public");
  }

  @Test
  void innerTable() {
    TestSource outer = TestSource.of("Outer",
        "public class Outer {",
        "  @Table // <-",
        "  public class User { @PartitionKey public String name; }",
        "}");
    assertOnlyError(compile(outer), outer, "inner-class", "User", "declare it static");
  }

  @Test
  void genericTable() {
    TestSource user = TestSource.of("User",
        "@Table // <-",
        "public class User<T> { @PartitionKey public String name; }");
    assertOnlyError(compile(user), user, "generic-class", "generic (T)", "remove the type parameters");
  }

  /**
   * javac hands processors no local classes (they are not members of any element it gives out),
   * so Dynagen can neither generate for one nor report it: it compiles, with nothing generated.
   */
  @Test
  void localTableIsInvisibleToProcessors() {
    TestSource holder = TestSource.of("Holder",
        "public class Holder {",
        "  void method() {",
        "    @Table class User { @PartitionKey public String name; }",
        "  }",
        "}");
    Dynagen.Run run = compile(holder);
    assertThat(run.compilation()).succeededWithoutWarnings();
    com.google.common.truth.Truth.assertThat(run.created()).isEmpty();
  }

  @Test
  void beanWithoutUsableConstructor() {
    TestSource user = TestSource.of("User",
        "@Table // <-",
        "public class User {",
        "  @PartitionKey public String name;",
        "  private User() {}",
        "  public User(int unrelated) {}",
        "}");
    assertOnlyError(compile(user), user, "no-constructor",
        "User has no way to be created", "public no-arg constructor", "(name)");
  }

  @Test
  void invalidTableName() {
    TestSource user = TestSource.of("User",
        "@Table(name = \"users table\") // <-",
        "public record User(@PartitionKey String name) {}");
    assertOnlyError(compile(user), user, "invalid-table-name", "'users table'", "3 to 255 characters");
  }

  @Test
  void tooShortTableName() {
    TestSource user = TestSource.of("User",
        "@Table(name = \"u\") // <-",
        "public record User(@PartitionKey String name) {}");
    assertOnlyError(compile(user), user, "invalid-table-name", "shorter than 3 characters");
  }

  @Test
  void generatedNameTaken() {
    TestSource taken = TestSource.of("UserSchema",
        "public class UserSchema {}");
    TestSource user = TestSource.of("User",
        "@Table // <-",
        "public record User(@PartitionKey String name) {}");
    assertOnlyError(compile(user, taken), user, "name-clash", "generates UserSchema for User",
        "already exists");
  }
}
