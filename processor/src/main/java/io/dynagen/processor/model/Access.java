package io.dynagen.processor.model;

import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Whether generated code, which lives in the mapped class's package, may name a member or a
 * class directly. Generated code never uses reflection, so what it cannot name it cannot use.
 */
final class Access {
  private final Elements elements;

  Access(Elements elements) {
    this.elements = elements;
  }

  /** A member (field, method, constructor) usable from code in {@code from}'s package. */
  boolean memberUsable(Element member, TypeElement from) {
    if (member.getModifiers().contains(Modifier.PRIVATE)) {
      return false;
    }
    return member.getModifiers().contains(Modifier.PUBLIC) || samePackage(member, from);
  }

  /** A class usable from code in {@code from}'s package: it and every class enclosing it. */
  boolean typeUsable(TypeElement type, TypeElement from) {
    for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
      if (!memberUsable(e, from)) {
        return false;
      }
    }
    return true;
  }

  private boolean samePackage(Element member, TypeElement from) {
    PackageElement memberPackage = elements.getPackageOf(member);
    return memberPackage.equals(elements.getPackageOf(from));
  }
}
