package io.dynagen.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** A sealed root compiles to its table, each entity's schema and metamodel, without lint warnings. */
class SingleTableGenerationTest {

  @Test
  void shopModelGeneratesWithoutWarnings() throws Exception {
    Compilation generating = javac()
        .withProcessors(new DynagenProcessor())
        .withOptions("-Xlint:all,-processing", "-Werror")
        .compile(files());
    assertThat(generating).succeededWithoutWarnings();
    List<String> names = new ArrayList<>();
    for (JavaFileObject file : generating.generatedSourceFiles()) {
      names.add(file.getName().substring(file.getName().lastIndexOf('/') + 1));
    }
    assertThat(names).containsExactly("ShopItemTable.java", "CustomerSchema.java", "Customer_.java",
        "OrderSchema.java", "Order_.java", "OrderLineSchema.java", "OrderLine_.java");

    List<JavaFileObject> all = new ArrayList<>(List.of(files()));
    all.addAll(generating.generatedSourceFiles());
    Compilation plain = javac().withOptions("-Xlint:all", "-Werror", "-proc:none").compile(all);
    assertThat(plain).succeededWithoutWarnings();
    String table = generating.generatedSourceFile("test.ShopItemTable").orElseThrow().getCharContent(true).toString();
    if (Boolean.getBoolean("dynagen.printGenerated")) {
      System.out.println(table);
    }
    // Items are read by a switch on the type name calling each entity's generated schema directly.
    assertThat(table).contains("ShopItemTable::read);");
    for (String entity : List.of("Customer", "Order", "OrderLine")) {
      assertThat(table).contains("case \"" + entity + "\": return " + entity + "Schema.INSTANCE.fromMap(item);");
    }
  }

  private static JavaFileObject[] files() {
    return ShopModel.ALL.stream().map(TestSource::file).toArray(JavaFileObject[]::new);
  }
}
