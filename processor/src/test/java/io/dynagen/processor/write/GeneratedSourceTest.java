package io.dynagen.processor.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The layout pass moves line breaks only where the Java it writes keeps its meaning. */
class GeneratedSourceTest {

  @Test
  void oneSentenceJavadocsGoOnOneLineAndLongerOnesStay() {
    String text = String.join("\n",
        "class A {",
        "  /**",
        "   * One sentence.",
        "   */",
        "  void a() {",
        "  }",
        "",
        "  /**",
        "   * First line,",
        "   * second line.",
        "   */",
        "  void b() {",
        "    run();",
        "  }",
        "}",
        "");
    assertEquals(String.join("\n",
        "class A {",
        "  /** One sentence. */",
        "  void a() {}",
        "",
        "  /**",
        "   * First line,",
        "   * second line.",
        "   */",
        "  void b() {",
        "    run();",
        "  }",
        "}",
        ""), GeneratedSource.layout(text));
  }

  @Test
  void onlyTheBlankLineBetweenTwoOneLineFieldsGoes() {
    List<String> lines = new ArrayList<>(List.of(
        "class A {",
        "  static final int A = 1;",
        "",
        "  static final int B = 2;",
        "",
        "  static final Builder C = Builder.start()",
        "      .build();",
        "",
        "  static final int D = 4;",
        "",
        "  static final Runnable E = new Runnable() {",
        "    public void run() {",
        "      go();",
        "    }",
        "  };",
        "",
        "  static final int F = 6;",
        "",
        "  /** Documented. */",
        "  static final int G = 7;",
        "}",
        ""));
    String text = String.join("\n", lines);
    // Between A and B only: C's and E's last lines continue a field, F's neighbour is documented.
    lines.remove(2);
    assertEquals(String.join("\n", lines), GeneratedSource.layout(text));
  }
}
