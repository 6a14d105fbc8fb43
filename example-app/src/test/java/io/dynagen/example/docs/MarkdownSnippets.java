package io.dynagen.example.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The fenced code blocks of a Markdown file. A block that is deliberately not complete code (an
 * excerpt with {@code ...}) is marked by the comment {@value #FRAGMENT_MARK} on the line before
 * its fence; tests leave such blocks alone.
 */
final class MarkdownSnippets {
  static final String FRAGMENT_MARK = "<!-- snippet: fragment -->";

  /** One fenced block: where it starts, its language and its text. */
  record Snippet(Path file, int firstLine, String language, String code, boolean fragment) {
    /** {@code README.md:58}: the line of the block's first code line. */
    String where() {
      return file.getFileName() + ":" + firstLine;
    }
  }

  private MarkdownSnippets() {}

  /** The repository's root folder: set by the build, else the parent of the working folder. */
  static Path repositoryRoot() {
    String configured = System.getProperty("dynagen.root");
    Path root = configured != null ? Path.of(configured) : Path.of("").toAbsolutePath().getParent();
    if (!Files.isRegularFile(root.resolve("README.md"))) {
      throw new IllegalStateException("No README.md in " + root + ": set -Ddynagen.root to the repository");
    }
    return root;
  }

  /** README.md and every docs/*.md, in a stable order. */
  static List<Path> documents() {
    Path root = repositoryRoot();
    List<Path> files = new ArrayList<>();
    files.add(root.resolve("README.md"));
    try (var docs = Files.list(root.resolve("docs"))) {
      docs.filter(f -> f.toString().endsWith(".md")).sorted().forEach(files::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  /** Every fenced block of {@code file} in the given {@code language}. */
  static List<Snippet> read(Path file, String language) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Snippet> snippets = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (!line.startsWith("```")) {
        continue;
      }
      String fenceLanguage = line.substring(3).strip();
      boolean fragment = i > 0 && lines.get(i - 1).strip().equals(FRAGMENT_MARK);
      int end = i + 1;
      while (end < lines.size() && !lines.get(end).strip().equals("```")) {
        end++;
      }
      if (end == lines.size()) {
        throw new IllegalStateException(file.getFileName() + ":" + (i + 1) + ": code block never closed");
      }
      if (fenceLanguage.equals(language)) {
        String code = String.join("\n", lines.subList(i + 1, end)) + "\n";
        snippets.add(new Snippet(file, i + 2, fenceLanguage, code, fragment));
      }
      i = end;
    }
    return snippets;
  }
}
