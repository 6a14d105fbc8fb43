package io.dynagen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * User code calls every method of the generated sync and async table and index accessors that takes
 * a key, with literals and variables of every natural type for keys of primitive ({@code int},
 * {@code long}), boxed and String types, simple and composite: each call compiles, without an
 * ambiguity between the primitive key's overload and the runtime's boxed one, and without a warning.
 */
class KeyOverloadsTest {
  /** The models: each has an attribute {@code note} the calls update and condition on. */
  private static final List<TestSource> MODELS = List.of(
      TestSource.of("IntKeyed",
          "@Table public record IntKeyed(@PartitionKey int id, String note,",
          "    @IndexPartitionKey(\"by-rank\") long rank, @IndexSortKey(\"by-rank\") int score) {}"),
      TestSource.of("LongKeyed", "@Table public record LongKeyed(@PartitionKey long id, String note) {}"),
      TestSource.of("BoxedKeyed", "@Table public record BoxedKeyed(@PartitionKey Integer id, String note,",
          "    @IndexPartitionKey(\"by-rank\") Long rank) {}"),
      TestSource.of("StringKeyed", "@Table public record StringKeyed(@PartitionKey String id, String note) {}"),
      TestSource.of("StringLong", "@Table public record StringLong(@PartitionKey String owner, @SortKey long number,",
          "    String note, @LocalIndexSortKey(\"by-size\") int size) {}"),
      TestSource.of("IntInt", "@Table public record IntInt(@PartitionKey int a, @SortKey int b, String note) {}"),
      TestSource.of("LongString", "@Table public record LongString(@PartitionKey long a, @SortKey String b, String note) {}"),
      TestSource.of("BoxedBoxed", "@Table public record BoxedBoxed(@PartitionKey Integer a, @SortKey Long b, String note) {}"),
      TestSource.of("StringString", "@Table public record StringString(@PartitionKey String a, @SortKey String b, String note) {}"));

  /** The values a user naturally passes for a key of each type (variables declared in {@link #use}). */
  private static List<String> values(String type) {
    return switch (type) {
      case "int" -> List.of("5", "anInt", "boxedInt");
      case "long" -> List.of("5", "5L", "anInt", "aLong", "boxedLong");
      case "Integer" -> List.of("5", "boxedInt");
      case "Long" -> List.of("5L", "boxedLong");
      case "String" -> List.of("\"a\"", "aString");
      default -> throw new IllegalArgumentException(type);
    };
  }

  @Test
  void everyKeyMethodCompilesUnambiguouslyForEveryNaturalKeyValue() {
    List<String> body = new ArrayList<>();
    tableCalls(body, "IntKeyed", "int", null);
    tableCalls(body, "LongKeyed", "long", null);
    tableCalls(body, "BoxedKeyed", "Integer", null);
    tableCalls(body, "StringKeyed", "String", null);
    tableCalls(body, "StringLong", "String", "long");
    tableCalls(body, "IntInt", "int", "int");
    tableCalls(body, "LongString", "long", "String");
    tableCalls(body, "BoxedBoxed", "Integer", "Long");
    tableCalls(body, "StringString", "String", "String");
    for (String face : List.of("Table", "AsyncTable")) {
      String prefix = "  void indexes" + face + "(IntKeyed" + face + " ints, BoxedKeyed" + face + " boxed, StringLong"
          + face + " strings, int anInt, long aLong, Integer boxedInt, Long boxedLong, String aString) {";
      body.add(prefix);
      indexCalls(body, "ints.byRankIndex()", "long", "int");
      indexCalls(body, "boxed.byRankIndex()", "Long", null);
      indexCalls(body, "strings.bySizeIndex()", "String", "int");
      body.add("  }");
    }
    List<String> lines = new ArrayList<>(List.of(
        "import io.dynagen.runtime.expr.SortKeyCondition;",
        "import io.dynagen.runtime.expr.Update;",
        "import io.dynagen.runtime.table.read.GetOptions;",
        "class Use {"));
    lines.addAll(body);
    lines.add("}");
    TestSource use = TestSource.of("Use", lines.toArray(String[]::new));
    List<JavaFileObject> files = new ArrayList<>();
    MODELS.forEach(model -> files.add(model.file()));
    files.add(use.file());
    Compilation compilation = javac()
        .withProcessors(new DynagenProcessor())
        .withOptions("-Xlint:all", "-Xlint:-processing", "-Xmaxerrs", "10000")
        .compile(files);
    assertThat(compilation).succeededWithoutWarnings();
  }

  /** The calls of every key method of {@code XTable} and {@code XAsyncTable} with every pair of values. */
  private static void tableCalls(List<String> body, String model, String partitionType, String sortType) {
    for (String face : List.of("Table", "AsyncTable")) {
      body.add("  void use" + model + face + "(" + model + face + " t, " + model
          + " item, int anInt, long aLong, Integer boxedInt, Long boxedLong, String aString) {");
      String action = model + "_.note.set(\"n\")";
      String condition = model + "_.note.exists()";
      for (String partition : values(partitionType)) {
        List<String> sorts = sortType == null ? Collections.singletonList(null) : values(sortType);
        for (String sort : sorts) {
          String key = sort == null ? partition : partition + ", " + sort;
          body.add("    t.get(" + key + ");");
          body.add("    t.get(" + key + ", GetOptions.defaults());");
          body.add("    t.key(" + key + ");");
          body.add("    t.update(" + key + ", " + action + ");");
          body.add("    t.update(" + key + ", " + action + ", " + action + ");");
          body.add("    t.update(" + key + ", Update.of(" + action + "));");
          body.add("    t.update(" + key + ", Update.of(" + action + "), " + condition + ");");
          body.add("    t.update(" + key + ", Update.of(" + action + "), null);");
          body.add("    t.delete(" + key + ");");
          body.add("    t.delete(" + key + ", " + condition + ");");
          body.add("    t.deleteReturningOld(" + key + ");");
          body.add("    t.deleteReturningOld(" + key + ", " + condition + ");");
          if (sort != null) {
            body.add("    t.query(" + partition + ", SortKeyCondition.eq(" + sort + "));");
          }
        }
        body.add("    t.query(" + partition + ");");
      }
      body.add("    t.put(item);");
      body.add("    t.update(item, " + action + ");");
      body.add("    t.update(item, " + action + ", " + action + ");");
      body.add("    t.update(item, Update.of(" + action + "), " + condition + ");");
      body.add("    t.delete(item);");
      body.add("    t.patch(item);");
      body.add("  }");
    }
  }

  private static void indexCalls(List<String> body, String index, String partitionType, String sortType) {
    for (String partition : values(partitionType)) {
      body.add("    " + index + ".query(" + partition + ");");
      if (sortType != null) {
        for (String sort : values(sortType)) {
          body.add("    " + index + ".query(" + partition + ", SortKeyCondition.eq(" + sort + "));");
          body.add("    " + index + ".query(" + partition + ", SortKeyCondition.between(" + sort + ", " + sort + "));");
        }
      }
    }
    body.add("    " + index + ".scan();");
  }
}
