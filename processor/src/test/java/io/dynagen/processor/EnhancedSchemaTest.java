package io.dynagen.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The Enhanced Client schema is generated for the classes and builds that ask for it, and only
 * those need {@code dynamodb-enhanced} on their classpath: without it, a class that does not ask
 * compiles, and one that asks is an error on its {@code @Table}.
 */
class EnhancedSchemaTest {
  private static final TestSource ASKING = TestSource.of("User",
      "@Table(name = \"users\", enhancedSchema = true) // <-",
      "public record User(@PartitionKey String id, @Version long version, String name) {}");
  private static final TestSource NOT_ASKING = TestSource.of("Order",
      "@Table",
      "public record Order(@PartitionKey String id, @SortKey long number) {}");

  @Test
  void generatedForAClassThatAsks() {
    Compilation compilation = compile(List.of(), true, ASKING, NOT_ASKING);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.UserEnhancedSchema").contentsAsUtf8String()
        .contains("super(UserSchema.INSTANCE, List.of(\"id\", \"version\", \"name\"))");
    assertThat(generated(compilation)).doesNotContain("test.OrderEnhancedSchema");
  }

  @Test
  void generatedForEveryTableOfABuildThatAsks() {
    Compilation compilation = compile(List.of("-Adynagen.enhancedSchema=true"), true, ASKING, NOT_ASKING);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generated(compilation)).containsAtLeast("test.UserEnhancedSchema", "test.OrderEnhancedSchema");
  }

  @Test
  void notAskingNeedsNoEnhancedClient() {
    Compilation compilation = compile(List.of(), false, NOT_ASKING);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generated(compilation)).containsExactly("test.OrderSchema", "test.Order_", "test.OrderTable", "test.OrderAsyncTable");
  }

  @Test
  void askingWithoutTheEnhancedClientIsAnError() {
    Compilation compilation = compile(List.of(), false, ASKING);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[dynagen:enhanced-client-missing] User asks for an Enhanced Client"
            + " TableSchema (@Table(enhancedSchema = true))")
        .inFile(ASKING.file())
        .onLine(ASKING.markedLine());
    assertThat(compilation).hadErrorContaining(
        "add the dependency software.amazon.awssdk:dynamodb-enhanced, or remove enhancedSchema = true");
  }

  @Test
  void theOptionWithoutTheEnhancedClientIsAnError() {
    Compilation compilation = compile(List.of("-Adynagen.enhancedSchema=true"), false, NOT_ASKING);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[dynagen:enhanced-client-missing] Order asks for an Enhanced Client"
        + " TableSchema (-Adynagen.enhancedSchema=true)");
    assertThat(compilation).hadErrorContaining("or remove the option");
  }

  private static Compilation compile(List<String> options, boolean withEnhancedClient, TestSource... sources) {
    List<File> classpath = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (withEnhancedClient || !new File(entry).getName().startsWith("dynamodb-enhanced")) {
        classpath.add(new File(entry));
      }
    }
    List<JavaFileObject> files = new ArrayList<>();
    for (TestSource source : sources) {
      files.add(source.file());
    }
    return javac()
        .withProcessors(new DynagenProcessor())
        .withOptions(options)
        .withClasspath(classpath)
        .compile(files);
  }

  private static List<String> generated(Compilation compilation) {
    return compilation.generatedSourceFiles().stream()
        .map(file -> file.getName().replaceFirst("^/SOURCE_OUTPUT/", "").replace(".java", "").replace('/', '.'))
        .collect(Collectors.toList());
  }
}
