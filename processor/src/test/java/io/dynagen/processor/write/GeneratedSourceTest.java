package io.dynagen.processor.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    String text = String.join("\n",
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
        "");
    assertEquals(String.join("\n",
        "class A {",
        "  static final int A = 1;",
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
        ""), GeneratedSource.layout(text));
  }
}
