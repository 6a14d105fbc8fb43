package io.dynagen.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** What Dynagen generates compiles without a single javac warning: users may build with -Werror. */
class GeneratedCodeLintTest {
  private static final String VALUE = "software.amazon.awssdk.services.dynamodb.model.AttributeValue";

  /** Models that use every kind of property, key and index Dynagen supports. */
  private static final List<TestSource> MODELS = List.of(
      TestSource.of("Plan", "public enum Plan { FREE, PAID }"),
      TestSource.of("Address",
          "@Document public record Address(String street, String city, Optional<String> zip) {}"),
      TestSource.of("Money",
          "public record Money(long cents) {}"),
      TestSource.of("MoneyConverter",
          "public class MoneyConverter implements io.dynagen.runtime.AttributeConverter<Money> {",
          "  public " + VALUE + " toAttributeValue(Money v) { return " + VALUE + ".fromN(Long.toString(v.cents())); }",
          "  public Money fromAttributeValue(" + VALUE + " v) { return new Money(Long.parseLong(v.n())); }",
          "}"),
      TestSource.of("User",
          "@Table(name = \"users\", enhancedSchema = true)",
          "public class User {",
          "  @PartitionKey private String name;",
          "  @SortKey @Attribute(\"created_at\") private java.time.Instant created;",
          "  @IndexPartitionKey(\"by-plan\") @LocalIndexSortKey(\"by-age\") public int rank;",
          "  public Plan plan;",
          "  @IndexSortKey(\"by-plan\") public int age;",
          "  @Version public Long version;",
          "  @AutoTimestamp(AutoTimestamp.When.CREATE) public java.time.Instant joined;",
          "  @AutoTimestamp public java.time.Instant seen;",
          "  @GeneratedUuid public String reference;",
          "  @AtomicCounter(start = 10, delta = 2) public long logins;",
          "  @Ttl public java.time.Instant expiresAt;",
          "  public boolean active;",
          "  public java.math.BigDecimal balance;",
          "  public byte[] avatar;",
          "  public java.time.Duration session;",
          "  public UUID id;",
          "  public Map<String, Address> addresses;",
          "  public Map<Plan, List<Integer>> history;",
          "  public Set<String> tags;",
          "  public Set<Long> scores;",
          "  public List<Address> previous;",
          "  @Convert(MoneyConverter.class) public Money credit;",
          "  @Ignore public String cache;",
          "  public String getName() { return name; }",
          "  public void setName(String name) { this.name = name; }",
          "  public java.time.Instant getCreated() { return created; }",
          "  public void setCreated(java.time.Instant created) { this.created = created; }",
          "}"),
      TestSource.of("Order",
          "@Table public record Order(",
          "    @PartitionKey UUID id,",
          "    @SortKey long number,",
          "    Optional<Address> shipTo,",
          "    List<Optional<String>> notes,",
          "    char grade,",
          "    double weight) {}"));

  @Test
  void generatedCodeHasNoLintWarnings() {
    // First, with the processor. -Xlint:processing is left out, and only it: javac warns that
    // no processor claimed the Dynagen annotations, which is deliberate (Dynagen never claims
    // them, so that other processors see them too), and is about the build, not the code.
    Compilation generating = javac()
        .withProcessors(new DynagenProcessor())
        .withOptions("-Xlint:all,-processing", "-Werror")
        .compile(files());
    assertThat(generating).succeededWithoutWarnings();
    assertThat(generating.generatedSourceFiles()).isNotEmpty();

    // Then the generated sources again, with the models, without any processor: every lint on.
    List<JavaFileObject> all = new ArrayList<>(List.of(files()));
    all.addAll(generating.generatedSourceFiles());
    Compilation plain = javac()
        .withOptions("-Xlint:all", "-Werror", "-proc:none")
        .compile(all);
    assertThat(plain).succeededWithoutWarnings();
  }

  private static JavaFileObject[] files() {
    return MODELS.stream().map(TestSource::file).toArray(JavaFileObject[]::new);
  }
}
