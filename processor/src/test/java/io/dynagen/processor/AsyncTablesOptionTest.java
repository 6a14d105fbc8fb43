package io.dynagen.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code -Adynagen.asyncTables=false} leaves out every {@code XAsyncTable} and nothing else; a
 * value other than true or false is an error, never read as either.
 */
class AsyncTablesOptionTest {
  private static final TestSource ORDER = TestSource.of("Order",
      "@Table",
      "public record Order(@PartitionKey String id, @SortKey long number,",
      "    @IndexPartitionKey(\"by_customer\") String customer) {}");

  @Test
  void byDefaultEveryTableGetsItsAsyncAccessor() {
    Compilation compilation = compile();
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generated(compilation))
        .containsExactly("test.OrderSchema", "test.Order_", "test.OrderTable", "test.OrderAsyncTable");
  }

  @Test
  void falseLeavesOutTheAsyncAccessorsOnly() {
    Compilation compilation = compile("-Adynagen.asyncTables=false", "-Xlint:all,-processing");
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generated(compilation)).containsExactly("test.OrderSchema", "test.Order_", "test.OrderTable");
  }

  @Test
  void trueIsTheDefault() {
    Compilation compilation = compile("-Adynagen.asyncTables=TRUE");
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generated(compilation)).contains("test.OrderAsyncTable");
  }

  @Test
  void anyOtherValueIsAnError() {
    assertBadOption("-Adynagen.asyncTables=no");
  }

  @Test
  void theOptionWithoutAValueIsAnErrorNotTheDefault() {
    assertBadOption("-Adynagen.asyncTables");
  }

  /** The option as given fails the build with bad-option, quoting it as -Adynagen.asyncTables=VALUE. */
  private static void assertBadOption(String option) {
    Compilation compilation = compile(option);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    String shown = option.contains("=") ? option : option + "=";
    assertThat(compilation).hadErrorContaining("[dynagen:bad-option] The processor option " + shown
        + " has a value Dynagen does not know; give true (the default) or false");
  }

  private static Compilation compile(String... options) {
    return javac().withProcessors(new DynagenProcessor()).withOptions(List.of(options)).compile(ORDER.file());
  }

  private static List<String> generated(Compilation compilation) {
    return compilation.generatedSourceFiles().stream()
        .map(file -> file.getName().replaceFirst("^/SOURCE_OUTPUT/", "").replace(".java", "").replace('/', '.'))
        .collect(Collectors.toList());
  }
}
