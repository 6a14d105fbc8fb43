package io.dynagen.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Models whose names or shapes the generated accessor and metamodel must survive: key properties
 * named like the accessor's own parameters and fields, and documents that contain themselves.
 */
class GeneratedAccessorEdgeCasesTest {

  @Test
  void keyPropertiesNamedLikeTheAccessorsParametersAndFieldsCompile() {
    TestSource rule = TestSource.of("Rule",
        "@Table",
        "public record Rule(",
        "    @PartitionKey String table,",
        "    @SortKey String condition,",
        "    @IndexPartitionKey(\"by-index\") String index,",
        "    @IndexSortKey(\"by-index\") int options,",
        "    @IndexPartitionKey(\"by-update\") String update,",
        "    @IndexSortKey(\"by-update\") String action,",
        "    String more) {}");
    TestSource use = TestSource.of("Use",
        "import io.dynagen.runtime.expr.SortKeyCondition;",
        "class Use {",
        "  Object use(RuleTable rules) {",
        "    rules.delete(\"t\", \"c\", Rule_.more.exists());",
        "    rules.update(\"t\", \"c\", Rule_.more.set(\"m\"));",
        "    rules.get(\"t\", \"c\", io.dynagen.runtime.table.read.GetOptions.defaults());",
        "    rules.byIndexIndex().query(\"i\", SortKeyCondition.gt(1));",
        "    return rules.byUpdateIndex().query(\"u\", SortKeyCondition.beginsWith(\"a\"));",
        "  }",
        "}");
    Compilation compilation = javac()
        .withProcessors(new DynagenProcessor())
        .withOptions("-Xlint:all", "-Xlint:-processing")
        .compile(rule.file(), use.file());
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void documentsThatContainThemselvesGetPathsThatEnd() throws Exception {
    TestSource tree = TestSource.of("Tree",
        "@Table public record Tree(@PartitionKey String id, Node root, Edge link) {}");
    // Node holds itself directly, through a list, and through Edge, which holds a Node.
    TestSource node = TestSource.of("Node",
        "@Document public record Node(String label, Node parent, List<Node> children, Edge edge) {}");
    TestSource edge = TestSource.of("Edge",
        "@Document public record Edge(String kind, Node target) {}");
    Compilation compilation = javac()
        .withProcessors(new DynagenProcessor())
        .withOptions("-Xlint:all", "-Xlint:-processing")
        .compile(tree.file(), node.file(), edge.file());
    assertThat(compilation).succeededWithoutWarnings();

    // Loading the metamodel builds every path it holds: it must end, and say where each path is.
    ClassLoader loader = new CompiledClassLoader(compilation);
    Class<?> metamodel = Class.forName("test.Tree_", true, loader);
    assertThat(metamodel.getField("root").get(null).toString()).isEqualTo("root");
    Object root = metamodel.getField("root").get(null);
    // A document that leads back to itself, directly or through another, is compared as a
    // whole: a ValuePath, with no paths inside.
    assertThat(root.getClass().getField("parent").getType().getSimpleName()).isEqualTo("ValuePath");
    assertThat(root.getClass().getField("edge").getType().getSimpleName()).isEqualTo("ValuePath");
    Object link = metamodel.getField("link").get(null);
    assertThat(link.getClass().getField("target").getType().getSimpleName()).isEqualTo("ValuePath");
    assertThat(link.getClass().getField("target").get(link).toString()).isEqualTo("link.target");
    // A list of documents builds its element paths on demand, typed, to any depth.
    Object children = root.getClass().getField("children").get(root);
    Object child = children.getClass().getMethod("get", int.class).invoke(children, 2);
    assertThat(child.getClass().getField("label").get(child).toString()).isEqualTo("root.children[2].label");
  }

  /** Loads the classes a compilation wrote, in front of the test's own (which has the runtime). */
  private static final class CompiledClassLoader extends ClassLoader {
    private final Map<String, JavaFileObject> classes = new HashMap<>();

    CompiledClassLoader(Compilation compilation) {
      super(GeneratedAccessorEdgeCasesTest.class.getClassLoader());
      for (JavaFileObject file : compilation.generatedFiles()) {
        if (file.getKind() == JavaFileObject.Kind.CLASS) {
          // /CLASS_OUTPUT/test/Tree_$Path.class -> test.Tree_$Path
          String path = file.toUri().getPath();
          String name = path.substring(path.indexOf("CLASS_OUTPUT/") + "CLASS_OUTPUT/".length(),
              path.length() - ".class".length()).replace('/', '.');
          classes.put(name, file);
        }
      }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      JavaFileObject file = classes.get(name);
      if (file == null) {
        throw new ClassNotFoundException(name);
      }
      try (InputStream in = file.openInputStream()) {
        byte[] bytes = in.readAllBytes();
        return defineClass(name, bytes, 0, bytes.length);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
