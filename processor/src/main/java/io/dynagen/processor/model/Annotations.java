package io.dynagen.processor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * Reads annotations through {@link AnnotationMirror}s only: never through the annotation's
 * {@code Class} members, which throw {@code MirroredTypeException} for class values and need
 * the annotation classes on the processor's own classpath.
 */
public final class Annotations {
  private Annotations() {}

  /** The mirror of the annotation {@code qualifiedName} on {@code element}, if present. */
  public static Optional<AnnotationMirror> find(Element element, String qualifiedName) {
    if (element == null) {
      return Optional.empty();
    }
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(qualifiedName)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  /** A repeatable annotation as written: its mirror, to read, and where it is, to report on. */
  public record Repeated(AnnotationMirror mirror, Placed placed) {}

  /**
   * The annotations of a repeatable kind on {@code element}: the one written alone, or those javac
   * gathered into the container when it is written more than once.
   */
  public static List<Repeated> repeated(Element element, String qualifiedName, String container) {
    List<Repeated> found = new ArrayList<>();
    find(element, qualifiedName).ifPresent(mirror -> found.add(new Repeated(mirror, new Placed(element, mirror))));
    find(element, container).ifPresent(mirror -> {
      AnnotationValue value = value(mirror, "value");
      if (value != null && value.getValue() instanceof List) {
        for (Object item : (List<?>) value.getValue()) {
          Object nested = ((AnnotationValue) item).getValue();
          if (nested instanceof AnnotationMirror) {
            // javac has no position for an annotation it gathered into a container: a
            // diagnostic on it lands on the annotated class's declaration.
            found.add(new Repeated((AnnotationMirror) nested, new Placed(element, (AnnotationMirror) nested)));
          }
        }
      }
    });
    return found;
  }

  public static boolean has(Element element, String qualifiedName) {
    return find(element, qualifiedName).isPresent();
  }

  /** The value of {@code member}, explicit or default, or null if neither. */
  public static AnnotationValue value(AnnotationMirror mirror, String member) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(member)) {
        return entry.getValue();
      }
    }
    for (Element enclosed : mirror.getAnnotationType().asElement().getEnclosedElements()) {
      if (enclosed instanceof ExecutableElement
          && enclosed.getSimpleName().contentEquals(member)) {
        return ((ExecutableElement) enclosed).getDefaultValue();
      }
    }
    return null;
  }

  /** A String member's value, or {@code ""} when it has none. */
  public static String stringValue(AnnotationMirror mirror, String member) {
    AnnotationValue value = value(mirror, member);
    return value == null || !(value.getValue() instanceof String) ? "" : (String) value.getValue();
  }

  /** A String[] member's values (a single value written without braces counts too). */
  public static List<String> stringValues(AnnotationMirror mirror, String member) {
    List<String> strings = new ArrayList<>();
    AnnotationValue value = value(mirror, member);
    if (value == null) {
      return strings;
    }
    Object raw = value.getValue();
    if (raw instanceof List) {
      for (Object item : (List<?>) raw) {
        Object itemValue = ((AnnotationValue) item).getValue();
        if (itemValue instanceof String) {
          strings.add((String) itemValue);
        }
      }
    } else if (raw instanceof String) {
      strings.add((String) raw);
    }
    return strings;
  }

  /** A long (or int) member's value, explicit or default. */
  public static long longValue(AnnotationMirror mirror, String member) {
    AnnotationValue value = value(mirror, member);
    return value != null && value.getValue() instanceof Number ? ((Number) value.getValue()).longValue() : 0L;
  }

  /** An enum member's constant name, explicit or default, or {@code ""} if it has none. */
  public static String enumConstantName(AnnotationMirror mirror, String member) {
    AnnotationValue value = value(mirror, member);
    return value != null && value.getValue() instanceof VariableElement
        ? ((VariableElement) value.getValue()).getSimpleName().toString()
        : "";
  }

  /** A Class member's value as a type, or null if absent or not (yet) a declared type. */
  public static DeclaredType classValue(AnnotationMirror mirror, String member) {
    AnnotationValue value = value(mirror, member);
    if (value == null) {
      return null;
    }
    Object raw = value.getValue();
    if (raw instanceof TypeMirror && raw instanceof DeclaredType) {
      return (DeclaredType) raw;
    }
    return null;
  }
}
