package io.dynagen.processor.write;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.JavaFileObject;

/**
 * Writes a generated class through the {@code Filer} in ordinary Java layout, where JavaPoet's
 * differs: a one-sentence javadoc on one line, with its delimiters, no blank line between
 * consecutive one-line fields, and an empty body written {@code {}} on the line that opens it.
 * Only line breaks move: the code itself is JavaPoet's, as are the originating elements.
 */
public final class GeneratedSource {
  private GeneratedSource() {}

  /** Writes {@code file} as {@link #layout} lays it out. */
  public static void write(JavaFile file, Filer filer) throws IOException {
    String name = file.packageName().isEmpty()
        ? file.typeSpec().name()
        : file.packageName() + "." + file.typeSpec().name();
    Element[] originating = file.typeSpec().originatingElements().toArray(new Element[0]);
    JavaFileObject source = filer.createSourceFile(name, originating);
    try (Writer writer = source.openWriter()) {
      writer.write(layout(file.toString()));
    }
  }

  /** JavaPoet's text of a file, in the layout described above. */
  static String layout(String text) {
    String[] lines = text.split("\n", -1);
    List<String> out = new ArrayList<>(lines.length);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      String indent = line.substring(0, line.length() - line.stripLeading().length());
      // "/**", " * one line", " */" -> "/** one line */"
      if (line.equals(indent + "/**") && i + 2 < lines.length
          && lines[i + 1].startsWith(indent + " * ") && lines[i + 2].equals(indent + " */")) {
        out.add(indent + "/** " + lines[i + 1].substring(indent.length() + 3) + " */");
        i += 2;
        continue;
      }
      // "{" then a lone "}" at the same indentation -> "{}"
      if (line.endsWith(" {") && i + 1 < lines.length && lines[i + 1].equals(indent + "}")) {
        out.add(line + "}");
        i += 1;
        continue;
      }
      // The blank line between two one-line fields (members are the only lines JavaPoet
      // separates by a blank line; a continuation line is indented deeper).
      if (line.isEmpty() && !out.isEmpty() && i + 1 < lines.length
          && isOneLineField(out.get(out.size() - 1)) && isOneLineField(lines[i + 1])
          && indentOf(out.get(out.size() - 1)).equals(indentOf(lines[i + 1]))) {
        continue;
      }
      out.add(line);
    }
    return String.join("\n", out);
  }

  private static boolean isOneLineField(String line) {
    String code = line.stripLeading();
    return !line.isEmpty() && line.endsWith(";") && !code.startsWith("}") && !code.startsWith("*")
        && !code.startsWith("/") && !code.startsWith("@") && !code.startsWith("package ")
        && !code.startsWith("import ") && !indentOf(line).isEmpty();
  }

  private static String indentOf(String line) {
    return line.substring(0, line.length() - line.stripLeading().length());
  }
}
