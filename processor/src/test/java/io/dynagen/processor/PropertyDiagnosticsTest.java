package io.dynagen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.dynagen.processor.Dynagen.assertOnlyError;
import static io.dynagen.processor.Dynagen.compile;
import static com.google.common.truth.Truth.assertThat;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

/** The rules about properties: access, accessors, types, attribute names, versions. */
class PropertyDiagnosticsTest {

  @Test
  void setterWithoutGetter() {
    TestSource user = TestSource.of("User",
        "@Table",
        "public class User {",
        "  @PartitionKey public String name;",
        "  public void setNickname(String nickname) {} // <-",
        "}");
    assertOnlyError(compile(user), user, "unreadable-property",
        "'nickname'", "written but not read back", "getNickname()");
  }

  @Test
  void privateFieldWithoutAccessorsIsAnErrorNotASilentLoss() {
    TestSource user = TestSource.of("User",
        "@Table",
        "public class User {",
        "  @PartitionKey public String name;",
        "  private long loginCount; // <-",
        "}");
    assertOnlyError(compile(user), user, "inaccessible-field",
        "Field 'loginCount' of User is private", "neither store nor load it",
        "getLoginCount() and setLoginCount(long)", "non-private", "@Ignore");
  }

  @Test
  void annotatedPrivateFieldWithoutAccessorsGetsOneError() {
    TestSource user = TestSource.of("User",
        "@Table",
        "public class User {",
        "  @PartitionKey public String name;",
        "  @Attribute(\"mail\") private String email; // <-",
        "}");
    Dynagen.Run run = compile(user);
    assertOnlyError(run, user, "inaccessible-field", "'email'", "getEmail() and setEmail(java.lang.String)");
    assertThat(run.compilation().errors().toString()).doesNotContain("unreadable-property");
    assertThat(run.compilation().errors().toString()).doesNotContain("unwritable-property");
  }

  @Test
  void privateStateMarkedIgnoreOrTransientOrInheritedIsLeftOutQuietly() {
    TestSource base = TestSource.of("Base",
        "public class Base {",
        "  private int internalState;",
        "}");
    TestSource user = TestSource.of("User",
        "@Table",
        "public class User extends Base {",
        "  @PartitionKey public String name;",
        "  @Ignore private Object lock = new Object();",
        "  private transient int cachedHash;",
        "}");
    Compilation compilation = compile(base, user).compilation();
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void getterWithoutSetter() {
    TestSource user = TestSource.of("User",
        "@Table",
        "public class User {",
        "  @PartitionKey public String name;",
        "  public int getAge() { return 3; } // <-",
        "}");
    assertOnlyError(compile(user), user, "unwritable-property",
        "'age'", "read but never written", "setAge(int)", "constructor", "@Ignore");
  }

  @Test
  void finalFieldNotInConstructor() {
    TestSource user = TestSource.of("User",
        "@Table",
        "public class User {",
        "  @PartitionKey public final String name;",
        "  public final String email = \"\"; // <-",
        "  public User(String name) { this.name = name; }",
        "}");
    assertOnlyError(compile(user), user, "unwritable-property", "'email'", "setEmail(java.lang.String)");
  }

  @Test
  void isAndGetGetters() {
    TestSource user = TestSource.of("User",
        "@Table",
        "public class User {",
        "  @PartitionKey public String name;",
        "  private boolean active;",
        "  public boolean getActive() { return active; }",
        "  public boolean isActive() { return active; } // <-",
        "  public void setActive(boolean active) { this.active = active; }",
        "}");
    assertOnlyError(compile(user), user, "ambiguous-getters", "'active'", "getActive() and isActive()");
  }

  @Test
  void fieldAndGetterDisagree() {
    TestSource user = TestSource.of("User",
        "@Table",
        "public class User {",
        "  @PartitionKey public String name;",
        "  @Attribute(\"mail\") private String email;",
        "  @Attribute(\"e_mail\") // <-",
        "  public String getEmail() { return email; }",
        "  public void setEmail(String email) { this.email = email; }",
        "}");
    assertOnlyError(compile(user), user, "conflicting-annotations",
        "@Attribute on 'email' disagrees with the one on its field", "\"mail\"", "\"e_mail\"");
  }

  @Test
  void objectProperty() {
    TestSource user = TestSource.of("User",
        "@Table",
        "public record User(",
        "    @PartitionKey String name,",
        "    Object extra) {} // <-");
    assertOnlyError(compile(user), user, "unsupported-type",
        "'extra'", "java.lang.Object", "@Convert", "AttributeConverter<java.lang.Object>");
  }

  @Test
  void rawList() {
    TestSource user = TestSource.of("User",
        "@Table",
        "public record User(",
        "    @PartitionKey String name,",
        "    @SuppressWarnings(\"rawtypes\") List tags) {} // <-");
    assertOnlyError(compile(user), user, "unsupported-type", "'tags'", "raw or wildcard", "List<String>");
  }

  @Test
  void wildcardList() {
    TestSource user = TestSource.of("User",
        "@Table",
        "public record User(",
        "    @PartitionKey String name,",
        "    List<?> tags) {} // <-");
    assertOnlyError(compile(user), user, "unsupported-type", "'tags'", "java.util.List<?>", "raw or wildcard");
  }

  @Test
  void mapWithIntegerKeys() {
    TestSource user = TestSource.of("User",
        "@Table",
        "public record User(",
        "    @PartitionKey String name,",
        "    Map<Integer, String> scores) {} // <-");
    assertOnlyError(compile(user), user, "unsupported-type",
        "'scores'", "map keys must be String or an enum, not java.lang.Integer");
  }

  @Test
  void libraryClass() {
    TestSource user = TestSource.of("User",
        "@Table",
        "public record User(",
        "    @PartitionKey String name,",
        "    java.net.URI homepage) {} // <-");
    assertOnlyError(compile(user), user, "unsupported-type", "'homepage'", "java.net.URI",
        "@Convert(YourConverter.class)");
  }

  @Test
  void classThatOnlyLacksDocument() {
    TestSource address = TestSource.of("Address",
        "public record Address(String city) {}");
    TestSource user = TestSource.of("User",
        "@Table",
        "public record User(",
        "    @PartitionKey String name,",
        "    List<Address> addresses) {} // <-");
    assertOnlyError(compile(user, address), user, "missing-document",
        "'addresses'", "did you mean to annotate test.Address with @Document");
  }

  @Test
  void twoPropertiesOneAttribute() {
    TestSource user = TestSource.of("User",
        "@Table",
        "public record User(",
        "    @PartitionKey String name,",
        "    @Attribute(\"name\") String nickname) {} // <-");
    assertOnlyError(compile(user), user, "duplicate-attribute",
        "'name' is used by both 'name' and 'nickname'", "another @Attribute name");
  }

  @Test
  void emptyAttributeName() {
    TestSource user = TestSource.of("User",
        "@Table",
        "public record User(",
        "    @PartitionKey String name,",
        "    @Attribute(\"\") String email) {} // <-");
    assertOnlyError(compile(user), user, "invalid-attribute-name", "'email'", "empty", "non-empty name");
  }

  @Test
  void keyAttributeNameOver255Bytes() {
    String longName = "k".repeat(256);
    TestSource user = TestSource.of("User",
        "@Table",
        "public record User(",
        "    @PartitionKey @Attribute(\"" + longName + "\") String name) {} // <-");
    assertOnlyError(compile(user), user, "invalid-attribute-name", "256 bytes long", "at most 255 bytes");
  }

  @Test
  void versionOfWrongType() {
    TestSource user = TestSource.of("User",
        "@Table",
        "public record User(",
        "    @PartitionKey String name,",
        "    @Version String version) {} // <-");
    assertOnlyError(compile(user), user, "invalid-version", "'version'", "long, int, Long or Integer");
  }

  @Test
  void twoVersions() {
    TestSource user = TestSource.of("User",
        "@Table",
        "public record User(",
        "    @PartitionKey String name,",
        "    @Version long first,",
        "    @Version long second) {} // <-");
    assertOnlyError(compile(user), user, "duplicate-version", "first and second");
  }

  @Test
  void attributeOnStaticField() {
    TestSource user = TestSource.of("User",
        "@Table",
        "public class User {",
        "  @PartitionKey public String name;",
        "  @Attribute(\"created\") public static long CREATED; // <-",
        "  @Ignore public static long IGNORED_ANYWAY;",
        "}");
    assertOnlyError(compile(user), user, "static-member", "static field 'CREATED'", "instance field");
  }

  @Test
  void transientFieldIsSkippedWithOneWarning() {
    TestSource user = TestSource.of("User",
        "@Table",
        "public class User {",
        "  @PartitionKey public String name;",
        "  public transient String session; // <-",
        "  private transient int cachedHash;",
        "}");
    Compilation compilation = compile(user).compilation();
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation).hadWarningContaining("[dynagen:transient-field]")
        .inFile(user.file())
        .onLine(user.markedLine());
    assertThat(compilation).hadWarningContaining("mark it @Ignore");
  }
}
