package io.dynagen.processor.model;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Whether Lombok may still change a class: Lombok adds accessors and constructors to the syntax
 * tree while processors run, in the first round, before or after Dynagen depending on the order
 * of the processor path. Read by annotation name only, so the processor needs no Lombok.
 */
public final class LombokMarks {
  private static final String LOMBOK_PACKAGE = "lombok.";

  private LombokMarks() {}

  /** True if the class, a member of it or a superclass (and its members) carries a Lombok annotation. */
  public static boolean present(TypeElement type) {
    for (TypeElement current = type; current != null; current = superclass(current)) {
      if (marked(current)) {
        return true;
      }
      for (Element member : current.getEnclosedElements()) {
        if (marked(member)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean marked(Element element) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      Element annotation = mirror.getAnnotationType().asElement();
      if (annotation instanceof TypeElement
          && ((TypeElement) annotation).getQualifiedName().toString().startsWith(LOMBOK_PACKAGE)) {
        return true;
      }
    }
    return false;
  }

  private static TypeElement superclass(TypeElement type) {
    TypeMirror superclass = type.getSuperclass();
    if (superclass.getKind() != TypeKind.DECLARED) {
      return null;
    }
    TypeElement element = (TypeElement) ((DeclaredType) superclass).asElement();
    return element.getQualifiedName().contentEquals("java.lang.Object") ? null : element;
  }
}
