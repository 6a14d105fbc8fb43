package io.dynagen.example.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.dynagen.example.docs.JavaSnippetSources.Source;
import io.dynagen.example.docs.MarkdownSnippets.Snippet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A user's first build, as the README tells it: a fresh project whose {@code pom.xml} is the
 * README's, holding the README's Java snippets, with docs/testing.md's test dependencies and
 * tests, built and tested by Maven in a process of its own. It proves that the pom is complete
 * (compiler plugin version, release, processor path, the AWS SDK, a surefire that runs JUnit 5),
 * that the processor runs in it, and that dynagen-test works with one dependency added: no
 * clash with the SDK version, no native library copied by hand.
 *
 * <p>It runs after {@code package} (the {@code integration-test} phase), when this build's jars
 * exist. They are laid out in a local repository inside {@code target/}, never in {@code ~/.m2};
 * everything else is read from the build's own local repository, served to the inner Maven as a
 * read-only {@code file:} repository ahead of Maven Central, so nothing is downloaded twice.
 */
class ReadmeConsumerProjectIT {
  /** The folders of the modules a user's project takes, by artifact id. */
  private static final Map<String, String> MODULES = Map.of(
      "dynagen-annotations", "annotations",
      "dynagen-runtime", "runtime",
      "dynagen-processor", "processor",
      "dynagen-test", "testing",
      "dynagen-test-local", "testing-local");

  private final Path root = MarkdownSnippets.repositoryRoot();
  private final String version = required("dynagen.version");
  private final Path work = Path.of("target", "readme-consumer").toAbsolutePath();

  @Test
  void theReadmePomBuildsTheReadmeCodeAndRunsTheTestingGuidesTests() throws Exception {
    deleteRecursively(work);
    Path repository = work.resolve("repository");
    Path project = work.resolve("project");
    layOutDynagen(repository);
    writeProject(project);
    Path settings = writeSettings(work.resolve("settings.xml"));

    Path log = work.resolve("build.log");
    int exitCode = runMaven(project, settings, repository, log);

    if (exitCode != 0) {
      fail("the README's project did not build (exit code " + exitCode + "); its log, " + log + ":\n"
          + tail(log, 60));
    }
    Path generated = project.resolve("target/generated-sources/annotations/snippets");
    for (String name : List.of("UserTable.java", "UserSchema.java", "User_.java")) {
      assertTrue(Files.isRegularFile(generated.resolve(name)), "the processor did not write " + name);
    }
    Path classes = project.resolve("target/classes/snippets");
    assertTrue(Files.isRegularFile(classes.resolve("UserTable.class")), "UserTable was not compiled");
    Path report = project.resolve("target/surefire-reports/TEST-snippets.testing.CustomerTest.xml");
    assertTrue(Files.isRegularFile(report), "docs/testing.md's CustomerTest did not run");
    String summary = Files.readAllLines(report).stream().filter(line -> line.contains("<testsuite")).findFirst().orElse("");
    assertTrue(summary.contains("tests=\"2\"") && summary.contains("failures=\"0\"") && summary.contains("errors=\"0\""),
        summary);
  }

  /** This build's artifacts, as {@code mvn install} would lay them out, but in {@code repository}. */
  private void layOutDynagen(Path repository) throws IOException {
    install(repository, "dynagen-parent", root.resolve("pom.xml"), null);
    // The README's pom imports the BOM; it has no jar.
    install(repository, "dynagen-bom", root.resolve("bom/pom.xml"), null);
    for (Map.Entry<String, String> module : MODULES.entrySet()) {
      String artifactId = module.getKey();
      Path folder = root.resolve(module.getValue());
      Path jar = folder.resolve("target/" + artifactId + "-" + version + ".jar");
      if (!Files.isRegularFile(jar)) {
        fail(jar + " is missing: this test needs the packaged jars; run it with 'mvn verify' from the"
            + " repository root");
      }
      // The processor jar holds JavaPoet: its reduced pom no longer asks for it.
      Path reducedPom = folder.resolve("dependency-reduced-pom.xml");
      install(repository, artifactId, Files.isRegularFile(reducedPom) ? reducedPom : folder.resolve("pom.xml"), jar);
    }
  }

  private void install(Path repository, String artifactId, Path pom, Path jar) throws IOException {
    Path folder = repository.resolve("io/dynagen/" + artifactId + "/" + version);
    Files.createDirectories(folder);
    Files.copy(pom, folder.resolve(artifactId + "-" + version + ".pom"));
    if (jar != null) {
      Files.copy(jar, folder.resolve(artifactId + "-" + version + ".jar"));
    }
  }

  /**
   * The README's pom with docs/testing.md's test dependencies added, every Java snippet of the
   * README as main code and those of docs/testing.md as tests.
   */
  private void writeProject(Path project) throws IOException {
    Path readme = root.resolve("README.md");
    Path testing = root.resolve("docs/testing.md");
    Snippet pom = only(readme, "xml", "<project");
    assertTrue(pom.code().contains("<dynagen.version>" + version + "</dynagen.version>"),
        "README.md's pom.xml (" + pom.where() + ") must name this build's version, " + version);
    Snippet testDependencies = only(testing, "xml", "<artifactId>dynagen-test</artifactId>");
    Files.createDirectories(project);
    Files.writeString(project.resolve("pom.xml"),
        pom.code().replace("  </dependencies>", testDependencies.code().indent(4) + "  </dependencies>"));

    writeSources(project.resolve("src/main/java"), readme, JavaSnippetSources.Imports.MAIN, "snippets");
    // A package of their own: each document's sources bring their own helper classes.
    writeSources(project.resolve("src/test/java"), testing, JavaSnippetSources.Imports.MAIN_AND_TEST, "snippets.testing");
  }

  /** The one {@code language} block of {@code document} that contains {@code text}. */
  private static Snippet only(Path document, String language, String text) {
    List<Snippet> found = MarkdownSnippets.read(document, language).stream()
        .filter(snippet -> snippet.code().contains(text)).toList();
    assertEquals(1, found.size(), "expected one " + language + " block with " + text + " in " + document);
    return found.get(0);
  }

  private static void writeSources(Path folder, Path document, JavaSnippetSources.Imports imports, String packageName)
      throws IOException {
    Path sources = folder.resolve(packageName.replace('.', '/'));
    Files.createDirectories(sources);
    for (Source source : JavaSnippetSources.of(MarkdownSnippets.read(document, "java"), imports, packageName)) {
      Files.writeString(sources.resolve(source.className() + ".java"), source.text());
    }
  }

  /** Settings that read this build's local repository first, then Maven Central. */
  private static Path writeSettings(Path file) throws IOException {
    String seed = Path.of(required("dynagen.seed.repository")).toUri().toString();
    String repository = "<id>dynagen-build-repository</id><url>" + seed + "</url>"
        + "<releases><enabled>true</enabled><checksumPolicy>ignore</checksumPolicy></releases>"
        + "<snapshots><enabled>false</enabled></snapshots>";
    Files.writeString(file, "<settings><profiles><profile><id>seed</id>"
        + "<repositories><repository>" + repository + "</repository></repositories>"
        + "<pluginRepositories><pluginRepository>" + repository + "</pluginRepository></pluginRepositories>"
        + "</profile></profiles><activeProfiles><activeProfile>seed</activeProfile></activeProfiles></settings>\n");
    return file;
  }

  private static int runMaven(Path project, Path settings, Path repository, Path log) throws Exception {
    boolean windows = System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows");
    Path mvn = Path.of(required("maven.home"), "bin", windows ? "mvn.cmd" : "mvn");
    List<String> command = new ArrayList<>(List.of(
        mvn.toString(), "-B", "-ntp", "-s", settings.toString(),
        "-Dmaven.repo.local=" + repository, "test"));
    ProcessBuilder builder = new ProcessBuilder(command)
        .directory(project.toFile())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile());
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    Process process = builder.start();
    if (!process.waitFor(8, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      fail("the README's project did not build within 8 minutes; its log, " + log + ":\n" + tail(log, 60));
    }
    return process.exitValue();
  }

  private static String required(String property) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("System property " + property + " is not set: run this test through"
          + " Maven ('mvn verify'), whose example-app/pom.xml sets it");
    }
    return value;
  }

  private static String tail(Path log, int lines) throws IOException {
    List<String> all = Files.readAllLines(log);
    return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
  }

  private static void deleteRecursively(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
