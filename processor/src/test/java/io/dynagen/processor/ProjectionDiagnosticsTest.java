package io.dynagen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.dynagen.processor.Dynagen.assertOnlyError;
import static io.dynagen.processor.Dynagen.compile;

import org.junit.jupiter.api.Test;

/** The rules about index projections ({@code projection} and {@code include} of the index annotations). */
class ProjectionDiagnosticsTest {

  @Test
  void includeWithoutAttributes() {
    TestSource user = TestSource.of("User",
        "@Table",
        "public record User(",
        "    @PartitionKey String name,",
        "    @IndexPartitionKey(value = \"by-email\", projection = Projection.INCLUDE) String email) {} // <-");
    assertOnlyError(compile(user), user, "index-include-without-attributes",
        "@IndexPartitionKey on 'email' projects INCLUDE but names no attributes", "KEYS_ONLY or ALL");
  }

  @Test
  void attributesWithoutInclude() {
    TestSource user = TestSource.of("User",
        "@Table",
        "public record User(",
        "    @PartitionKey String name,",
        "    @SortKey String date,",
        "    @LocalIndexSortKey(value = \"by-age\", projection = Projection.KEYS_ONLY, include = \"email\") int age, // <-",
        "    String email) {}");
    assertOnlyError(compile(user), user, "index-attributes-without-include",
        "@LocalIndexSortKey on 'age' names attributes to include (email) but projects KEYS_ONLY",
        "projection = Projection.INCLUDE");
  }

  @Test
  void includedAttributeThatDoesNotExist() {
    TestSource user = TestSource.of("User",
        "@Table",
        "public record User(",
        "    @PartitionKey String name,",
        "    @IndexPartitionKey(value = \"by-email\", projection = Projection.INCLUDE, include = \"first_nam\") String email, // <-",
        "    @Attribute(\"first_name\") String firstName) {}");
    assertOnlyError(compile(user), user, "index-include-unknown-attribute",
        "includes attribute 'first_nam', which User does not have; did you mean 'first_name'?", "as they are stored");
  }

  @Test
  void validProjectionsCompileWithoutWarnings() {
    TestSource user = TestSource.of("User",
        "@Table",
        "public record User(",
        "    @PartitionKey String name,",
        "    @SortKey String date,",
        "    @IndexPartitionKey(value = \"by-email\", projection = Projection.INCLUDE, include = {\"age\"}) String email,",
        "    @LocalIndexSortKey(value = \"by-age\", projection = Projection.KEYS_ONLY) int age) {}");
    assertThat(compile(user).compilation()).succeededWithoutWarnings();
  }
}
