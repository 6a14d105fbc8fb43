package io.dynagen.example.docs;

import io.dynagen.example.docs.MarkdownSnippets.Snippet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document's Java snippets as Java sources a compiler takes, as a reader would use them:
 * snippets that declare types (the mapped classes) become top-level types of one package, and
 * snippets of statements become the body of a method. The statements may use the variables the
 * documents assume ({@code client}, {@code users}, {@code orders}, ...): they are fields of a
 * class every statement snippet extends, so a snippet that declares its own {@code users} simply
 * hides the field. The imports are the ones a user's IDE would add.
 */
final class JavaSnippetSources {
  static final String PACKAGE = "snippets";

  /** What a snippet may use: Dynagen and the SDK, or also JUnit and dynagen-test. */
  enum Imports {
    MAIN(List.of()),
    MAIN_AND_TEST(List.of(
        "import static org.junit.jupiter.api.Assertions.*;",
        "import io.dynagen.test.*;",
        "import org.junit.jupiter.api.Test;",
        "import org.junit.jupiter.api.extension.RegisterExtension;")),
    /**
     * docs/*.md: also the Enhanced Client's and the streams' types, which a project has only if it
     * depends on them (so never in the README, which ReadmeConsumerProjectIT builds without them).
     */
    DOCS(List.of(
        "import static org.junit.jupiter.api.Assertions.*;",
        "import io.dynagen.test.*;",
        "import org.junit.jupiter.api.Test;",
        "import org.junit.jupiter.api.extension.RegisterExtension;",
        "import io.dynagen.runtime.streams.*;",
        "import io.dynagen.streams.lambda.*;",
        "import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;",
        "import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;",
        "import software.amazon.awssdk.enhanced.dynamodb.Key;",
        "import software.amazon.awssdk.enhanced.dynamodb.extensions.VersionedRecordExtension;"));

    private final List<String> header;

    Imports(List<String> extra) {
      List<String> lines = new ArrayList<>(List.of(
          "import io.dynagen.annotations.*;",
          "import io.dynagen.runtime.*;",
          "import io.dynagen.runtime.expr.*;",
          "import io.dynagen.runtime.metrics.*;",
          "import io.dynagen.runtime.plain.*;",
          "import io.dynagen.runtime.table.*;",
          "import io.dynagen.runtime.table.admin.*;",
          "import io.dynagen.runtime.table.batch.*;",
          "import io.dynagen.runtime.table.read.*;",
          "import io.dynagen.runtime.table.transact.*;",
          "import java.math.*;",
          "import java.time.*;",
          "import java.util.*;",
          "import software.amazon.awssdk.services.dynamodb.DynamoDbClient;",
          "import software.amazon.awssdk.services.dynamodb.model.AttributeValue;"));
      lines.addAll(extra);
      this.header = List.copyOf(lines);
    }

    /** The package line and the imports. */
    String text(String packageName) {
      return "package " + packageName + ";\n" + String.join("\n", header) + "\n";
    }

    int lines() {
      return header.size() + 1;
    }
  }

  /** A declaration at the start of a line, with its modifiers: {@code public record User(}. */
  private static final Pattern TYPE_DECLARATION = Pattern.compile(
      "(?m)^(?:(?:public|final|abstract|sealed|non-sealed|static)\\s+)*(?:record|class|enum|interface|@interface)\\s+(\\w+)");

  /** A sealed type's declaration: {@code public sealed interface ShopItem}. */
  private static final Pattern SEALED_DECLARATION = Pattern.compile(
      "(?m)^(?:(?:public|abstract)\\s+)*sealed\\s+(?:(?:public|abstract)\\s+)*(?:interface|class)\\s+(\\w+)");

  /**
   * A variable the documents assume, declared only when the type it needs is there as a table of
   * its own (not as an {@code @Entity} of a single table, which has no table class).
   */
  private record Assumed(String needsType, String field) {}

  private static final List<Assumed> ASSUMED = List.of(
      new Assumed(null, "static DynamoDbClient client;"),
      new Assumed("User", "static UserTable users;"),
      new Assumed("User", "static List<User> newUsers;"),
      new Assumed("Order", "static OrderTable orders;"),
      new Assumed("Article", "static ArticleTable articles;"),
      new Assumed("Article", "static String id;"),
      new Assumed("ShopItem", "static ShopItemTable shop;"));

  /** Mapped classes the documents use without showing them; a document's own class wins. */
  private static final List<String> ASSUMED_MODELS = List.of(
      "@Table(name = \"orders\")\n"
          + "record Order(@PartitionKey String customerId, @SortKey long orderId, String status) {}\n",
      "enum OrderStatus { PLACED, PAID, SHIPPED, DELIVERED }\n");

  /** One source: its class name, its text, and the snippet it came from (null for the helpers). */
  record Source(String className, String text, Snippet snippet, int headerLines) {
    /** The document line of {@code sourceLine} (1-based), or -1 outside the snippet. */
    long documentLine(long sourceLine) {
      if (snippet == null || sourceLine <= headerLines) {
        return -1;
      }
      return snippet.firstLine() + sourceLine - headerLines - 1;
    }
  }

  private JavaSnippetSources() {}

  /** The sources for {@code snippets}, all from one document, fragments left out, in {@link #PACKAGE}. */
  static List<Source> of(List<Snippet> snippets, Imports imports) {
    return of(snippets, imports, PACKAGE);
  }

  /** The sources for {@code snippets}, all from one document, fragments left out. */
  static List<Source> of(List<Snippet> snippets, Imports imports, String packageName) {
    List<Source> sources = new ArrayList<>();
    Set<String> declared = new LinkedHashSet<>();
    Set<String> entities = new LinkedHashSet<>();
    for (Snippet snippet : snippets) {
      if (snippet.fragment()) {
        continue;
      }
      String name = className(snippet);
      if (declaresTypes(snippet.code())) {
        declared.addAll(typeNames(snippet.code()));
        if (snippet.code().contains("@Entity(")) {
          // The entities of a single table, but not its sealed root: that one is the table.
          entities.addAll(typeNames(snippet.code()));
          entities.removeAll(sealedTypeNames(snippet.code()));
        }
        sources.add(new Source(name, imports.text(packageName) + withoutPublic(snippet.code()), snippet, imports.lines()));
      } else {
        String text = imports.text(packageName)
            + "final class " + name + " extends Assumptions {\n"
            + "  static void run() throws Exception {\n"
            + snippet.code()
            + "  }\n}\n";
        sources.add(new Source(name, text, snippet, imports.lines() + 2));
      }
    }
    int model = 0;
    for (String assumedModel : ASSUMED_MODELS) {
      List<String> names = typeNames(assumedModel);
      if (!declared.containsAll(names)) {
        declared.addAll(names);
        sources.add(new Source("AssumedModel" + (++model), imports.text(packageName) + assumedModel, null, imports.lines()));
      }
    }
    StringBuilder assumptions = new StringBuilder(imports.text(packageName)).append("class Assumptions {\n");
    for (Assumed assumed : ASSUMED) {
      if (assumed.needsType() == null
          || declared.contains(assumed.needsType()) && !entities.contains(assumed.needsType())) {
        assumptions.append("  ").append(assumed.field()).append('\n');
      }
    }
    sources.add(new Source("Assumptions", assumptions.append("}\n").toString(), null, imports.lines()));
    return sources;
  }

  /** True if the snippet's first code line starts a type declaration (or its annotations). */
  static boolean declaresTypes(String code) {
    for (String line : code.split("\n")) {
      String text = line.strip();
      if (text.isEmpty() || text.startsWith("//")) {
        continue;
      }
      return line.startsWith("@") || TYPE_DECLARATION.matcher(line).lookingAt();
    }
    return false;
  }

  /** The names of the top-level types {@code code} declares. */
  static List<String> typeNames(String code) {
    List<String> names = new ArrayList<>();
    Matcher matcher = TYPE_DECLARATION.matcher(code);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }

  /** The names of the sealed top-level types {@code code} declares. */
  private static List<String> sealedTypeNames(String code) {
    List<String> names = new ArrayList<>();
    Matcher matcher = SEALED_DECLARATION.matcher(code);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }

  /**
   * The declarations without {@code public} on their top-level types, so that several can share
   * one source file (a reader puts each in its own file).
   */
  static String withoutPublic(String code) {
    return code.replaceAll("(?m)^public\\s+", "");
  }

  /** {@code ReadmeLine58}: the document and the line the snippet starts on. */
  private static String className(Snippet snippet) {
    String stem = snippet.file().getFileName().toString().replaceFirst("\\.md$", "");
    StringBuilder name = new StringBuilder();
    for (String part : stem.split("[^A-Za-z0-9]+")) {
      if (!part.isEmpty()) {
        name.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1).toLowerCase(Locale.ROOT));
      }
    }
    return name + "Line" + snippet.firstLine();
  }
}
