package io.dynagen.example.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.example.docs.JavaSnippetSources.Imports;
import io.dynagen.example.docs.MarkdownSnippets.Snippet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Java snippet of README.md and docs/*.md compiles, with the Dynagen processor, as a reader
 * would paste it: the mapped classes it shows, and statements in a method (see {@link
 * JavaSnippetSources}). A block that is deliberately an excerpt carries {@value
 * MarkdownSnippets#FRAGMENT_MARK} on the line before its fence.
 */
class DocumentationSnippetsTest {

  @TestFactory
  Stream<DynamicTest> everyJavaSnippetCompiles(@TempDir Path output) {
    return MarkdownSnippets.documents().stream()
        .filter(document -> !MarkdownSnippets.read(document, "java").isEmpty())
        .map(document -> DynamicTest.dynamicTest(document.getFileName().toString(), () -> {
          List<Snippet> snippets = MarkdownSnippets.read(document, "java");
          List<String> errors = SnippetCompiler.compile(
              JavaSnippetSources.of(snippets, Imports.DOCS), output.resolve(document.getFileName().toString()));
          assertTrue(errors.isEmpty(), () -> "Java snippets of " + document + " do not compile:\n"
              + String.join("\n", errors) + "\n(fix the snippet; one that is deliberately an excerpt may be"
              + " marked with " + MarkdownSnippets.FRAGMENT_MARK + " on the line before its fence; the"
              + " variables snippets may assume are listed in JavaSnippetSources)");
          if (document.getFileName().toString().equals("README.md")) {
            // Guards against passing on nothing: the README's model and its uses are all there.
            assertTrue(snippets.size() >= 5, "expected the README's Java snippets, found " + snippets.size());
            assertTrue(Files.isRegularFile(
                    output.resolve("README.md/classes/" + JavaSnippetSources.PACKAGE + "/UserTable.class")),
                "the processor did not run on the README's User");
          }
        }));
  }

  /** A broken snippet fails, and the error names the document line at fault. */
  @Test
  void aSnippetThatDoesNotCompileIsReportedAtItsDocumentLine(@TempDir Path folder) throws IOException {
    Path document = folder.resolve("guide.md");
    Files.writeString(document, String.join("\n",
        "# Guide",
        "",
        "```java",
        "@Table(name = \"articles\")",
        "public record Article(@PartitionKey String id, int likes) {}",
        "```",
        "",
        "```java",
        "Article current = articles.get(id).orElseThrow();",
        "articles.put(current.withLikes(current.likes() + 1));",
        "```",
        ""));

    List<String> errors = SnippetCompiler.compile(
        JavaSnippetSources.of(MarkdownSnippets.read(document, "java"), Imports.MAIN_AND_TEST), folder.resolve("out"));

    assertEquals(1, errors.size(), errors::toString);
    assertTrue(errors.get(0).startsWith("guide.md:10: cannot find symbol"), errors.get(0));
  }

  @Test
  void aMarkedFragmentIsLeftAlone(@TempDir Path folder) throws IOException {
    Path document = folder.resolve("guide.md");
    Files.writeString(document, String.join("\n",
        MarkdownSnippets.FRAGMENT_MARK,
        "```java",
        "users.put(...);",
        "```",
        ""));

    List<Snippet> snippets = MarkdownSnippets.read(document, "java");

    assertTrue(snippets.get(0).fragment());
    assertEquals(List.of(), SnippetCompiler.compile(JavaSnippetSources.of(snippets, Imports.MAIN_AND_TEST), folder.resolve("out")));
  }
}
