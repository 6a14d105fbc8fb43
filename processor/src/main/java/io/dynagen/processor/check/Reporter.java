package io.dynagen.processor.check;

import io.dynagen.processor.model.Placed;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Sends diagnostics to javac, attached to the element and annotation at fault, each at most once
 * for the same element and message, and remembers whether any error was reported.
 */
public final class Reporter {
  private final Messager messager;
  /** The texts already said, by element: elements have no useful equals, so by identity. */
  private final Map<Element, Set<String>> reported = new IdentityHashMap<>();
  private int errors;

  public Reporter(Messager messager) {
    this.messager = messager;
  }

  public void report(Message message, Element element, Object... arguments) {
    report(message, element, null, arguments);
  }

  public void report(Message message, Placed placed, Object... arguments) {
    report(message, placed.element(), placed.mirror(), arguments);
  }

  public void report(Message message, Element element, AnnotationMirror mirror, Object... arguments) {
    String text = message.format(arguments);
    // Counted even when not said again: the class being checked has the error all the same.
    if (message.kind() == Diagnostic.Kind.ERROR) {
      errors++;
    }
    // The same rule broken twice on one element is said once: a base class's field mapped by
    // two subclasses, say.
    if (!reported.computeIfAbsent(element, e -> new HashSet<>()).add(text)) {
      return;
    }
    if (mirror != null) {
      messager.printMessage(message.kind(), text, element, mirror);
    } else {
      messager.printMessage(message.kind(), text, element);
    }
  }

  /** Reports a processor option's error, which belongs to no element. */
  public void reportOption(Message message, Object... arguments) {
    if (message.kind() == Diagnostic.Kind.ERROR) {
      errors++;
    }
    messager.printMessage(message.kind(), message.format(arguments));
  }

  /** The number of errors found so far, said or not; compare before and after checking a class. */
  public int errorCount() {
    return errors;
  }
}
