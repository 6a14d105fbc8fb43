package io.dynagen.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The processor under Eclipse's compiler (ECJ: Eclipse's and VS Code's Java support) must
 * generate the same classes as under javac, and report the same errors on the same lines. ECJ's
 * javax.lang.model differs from javac's in many small ways (member order, error types, record
 * components, where it can place a message), which is what this catches.
 */
class EclipseCompilerTest {
  private static final Pattern TAG = Pattern.compile("\\[dynagen:([a-z-]+)]");

  @TempDir Path workDirectory;

  private static Compilation javac(TestSource... sources) {
    return Compiler.javac()
        .withProcessors(new DynagenProcessor())
        .compile(Arrays.stream(sources).map(TestSource::file).toArray(JavaFileObject[]::new));
  }

  @Test
  void generatesTheSameClassesAsJavac() {
    TestSource[] sources = {
        TestSource.of("Address",
            "@Document public record Address(String street, String city) {}"),
        TestSource.of("Plan", "public enum Plan { FREE, PAID }"),
        TestSource.of("User",
            "@Table(name = \"users\")",
            "public class User {",
            "  @PartitionKey private String name;",
            "  @SortKey @Attribute(\"created_at\") private java.time.Instant created;",
            "  @IndexPartitionKey(\"by-plan\") public Plan plan;",
            "  public Map<String, Address> addresses;",
            "  public Set<Integer> scores;",
            "  public String getName() { return name; }",
            "  public void setName(String name) { this.name = name; }",
            "  public java.time.Instant getCreated() { return created; }",
            "  public void setCreated(java.time.Instant created) { this.created = created; }",
            "}"),
        TestSource.of("Order",
            "@Table public record Order(@PartitionKey String id, List<Address> shipTo, Optional<Long> total) {}"),
        // A DAO: its table() names UserTable, which exists only from the second round on.
        TestSource.of("UserDao",
            "@Dao(User.class) public interface UserDao {",
            "  record Plans(String name, Plan plan) {}",
            "  UserTable table();",
            "  Optional<User> get(String name, java.time.Instant created);",
            "  List<User> findByNameOrderByCreatedDesc(String name);",
            "  io.dynagen.runtime.table.read.Page<Plans> findPlansByPlan(Plan plan, String cursor, int pageSize);",
            "  void save(User user);",
            // Projections into a generic record and a JavaBean, and a filter: read from ECJ's model too.
            "  record Named<T>(T name) {}",
            "  final class PlanBean {",
            "    private Plan plan;",
            "    public Plan getPlan() { return plan; }",
            "    public void setPlan(Plan plan) { this.plan = plan; }",
            "  }",
            "  List<Named<String>> findNamesByName(String name);",
            "  List<PlanBean> findPlanBeansByNameAndScoresContains(String name, @Filter Integer score);",
            "}")};
    Compilation byJavac = javac(sources);
    EclipseCompilation byEcj = EclipseCompilation.compile(workDirectory, sources);
    assertThat(byJavac).succeeded();
    assertThat(tagsAndLines(byEcj.diagnostics())).isEmpty();
    assertThat(byEcj.succeeded()).isTrue();
    assertThat(byEcj.generatedSources()).isEqualTo(contentsByName(byJavac));
    assertThat(byEcj.generatedSources()).isNotEmpty();
  }

  @Test
  void generatesTheSameSingleTableAsJavac() {
    TestSource[] sources = ShopModel.ALL.toArray(TestSource[]::new);
    Compilation byJavac = javac(sources);
    EclipseCompilation byEcj = EclipseCompilation.compile(workDirectory, sources);
    assertThat(byJavac).succeeded();
    assertThat(tagsAndLines(byEcj.diagnostics())).isEmpty();
    assertThat(byEcj.succeeded()).isTrue();
    assertThat(byEcj.generatedSources()).isEqualTo(contentsByName(byJavac));
    assertThat(byEcj.generatedSources()).containsKey("ShopItemTable.java");
  }

  /** A sample of the rules, over each kind of place a message goes. */
  static Stream<TestSource> faultyModels() {
    return Stream.of(
        TestSource.of("User",
            "@Table",
            "public class User { public String name; }"),
        TestSource.of("User",
            "@Table public record User(",
            "    @PartitionKey boolean active,",
            "    @SortKey String a,",
            "    @SortKey String b) {}"),
        TestSource.of("User",
            "@Table public class User {",
            "  @PartitionKey public String name;",
            "  public Object extra;",
            "  public List<?> tags;",
            "  public void setNickname(String nickname) {}",
            "  public static @Attribute(\"x\") String X;",
            "}"),
        TestSource.of("User",
            "@Table public class User {",
            "  @PartitionKey public String name;",
            "  @Attribute(\"mail\") private String email;",
            "  @Attribute(\"e_mail\")",
            "  public String getEmail() { return email; }",
            "  public void setEmail(String email) { this.email = email; }",
            "}"),
        TestSource.of("User",
            "@Table public record User(",
            "    @PartitionKey String name,",
            "    @Convert(String.class) Currency currency,",
            "    @IndexSortKey(\"by-age\") int age) {}"),
        TestSource.of("Outer",
            "public class Outer {",
            "  @Table class Inner { @PartitionKey public String id; }",
            "  @Document public interface Shape {}",
            "}"));
  }

  @ParameterizedTest
  @MethodSource("faultyModels")
  void reportsTheSameErrorsOnTheSameLinesAsJavac(TestSource model) {
    Compilation byJavac = javac(model);
    EclipseCompilation byEcj = EclipseCompilation.compile(workDirectory, model);
    assertThat(byJavac).failed();
    assertThat(byEcj.succeeded()).isFalse();
    assertThat(tagsAndLines(byJavac.errors())).isNotEmpty();
    assertThat(tagsAndLines(byEcj.diagnostics()))
        .containsExactlyElementsIn(tagsAndLines(byJavac.errors()));
    assertThat(byEcj.generatedSources()).isEmpty();
  }

  /**
   * ECJ 3.38 places no message on a record itself (its Messager knows classes, interfaces and
   * enums, not records: javax.lang.model's RECORD kind falls through to "no position"), so a
   * message about a whole record comes without file and line. It is still an error, so the build
   * fails as it should. (ECJ 3.46 is worse: it loses record fields' positions too.)
   */
  @Test
  void aMessageOnARecordItselfHasNoLineUnderEcj() {
    TestSource user = TestSource.of("User",
        "@Table",
        "public record User(String name) {}");
    assertThat(tagsAndLines(javac(user).errors())).containsExactly("missing-partition-key@User.java:4");
    EclipseCompilation byEcj = EclipseCompilation.compile(workDirectory, user);
    assertThat(byEcj.succeeded()).isFalse();
    assertThat(tagsAndLines(byEcj.diagnostics())).containsExactly("missing-partition-key@?:0");
  }

  /** Each Dynagen diagnostic as {@code tag@File.java:line}. */
  private static List<String> tagsAndLines(List<? extends Diagnostic<? extends JavaFileObject>> diagnostics) {
    List<String> found = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics) {
      Matcher tag = TAG.matcher(diagnostic.getMessage(null));
      if (tag.find()) {
        String file = diagnostic.getSource() == null ? "?" : new File(diagnostic.getSource().getName()).getName();
        found.add(tag.group(1) + "@" + file + ":" + diagnostic.getLineNumber());
      }
    }
    return found;
  }

  private static Map<String, String> contentsByName(Compilation compilation) {
    Map<String, String> contents = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      try {
        contents.put(new File(file.getName()).getName(), file.getCharContent(true).toString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return contents;
  }
}
