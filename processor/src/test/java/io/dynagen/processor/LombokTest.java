package io.dynagen.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Lombok and Dynagen on one processor path, in either order: Lombok adds the accessors and
 * constructors to the syntax tree while processors run, so a class Dynagen sees before Lombok
 * has run is put off to the next round rather than reported.
 */
class LombokTest {
  private static final TestSource VALUE = TestSource.of("Customer",
      "@Table @lombok.Value @lombok.Builder",
      "public class Customer {",
      "  @PartitionKey String id;",
      "  String name;",
      "  int visits;",
      "}");
  private static final TestSource DATA = TestSource.of("Account",
      "@Table @lombok.Data",
      "public class Account {",
      "  @PartitionKey private String id;",
      "  @Attribute(\"bal\") private long balance;",
      "  private boolean active;",
      "  private Address address;",
      "}");
  private static final TestSource DOCUMENT = TestSource.of("Address",
      "@Document @lombok.Data @lombok.NoArgsConstructor @lombok.AllArgsConstructor",
      "public class Address {",
      "  private String city;",
      "  private int zipcode;",
      "}");
  private static final TestSource BUILDER = TestSource.of("Ticket",
      "@Table @lombok.Getter @lombok.Builder",
      "public class Ticket {",
      "  @PartitionKey private final String event;",
      "  @SortKey private final int seat;",
      "  private final String holder;",
      "}");

  /** Lombok's processors, found as javac finds them (their classes are not public). */
  private static List<Processor> lombok() {
    List<Processor> lombok = new ArrayList<>();
    for (Processor processor : ServiceLoader.load(Processor.class)) {
      if (processor.getClass().getName().startsWith("lombok.")) {
        lombok.add(processor);
      }
    }
    assertThat(lombok).isNotEmpty();
    return lombok;
  }

  private static Compilation compile(boolean lombokFirst, TestSource... sources) {
    List<Processor> processors = new ArrayList<>(lombok());
    processors.add(lombokFirst ? processors.size() : 0, new DynagenProcessor());
    return javac()
        .withProcessors(processors)
        .withOptions("-Xlint:all", "-Xlint:-processing")
        .compile(java.util.Arrays.stream(sources).map(TestSource::file).toArray(JavaFileObject[]::new));
  }

  private static String generated(Compilation compilation, String name) throws IOException {
    return compilation.generatedSourceFile(name).orElseThrow(() -> new AssertionError(name + " not generated"))
        .getCharContent(true).toString();
  }

  @ParameterizedTest(name = "Lombok first: {0}")
  @ValueSource(booleans = {true, false})
  void valueDataAndBuilderClassesAreMappedThroughWhatLombokGenerates(boolean lombokFirst) throws IOException {
    Compilation compilation = compile(lombokFirst, VALUE, DATA, DOCUMENT, BUILDER);
    assertThat(compilation).succeededWithoutWarnings();
    String customer = generated(compilation, "test.CustomerSchema");
    assertThat(customer).contains("new Customer(");
    assertThat(customer).contains(".getName()");
    String account = generated(compilation, "test.AccountSchema");
    assertThat(account).contains(".setBalance(");
    assertThat(account).contains(".isActive()");
    assertThat(generated(compilation, "test.AddressSchema")).contains(".setZipcode(");
    String ticket = generated(compilation, "test.TicketSchema");
    assertThat(ticket).contains("new Ticket(");
    assertThat(ticket).contains(".getHolder()");
    generated(compilation, "test.TicketTable");
    generated(compilation, "test.Account_");
  }

  @ParameterizedTest(name = "Lombok first: {0}")
  @ValueSource(booleans = {true, false})
  void whatLombokDoesNotGenerateIsStillReportedOnce(boolean lombokFirst) {
    TestSource user = TestSource.of("User",
        "@Table @lombok.Getter",
        "public class User {",
        "  @PartitionKey private String name;",
        "  private int visits; // <-",
        "  public User(String name) { this.name = name; }",
        "}");
    Compilation compilation = compile(lombokFirst, user);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[dynagen:unwritable-property] Property 'visits' of User")
        .inFile(user.file())
        .onLine(user.markedLine());
  }

  @ParameterizedTest(name = "Lombok first: {0}")
  @ValueSource(booleans = {true, false})
  void aBuilderWithoutGettersLeavesNothingToReadAPropertyWith(boolean lombokFirst) {
    TestSource solo = TestSource.of("Solo",
        "@Table @lombok.Builder",
        "public class Solo {",
        "  @PartitionKey private final String id; // <-",
        "}");
    Compilation compilation = compile(lombokFirst, solo);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[dynagen:unreadable-property] Property 'id' of Solo")
        .inFile(solo.file())
        .onLine(solo.markedLine());
  }
}
