package io.dynagen.processor.model;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.PrimitiveType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/** Reads the {@link ConverterFacts} of a {@code @Convert} converter class. */
final class ConverterReader {
  private final Types types;
  private final Access access;

  ConverterReader(Types types, Access access) {
    this.types = types;
    this.access = access;
  }

  ConverterFacts read(DeclaredType converter, TypeMirror propertyType, TypeElement mappedClass) {
    TypeElement element = (TypeElement) converter.asElement();
    DeclaredType supertype = attributeConverterSupertype(converter);
    TypeMirror handled = supertype == null || supertype.getTypeArguments().size() != 1
        ? null
        : supertype.getTypeArguments().get(0);
    return new ConverterFacts(
        element.getSimpleName().toString(),
        supertype != null,
        handled,
        handled != null && types.isSameType(boxed(propertyType), handled),
        creation(element, mappedClass));
  }

  /**
   * The {@code AttributeConverter<T>} among the converter's supertypes, with {@code T} as seen
   * from the converter ({@code class A extends Base<Money>} gives {@code AttributeConverter<Money>}
   * when {@code Base<T> implements AttributeConverter<T>}), or null if it has none.
   */
  private DeclaredType attributeConverterSupertype(DeclaredType converter) {
    Deque<TypeMirror> pending = new ArrayDeque<>(List.of(converter));
    while (!pending.isEmpty()) {
      TypeMirror type = pending.removeFirst();
      if (type.getKind() != TypeKind.DECLARED) {
        continue;
      }
      TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
      if (element.getQualifiedName().contentEquals(AnnotationNames.ATTRIBUTE_CONVERTER)) {
        return (DeclaredType) type;
      }
      pending.addAll(types.directSupertypes(type));
    }
    return null;
  }

  private TypeMirror boxed(TypeMirror type) {
    return type.getKind().isPrimitive() ? types.boxedClass((PrimitiveType) type).asType() : type;
  }

  private ConverterFacts.Creation creation(TypeElement converter, TypeElement mappedClass) {
    if (converter.getKind() != ElementKind.CLASS) {
      return ConverterFacts.Creation.NOT_A_CLASS;
    }
    if (converter.getModifiers().contains(Modifier.ABSTRACT)) {
      return ConverterFacts.Creation.ABSTRACT;
    }
    if (converter.getNestingKind() != NestingKind.TOP_LEVEL
        && !converter.getModifiers().contains(Modifier.STATIC)) {
      return ConverterFacts.Creation.INNER_CLASS;
    }
    if (!access.typeUsable(converter, mappedClass)) {
      return ConverterFacts.Creation.NOT_ACCESSIBLE;
    }
    for (ExecutableElement constructor : ElementFilter.constructorsIn(converter.getEnclosedElements())) {
      if (constructor.getParameters().isEmpty() && access.memberUsable(constructor, mappedClass)) {
        return ConverterFacts.Creation.OK;
      }
    }
    return ConverterFacts.Creation.NO_NO_ARG_CONSTRUCTOR;
  }
}
