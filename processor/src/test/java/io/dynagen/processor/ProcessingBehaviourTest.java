package io.dynagen.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.dynagen.processor.Dynagen.compile;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Processor;
import javax.lang.model.util.Types;
import org.junit.jupiter.api.Test;

/**
 * How the processor behaves across classes and rounds: errors stay with their class, are said
 * once, never crash javac; types from other processors are waited for; and each generated
 * file names the one class it comes from.
 */
class ProcessingBehaviourTest {
  private static final TestSource GOOD = TestSource.of("Good",
      "@Table",
      "public record Good(@PartitionKey String name) {}");
  private static final TestSource BAD = TestSource.of("Bad",
      "@Table // <-",
      "public record Bad(String name) {}");

  @Test
  void aBadClassDoesNotStopTheOthers() {
    Dynagen.Run run = compile(BAD, GOOD);
    assertThat(run.compilation()).hadErrorCount(1);
    assertThat(run.compilation()).hadErrorContaining("[dynagen:missing-partition-key]")
        .inFile(BAD.file())
        .onLine(BAD.markedLine());
    assertThat(run.createdFrom(GOOD.className())).contains("test.GoodSchema");
    assertThat(run.createdFrom(BAD.className())).isEmpty();
  }

  @Test
  void anErrorInABaseClassIsSaidOnceAndStopsEverySubclass() {
    TestSource base = TestSource.of("Base",
        "public class Base {",
        "  public Object extra; // <-",
        "}");
    TestSource first = TestSource.of("First",
        "@Table public class First extends Base { @PartitionKey public String id; }");
    TestSource second = TestSource.of("Second",
        "@Table public class Second extends Base { @PartitionKey public String id; }");
    Dynagen.Run run = compile(first, second, base);
    assertThat(run.compilation()).hadErrorCount(1);
    assertThat(run.compilation()).hadErrorContaining("[dynagen:unsupported-type]")
        .inFile(base.file())
        .onLine(base.markedLine());
    assertThat(run.created()).isEmpty();
  }

  @Test
  void anUnexpectedExceptionBecomesAnErrorOnTheClass() {
    TestSource user = TestSource.of("User",
        "@Table",
        "public record User(@PartitionKey String name) {} // <-");
    Processor dynagen = new HarnessedProcessor(javacs -> new ForwardingProcessingEnvironment(javacs) {
      @Override
      public Types getTypeUtils() {
        return failingOnIsSameType(javacs.getTypeUtils());
      }
    });
    Compilation compilation = com.google.testing.compile.Compiler.javac()
        .withProcessors(dynagen)
        .compile(user.file());
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[dynagen:internal-error] internal error in Dynagen, please report:")
        .inFile(user.file())
        .onLine(user.markedLine());
    assertThat(compilation).hadErrorContaining("IllegalStateException: simulated failure");
  }

  /** javac's Types, except that isSameType throws, as a bug in Dynagen or javac might. */
  private static Types failingOnIsSameType(Types types) {
    return (Types) Proxy.newProxyInstance(Types.class.getClassLoader(), new Class<?>[] {Types.class},
        (proxy, method, arguments) -> {
          if (method.getName().equals("isSameType")) {
            throw new IllegalStateException("simulated failure");
          }
          try {
            return method.invoke(types, arguments);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  @Test
  void aDocumentGeneratedByAnotherProcessorIsWaitedFor() {
    Processor other = new GeneratingProcessor(Map.of("test.Address",
        "package test; @io.dynagen.annotations.Document public record Address(String city) {}"));
    TestSource user = TestSource.of("User",
        "@Table",
        "public record User(@PartitionKey String name, List<Address> addresses) {}");
    Dynagen.Run run = compile(List.of(other), user);
    assertThat(run.compilation()).succeededWithoutWarnings();
    assertThat(run.createdFrom("test.User")).contains("test.UserSchema");
    assertThat(run.createdFrom("test.Address")).contains("test.AddressSchema");
  }

  @Test
  void anEnumGeneratedByAnotherProcessorIsWaitedFor() {
    Processor other = new GeneratingProcessor(Map.of("test.Plan",
        "package test; public enum Plan { FREE, PAID }"));
    TestSource user = TestSource.of("User",
        "@Table",
        "public record User(@PartitionKey String name, Plan plan) {}");
    Dynagen.Run run = compile(List.of(other), user);
    assertThat(run.compilation()).succeededWithoutWarnings();
    assertThat(run.createdFrom("test.User")).contains("test.UserSchema");
  }

  @Test
  void aTypeStillMissingAtTheEndIsOneDynagenError() {
    TestSource user = TestSource.of("User",
        "@Table",
        "public record User(",
        "    @PartitionKey String name,",
        "    List<Adress> addresses) {} // <-");
    Dynagen.Run run = compile(user);
    Compilation compilation = run.compilation();
    assertThat(compilation).hadErrorContaining("[dynagen:unresolved-type]")
        .inFile(user.file())
        .onLine(user.markedLine());
    assertThat(compilation).hadErrorContaining("'addresses' needs type Adress,");
    // javac's own "cannot find symbol" comes too; Dynagen adds only the one above.
    assertThat(compilation).hadErrorContaining("cannot find symbol");
    assertThat(compilation).hadErrorCount(2);
    assertThat(run.created()).isEmpty();
  }

  @Test
  void everyGeneratedFileHasExactlyItsOwnClassAsOriginatingElement() {
    TestSource address = TestSource.of("Address",
        "@Document public record Address(String city) {}");
    TestSource user = TestSource.of("User",
        "@Table public record User(@PartitionKey String name, Address address) {}");
    Dynagen.Run run = compile(user, address);
    assertThat(run.compilation()).succeeded();
    assertThat(run.created().stream().map(RecordingFiler.CreatedSource::name).toList())
        .containsExactly("test.UserSchema", "test.User_", "test.UserTable", "test.UserAsyncTable",
            "test.AddressSchema", "test.Address_");
    for (RecordingFiler.CreatedSource created : run.created()) {
      assertThat(created.originatingElements()).hasSize(1);
      String origin = created.originatingElements().get(0).toString();
      assertThat(created.name()).startsWith(origin);
    }
  }

  @Test
  void declaresItselfAnIsolatingProcessorToGradle() throws IOException {
    try (InputStream in = DynagenProcessor.class.getClassLoader()
        .getResourceAsStream("META-INF/gradle/incremental.annotation.processors")) {
      assertThat(in).isNotNull();
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8).trim())
          .isEqualTo(DynagenProcessor.class.getName() + ",isolating");
    }
  }
}
