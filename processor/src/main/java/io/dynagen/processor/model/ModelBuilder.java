package io.dynagen.processor.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Builds the {@link MappedClass} of an annotated class from javax.lang.model: its shape, its
 * properties (from record components, or from fields and JavaBeans accessors including inherited
 * ones) and how to construct it. Reports nothing: the checks judge the model.
 */
public final class ModelBuilder {
  /** The annotations that make up a property's mapping, merged over its field and accessors. */
  private static final List<String> PROPERTY_ANNOTATIONS = List.of(
      AnnotationNames.PARTITION_KEY,
      AnnotationNames.SORT_KEY,
      AnnotationNames.ATTRIBUTE,
      AnnotationNames.IGNORE,
      AnnotationNames.CONVERT,
      AnnotationNames.VERSION,
      AnnotationNames.AUTO_TIMESTAMP,
      AnnotationNames.GENERATED_UUID,
      AnnotationNames.TTL,
      AnnotationNames.ATOMIC_COUNTER,
      AnnotationNames.INDEX_PARTITION_KEY,
      AnnotationNames.INDEX_SORT_KEY,
      AnnotationNames.LOCAL_INDEX_SORT_KEY);

  private final Elements elements;
  private final Types types;
  private final TypeMapper typeMapper;
  private final Access access;
  private final ConverterReader converterReader;

  public ModelBuilder(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
    this.typeMapper = new TypeMapper(elements);
    this.access = new Access(elements);
    this.converterReader = new ConverterReader(types, access);
  }

  public MappedClass build(TypeElement element, MappedClass.Kind kind) {
    String marker = kind == MappedClass.Kind.TABLE ? AnnotationNames.TABLE
        : kind == MappedClass.Kind.ENTITY ? AnnotationNames.ENTITY
        : AnnotationNames.DOCUMENT;
    // A projection is any class a DAO returns: it carries no marker.
    AnnotationMirror markerMirror = kind == MappedClass.Kind.PROJECTION ? null
        : Annotations.find(element, marker).orElseThrow();
    String tableName = "";
    if (kind == MappedClass.Kind.TABLE) {
      tableName = Annotations.stringValue(markerMirror, "name");
      if (tableName.isEmpty()) {
        tableName = element.getSimpleName().toString();
      }
    }
    ClassFacts facts = factsOf(element);
    List<RawProperty> raw = facts.isRecord() ? recordProperties(element) : beanProperties(element);

    List<VariableElement> skippedTransient = new ArrayList<>();
    List<MappedClass.IgnoredProperty> ignored = new ArrayList<>();
    List<RawProperty> mapped = new ArrayList<>();
    for (RawProperty property : raw) {
      Map<String, Placed> annotations = new LinkedHashMap<>();
      List<Property.AnnotationConflict> conflicts = new ArrayList<>();
      mergeAnnotations(property, annotations, conflicts);
      property.annotations = annotations;
      property.conflicts = conflicts;
      if (annotations.containsKey(AnnotationNames.IGNORE)) {
        List<Placed> keys = new ArrayList<>();
        for (String keyAnnotation : List.of(AnnotationNames.PARTITION_KEY, AnnotationNames.SORT_KEY)) {
          if (annotations.containsKey(keyAnnotation)) {
            keys.add(annotations.get(keyAnnotation));
          }
        }
        ignored.add(new MappedClass.IgnoredProperty(property.name, annotations.get(AnnotationNames.IGNORE), keys));
      } else if (property.field != null && property.field.getModifiers().contains(Modifier.TRANSIENT)) {
        // Only a transient field that would otherwise be stored is worth a warning; a private
        // transient cache with no accessors was never a property.
        if (property.hasAccessOrAnnotation()) {
          skippedTransient.add(property.field);
        }
      } else if (property.isMapped()) {
        mapped.add(property);
      }
    }

    Construction construction = facts.isRecord()
        ? recordConstruction(element, mapped)
        : classConstruction(element, mapped);
    List<Property> properties = new ArrayList<>();
    for (RawProperty property : mapped) {
      properties.add(toProperty(property, construction, element));
    }
    return new MappedClass(
        element, kind, markerMirror == null ? null : new Placed(element, markerMirror), tableName, facts, construction,
        List.copyOf(properties), List.copyOf(skippedTransient), List.copyOf(ignored),
        annotatedStaticMembers(element));
  }

  /**
   * Static fields and methods of the class and its superclasses that carry a property
   * annotation: they are never part of an item, and skipping them silently would hide the
   * mistake (a {@code @PartitionKey} on a static field leaves the class without a key). An
   * {@code @Ignore} there asks for what happens anyway, so it is let be.
   */
  private List<Placed> annotatedStaticMembers(TypeElement element) {
    List<Placed> found = new ArrayList<>();
    for (TypeElement type : hierarchyOf(element)) {
      for (Element member : type.getEnclosedElements()) {
        boolean fieldOrMethod = member.getKind() == ElementKind.FIELD || member.getKind() == ElementKind.METHOD;
        if (!fieldOrMethod || !member.getModifiers().contains(Modifier.STATIC)) {
          continue;
        }
        for (String name : PROPERTY_ANNOTATIONS) {
          Optional<AnnotationMirror> mirror = name.equals(AnnotationNames.IGNORE)
              ? Optional.empty()
              : Annotations.find(member, name);
          if (mirror.isPresent()) {
            found.add(new Placed(member, mirror.get()));
            break;
          }
        }
      }
    }
    return List.copyOf(found);
  }

  public ClassFacts factsOf(TypeElement element) {
    ClassFacts.Shape shape;
    switch (element.getKind()) {
      case INTERFACE:
        shape = ClassFacts.Shape.INTERFACE;
        break;
      case ANNOTATION_TYPE:
        shape = ClassFacts.Shape.ANNOTATION;
        break;
      case ENUM:
        shape = ClassFacts.Shape.ENUM;
        break;
      case RECORD:
        shape = ClassFacts.Shape.RECORD;
        break;
      default:
        shape = ClassFacts.Shape.CLASS;
    }
    boolean privateAnywhere = false;
    boolean innerNonStatic = false;
    for (Element e = element; e instanceof TypeElement; e = e.getEnclosingElement()) {
      TypeElement type = (TypeElement) e;
      privateAnywhere |= type.getModifiers().contains(Modifier.PRIVATE);
      innerNonStatic |= type.getNestingKind() == NestingKind.MEMBER
          && type.getKind() == ElementKind.CLASS
          && !type.getModifiers().contains(Modifier.STATIC)
          && type.getEnclosingElement().getKind() != ElementKind.INTERFACE;
    }
    NestingKind nesting = element.getNestingKind();
    return new ClassFacts(
        shape,
        element.getModifiers().contains(Modifier.ABSTRACT) && shape == ClassFacts.Shape.CLASS,
        privateAnywhere,
        innerNonStatic,
        nesting == NestingKind.LOCAL || nesting == NestingKind.ANONYMOUS,
        !element.getTypeParameters().isEmpty(),
        element.getModifiers().contains(Modifier.SEALED),
        shape == ClassFacts.Shape.RECORD);
  }

  // ------------------------------------------------------------------ records

  /**
   * Properties of a record, one per component, each with its private field: the component's
   * annotations are copied onto that field (every Dynagen annotation targets fields), and javac 17
   * gives no source position for a record component or its implicit accessor, so diagnostics go
   * to the field, which does have one (the component's line).
   */
  private List<RawProperty> recordProperties(TypeElement element) {
    Map<String, VariableElement> fields = new LinkedHashMap<>();
    for (VariableElement field : ElementFilter.fieldsIn(element.getEnclosedElements())) {
      if (!field.getModifiers().contains(Modifier.STATIC)) {
        fields.put(field.getSimpleName().toString(), field);
      }
    }
    List<RawProperty> properties = new ArrayList<>();
    for (RecordComponentElement component : element.getRecordComponents()) {
      RawProperty property = new RawProperty(component.getSimpleName().toString());
      property.component = component;
      property.field = fields.get(property.name);
      property.type = component.asType();
      property.getter = component.getAccessor();
      properties.add(property);
    }
    return properties;
  }

  private Construction recordConstruction(TypeElement element, List<RawProperty> mapped) {
    List<String> names = new ArrayList<>();
    for (RawProperty property : mapped) {
      names.add(property.name);
    }
    for (ExecutableElement constructor : ElementFilter.constructorsIn(element.getEnclosedElements())) {
      if (constructor.getParameters().size() == element.getRecordComponents().size()
          && parametersMatch(constructor, element.getRecordComponents())) {
        return new Construction(Construction.Kind.CONSTRUCTOR, constructor, names);
      }
    }
    return Construction.none();
  }

  private boolean parametersMatch(ExecutableElement constructor, List<? extends RecordComponentElement> components) {
    for (int i = 0; i < components.size(); i++) {
      if (!types.isSameType(
          types.erasure(constructor.getParameters().get(i).asType()),
          types.erasure(components.get(i).asType()))) {
        return false;
      }
    }
    return true;
  }

  // ------------------------------------------------------------------ classes

  /**
   * Properties of a class: each non-static field of the class and its superclasses (superclass
   * fields first, in declaration order), then each getter-only or setter-only name, paired with
   * the JavaBeans accessors of the same name.
   */
  private List<RawProperty> beanProperties(TypeElement element) {
    Map<String, RawProperty> byName = new LinkedHashMap<>();
    List<TypeElement> hierarchy = hierarchyOf(element);
    for (TypeElement type : hierarchy) {
      for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
        if (field.getModifiers().contains(Modifier.STATIC)) {
          continue;
        }
        String name = field.getSimpleName().toString();
        RawProperty property = byName.computeIfAbsent(name, RawProperty::new);
        property.field = field;
        property.fieldAccessible = access.memberUsable(field, element);
        property.ownField = type.equals(element);
        property.type = field.asType();
      }
    }
    for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(element))) {
      if (method.getModifiers().contains(Modifier.STATIC)
          || !access.memberUsable(method, element)
          || isObjectMethod(method)) {
        continue;
      }
      String getterName = getterProperty(method);
      if (getterName != null) {
        RawProperty property = byName.computeIfAbsent(getterName, RawProperty::new);
        if (method.getSimpleName().toString().startsWith("is")) {
          property.isGetter = method;
        } else {
          property.getGetter = method;
        }
        continue;
      }
      String setterName = setterProperty(method);
      if (setterName != null) {
        RawProperty property = byName.computeIfAbsent(setterName, RawProperty::new);
        property.setters.add(method);
      }
    }
    for (RawProperty property : byName.values()) {
      property.getter = property.getGetter != null ? property.getGetter : property.isGetter;
      if (property.getter != null) {
        property.type = property.getter.getReturnType();
      } else if (property.type == null && !property.setters.isEmpty()) {
        property.type = property.setters.get(0).getParameters().get(0).asType();
      }
    }
    return new ArrayList<>(byName.values());
  }

  /** The class, then its superclasses up to (not including) Object, outermost superclass first. */
  private List<TypeElement> hierarchyOf(TypeElement element) {
    List<TypeElement> chain = new ArrayList<>();
    for (TypeElement type = element; type != null; type = superclassOf(type)) {
      if (type.getQualifiedName().contentEquals("java.lang.Object")) {
        break;
      }
      chain.add(0, type);
    }
    return chain;
  }

  private TypeElement superclassOf(TypeElement type) {
    TypeMirror superclass = type.getSuperclass();
    if (superclass.getKind() != TypeKind.DECLARED) {
      return null;
    }
    return (TypeElement) ((DeclaredType) superclass).asElement();
  }

  private static boolean isObjectMethod(ExecutableElement method) {
    Element owner = method.getEnclosingElement();
    return owner instanceof TypeElement
        && ((TypeElement) owner).getQualifiedName().contentEquals("java.lang.Object");
  }

  /** The property a getter reads ({@code getFirstName} and {@code isActive}), or null. */
  private static String getterProperty(ExecutableElement method) {
    if (!method.getParameters().isEmpty() || method.getReturnType().getKind() == TypeKind.VOID
        || !method.getTypeParameters().isEmpty()) {
      return null;
    }
    String name = method.getSimpleName().toString();
    if (name.startsWith("get") && name.length() > 3) {
      return decapitalize(name.substring(3));
    }
    if (name.startsWith("is") && name.length() > 2 && isBoolean(method.getReturnType())) {
      return decapitalize(name.substring(2));
    }
    return null;
  }

  private static boolean isBoolean(TypeMirror type) {
    return type.getKind() == TypeKind.BOOLEAN
        || type.getKind() == TypeKind.DECLARED
            && ((TypeElement) ((DeclaredType) type).asElement())
                .getQualifiedName().contentEquals("java.lang.Boolean");
  }

  /** The property a setter writes ({@code setFirstName}), or null. */
  private static String setterProperty(ExecutableElement method) {
    String name = method.getSimpleName().toString();
    if (method.getParameters().size() != 1 || !name.startsWith("set") || name.length() <= 3
        || !method.getTypeParameters().isEmpty()) {
      return null;
    }
    return decapitalize(name.substring(3));
  }

  /** JavaBeans decapitalization: {@code FirstName} → {@code firstName}, {@code URL} stays. */
  static String decapitalize(String name) {
    if (name.length() > 1 && Character.isUpperCase(name.charAt(0)) && Character.isUpperCase(name.charAt(1))) {
      return name;
    }
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  /**
   * A no-arg constructor if there is one; otherwise the accessible constructor whose parameters
   * are all properties (by name and type), taking the most of them.
   */
  private Construction classConstruction(TypeElement element, List<RawProperty> mapped) {
    Map<String, RawProperty> byName = new LinkedHashMap<>();
    for (RawProperty property : mapped) {
      byName.put(property.name, property);
    }
    ExecutableElement best = null;
    for (ExecutableElement constructor : ElementFilter.constructorsIn(element.getEnclosedElements())) {
      if (!access.memberUsable(constructor, element)) {
        continue;
      }
      if (constructor.getParameters().isEmpty()) {
        return new Construction(Construction.Kind.NO_ARG, constructor, List.of());
      }
      if (takesOnlyProperties(constructor, byName)
          && (best == null || constructor.getParameters().size() > best.getParameters().size())) {
        best = constructor;
      }
    }
    if (best == null) {
      return Construction.none();
    }
    List<String> parameters = new ArrayList<>();
    for (VariableElement parameter : best.getParameters()) {
      parameters.add(parameter.getSimpleName().toString());
    }
    return new Construction(Construction.Kind.CONSTRUCTOR, best, parameters);
  }

  private boolean takesOnlyProperties(ExecutableElement constructor, Map<String, RawProperty> byName) {
    for (VariableElement parameter : constructor.getParameters()) {
      RawProperty property = byName.get(parameter.getSimpleName().toString());
      if (property == null || property.type == null
          || !types.isSameType(types.erasure(property.type), types.erasure(parameter.asType()))) {
        return false;
      }
    }
    return true;
  }

  private Property toProperty(RawProperty property, Construction construction, TypeElement mappedClass) {
    ReadAccess read = null;
    if (property.getter != null) {
      read = new ReadAccess(ReadAccess.Kind.METHOD, property.getter.getSimpleName().toString());
    } else if (property.field != null && property.fieldAccessible) {
      read = new ReadAccess(ReadAccess.Kind.FIELD, property.name);
    }
    WriteAccess write = null;
    ExecutableElement setter = property.matchingSetter(types);
    if (construction.kind() == Construction.Kind.CONSTRUCTOR
        && construction.parameters().contains(property.name)) {
      write = new WriteAccess(WriteAccess.Kind.CONSTRUCTOR, property.name);
    } else if (property.component == null && setter != null) {
      write = new WriteAccess(WriteAccess.Kind.SETTER, setter.getSimpleName().toString());
    } else if (property.component == null && property.field != null && property.fieldAccessible
        && !property.field.getModifiers().contains(Modifier.FINAL)) {
      write = new WriteAccess(WriteAccess.Kind.FIELD, property.name);
    }

    String attributeName = property.name;
    Placed attribute = property.annotations.get(AnnotationNames.ATTRIBUTE);
    if (attribute != null) {
      attributeName = Annotations.stringValue(attribute.mirror(), "value");
    }
    MappedType mapped = mappedType(property, mappedClass);
    ExecutableElement duplicateGetter =
        property.getGetter != null && property.isGetter != null ? property.isGetter : null;
    return new Property(
        property.name,
        attributeName,
        property.type,
        mapped,
        read,
        write,
        reportingElement(property),
        Map.copyOf(property.annotations),
        List.copyOf(property.conflicts),
        property.field != null && property.field.getModifiers().contains(Modifier.TRANSIENT),
        duplicateGetter);
  }

  private MappedType mappedType(RawProperty property, TypeElement mappedClass) {
    if (property.type == null) {
      return new MappedType.Unsupported(
          types.getNoType(TypeKind.NONE), types.getNoType(TypeKind.NONE), UnsupportedReason.UNKNOWN_TYPE);
    }
    Placed convert = property.annotations.get(AnnotationNames.CONVERT);
    DeclaredType converter = convert == null ? null : Annotations.classValue(convert.mirror(), "value");
    if (converter == null) {
      MappedType mapped = typeMapper.map(property.type);
      // DynamoDB's expiry reads epoch seconds (N) only: an Instant marked @Ttl is stored so.
      boolean ttl = property.annotations.containsKey(AnnotationNames.TTL);
      if (ttl && mapped instanceof MappedType.Scalar
          && ((MappedType.Scalar) mapped).kind() == ScalarKind.INSTANT) {
        return new MappedType.Scalar(property.type, ScalarKind.EPOCH_SECONDS, false);
      }
      return mapped;
    }
    if (converter.getKind() == TypeKind.ERROR) {
      return new MappedType.Unresolved(converter); // perhaps generated in a later round
    }
    return new MappedType.Converted(
        property.type, converter, converterReader.read(converter, property.type, mappedClass));
  }

  /**
   * Where messages about a property go: its field (a record component's too, see {@link
   * #recordProperties}), else its record component, getter or setter.
   */
  private static Element reportingElement(RawProperty property) {
    if (property.field != null) {
      return property.field;
    }
    if (property.component != null) {
      return property.component;
    }
    if (property.getter != null) {
      return property.getter;
    }
    return property.setters.get(0);
  }

  private static void mergeAnnotations(
      RawProperty property, Map<String, Placed> merged, List<Property.AnnotationConflict> conflicts) {
    // The field first: a record component's annotations are read from its field (see
    // recordProperties), and a conflict is reported on the second place, usually the accessor.
    List<Element> sources = new ArrayList<>();
    for (Element source : Arrays.asList(property.field == null ? property.component : property.field,
        property.getGetter, property.isGetter, property.getter)) {
      if (source != null && !sources.contains(source)) {
        sources.add(source);
      }
    }
    sources.addAll(property.setters);
    for (Element source : sources) {
      for (String name : PROPERTY_ANNOTATIONS) {
        Annotations.find(source, name).ifPresent(mirror -> {
          Placed placed = new Placed(source, mirror);
          Placed earlier = merged.putIfAbsent(name, placed);
          // javac copies record component annotations onto the accessor and field: those agree.
          if (earlier != null && earlier.element() != source
              && !sameValues(earlier.mirror(), mirror)) {
            conflicts.add(new Property.AnnotationConflict(name, earlier, placed));
          }
        });
      }
    }
  }

  private static boolean sameValues(AnnotationMirror a, AnnotationMirror b) {
    return Objects.equals(a.getElementValues().toString(), b.getElementValues().toString())
        || a.getElementValues().values().toString().equals(b.getElementValues().values().toString());
  }

  /** A property while it is being collected: its elements, before construction is known. */
  private static final class RawProperty {
    final String name;
    RecordComponentElement component;
    VariableElement field;
    boolean fieldAccessible;
    /** The field is declared by the mapped class itself, not inherited from a superclass. */
    boolean ownField;
    ExecutableElement getGetter;
    ExecutableElement isGetter;
    ExecutableElement getter;
    final List<ExecutableElement> setters = new ArrayList<>();
    TypeMirror type;
    Map<String, Placed> annotations = Map.of();
    List<Property.AnnotationConflict> conflicts = List.of();

    RawProperty(String name) {
      this.name = name;
    }

    /**
     * Whether the property is part of the item. Every field of the class itself is, a private
     * one with no accessor too: leaving it out silently would lose its value on every write, so
     * the checks say what it lacks, and the user marks it {@code @Ignore} (or {@code transient})
     * if it is internal state. A superclass's private field with no accessor is not a member of
     * the class in Java, and its class may not be the user's to annotate, so it is left out
     * unless a Dynagen annotation asks for it.
     */
    boolean isMapped() {
      return hasAccessOrAnnotation() || field != null && ownField;
    }

    /** Generated code can reach the property, or a Dynagen annotation asks for it. */
    boolean hasAccessOrAnnotation() {
      if (component != null || getter != null || !setters.isEmpty()) {
        return true;
      }
      if (field != null && fieldAccessible) {
        return true;
      }
      return !annotations.isEmpty();
    }

    /** The setter taking exactly the property's type. */
    ExecutableElement matchingSetter(Types types) {
      for (ExecutableElement setter : setters) {
        if (type != null && types.isSameType(setter.getParameters().get(0).asType(), type)) {
          return setter;
        }
      }
      return null;
    }
  }
}
