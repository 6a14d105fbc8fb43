package io.dynagen.bench.buildcost;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the sources the build-cost measurement compiles: {@code tables} {@code @Table} classes
 * of an ordinary shape, spread over packages of {@value #TABLES_PER_PACKAGE}, each package with
 * a {@code @Document} address and an enum. Half the tables are records, half JavaBeans with
 * annotated getters; every one has a partition key, a sort key, a global secondary index and 15
 * properties: strings, numbers, a boolean, a timestamp, a date, a decimal, a list, a set, a map,
 * an enum and a nested document.
 */
final class ModelSourceWriter {
  static final int TABLES_PER_PACKAGE = 20;

  /** A property of every generated table: its Java type and name, and annotations if any. */
  private record Property(String type, String name, String annotations) {}

  private static final List<Property> PROPERTIES = List.of(
      new Property("String", "id", "@PartitionKey"),
      new Property("Instant", "createdAt", "@SortKey @Attribute(\"created_at\")"),
      new Property("String", "owner", "@IndexPartitionKey(\"by_owner\")"),
      new Property("String", "name", ""),
      new Property("String", "description", ""),
      new Property("int", "quantity", ""),
      new Property("Long", "total", ""),
      new Property("boolean", "active", ""),
      new Property("LocalDate", "day", ""),
      new Property("BigDecimal", "amount", ""),
      new Property("List<String>", "tags", ""),
      new Property("Set<String>", "labels", ""),
      new Property("Map<String, Integer>", "counters", ""),
      new Property("Status", "status", ""),
      new Property("Address", "address", ""));

  private static final String IMPORTS = String.join("\n",
      "import io.dynagen.annotations.Attribute;",
      "import io.dynagen.annotations.IndexPartitionKey;",
      "import io.dynagen.annotations.PartitionKey;",
      "import io.dynagen.annotations.SortKey;",
      "import io.dynagen.annotations.Table;",
      "import java.math.BigDecimal;",
      "import java.time.Instant;",
      "import java.time.LocalDate;",
      "import java.util.List;",
      "import java.util.Map;",
      "import java.util.Set;",
      "");

  private ModelSourceWriter() {}

  /** Writes the sources under {@code root}; returns their paths. */
  static List<Path> write(Path root, int tables) throws IOException {
    List<Path> files = new ArrayList<>();
    int packages = (tables + TABLES_PER_PACKAGE - 1) / TABLES_PER_PACKAGE;
    for (int p = 0; p < packages; p++) {
      String pkg = "gen.shop" + p;
      Path dir = root.resolve(pkg.replace('.', '/'));
      Files.createDirectories(dir);
      files.add(write(dir.resolve("Status.java"), statusSource(pkg)));
      files.add(write(dir.resolve("Address.java"), addressSource(pkg)));
    }
    for (int t = 0; t < tables; t++) {
      String pkg = "gen.shop" + (t / TABLES_PER_PACKAGE);
      String name = "Entity" + t;
      Path dir = root.resolve(pkg.replace('.', '/'));
      String source = t % 2 == 0 ? recordSource(pkg, name, t) : beanSource(pkg, name, t);
      files.add(write(dir.resolve(name + ".java"), source));
    }
    return files;
  }

  private static Path write(Path file, String source) throws IOException {
    Files.writeString(file, source);
    return file;
  }

  private static String statusSource(String pkg) {
    return "package " + pkg + ";\n\npublic enum Status { NEW, ACTIVE, SUSPENDED, CLOSED }\n";
  }

  private static String addressSource(String pkg) {
    return "package " + pkg + ";\n\nimport io.dynagen.annotations.Document;\n\n"
        + "@Document\npublic record Address(String road, String city, String state, int zipcode) {}\n";
  }

  private static String recordSource(String pkg, String name, int index) {
    StringBuilder source = header(pkg, index);
    source.append("public record ").append(name).append("(\n");
    for (int i = 0; i < PROPERTIES.size(); i++) {
      Property property = PROPERTIES.get(i);
      source.append("    ");
      if (!property.annotations().isEmpty()) {
        source.append(property.annotations()).append(' ');
      }
      source.append(property.type()).append(' ').append(property.name());
      source.append(i < PROPERTIES.size() - 1 ? ",\n" : ") {}\n");
    }
    return source.toString();
  }

  private static String beanSource(String pkg, String name, int index) {
    StringBuilder source = header(pkg, index);
    source.append("public class ").append(name).append(" {\n");
    for (Property property : PROPERTIES) {
      source.append("  private ").append(property.type()).append(' ').append(property.name()).append(";\n");
    }
    for (Property property : PROPERTIES) {
      String capitalized = Character.toUpperCase(property.name().charAt(0)) + property.name().substring(1);
      String getter = (property.type().equals("boolean") ? "is" : "get") + capitalized;
      source.append('\n');
      if (!property.annotations().isEmpty()) {
        source.append("  ").append(property.annotations()).append('\n');
      }
      source.append("  public ").append(property.type()).append(' ').append(getter).append("() {\n")
          .append("    return ").append(property.name()).append(";\n  }\n\n")
          .append("  public void set").append(capitalized).append('(').append(property.type()).append(' ')
          .append(property.name()).append(") {\n")
          .append("    this.").append(property.name()).append(" = ").append(property.name()).append(";\n  }\n");
    }
    return source.append("}\n").toString();
  }

  private static StringBuilder header(String pkg, int index) {
    return new StringBuilder()
        .append("package ").append(pkg).append(";\n\n").append(IMPORTS).append('\n')
        .append("@Table(name = \"entity_").append(index).append("\")\n");
  }
}
