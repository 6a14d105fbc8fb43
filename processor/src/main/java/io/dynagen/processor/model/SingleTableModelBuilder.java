package io.dynagen.processor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Reads a sealed {@code @Table} root: its {@code @SingleTable} and {@code @SharedIndex}es, and
 * each permitted subclass's {@code @Entity}, {@code @EntityIndex}es and properties. Only reads;
 * whether it all fits together is for the checks.
 */
public final class SingleTableModelBuilder {
  private final Types types;
  private final ModelBuilder classes;

  public SingleTableModelBuilder(Types types, ModelBuilder classes) {
    this.types = types;
    this.classes = classes;
  }

  /** True if {@code @Table} on this class asks for a single table: a sealed interface or abstract class. */
  public boolean isSingleTableRoot(TypeElement element) {
    ClassFacts facts = classes.factsOf(element);
    boolean abstractType = facts.shape() == ClassFacts.Shape.INTERFACE
        || (facts.shape() == ClassFacts.Shape.CLASS && facts.isAbstract());
    return abstractType && facts.isSealed();
  }

  /** True if a sealed {@code @Table} root permits this class: it is an entity type, not a table of its own. */
  public boolean isEntityOfSingleTable(TypeElement element) {
    return rootOf(element).isPresent();
  }

  /** The sealed {@code @Table} root this class is a permitted subclass of, if it is one. */
  public Optional<TypeElement> rootOf(TypeElement element) {
    List<TypeMirror> supertypes = new ArrayList<>(element.getInterfaces());
    supertypes.add(element.getSuperclass());
    for (TypeMirror supertype : supertypes) {
      if (types.asElement(supertype) instanceof TypeElement) {
        TypeElement parent = (TypeElement) types.asElement(supertype);
        if (Annotations.has(parent, AnnotationNames.TABLE) && isSingleTableRoot(parent)) {
          return Optional.of(parent);
        }
      }
    }
    return Optional.empty();
  }

  public SingleTableModel build(TypeElement root) {
    AnnotationMirror tableMirror = Annotations.find(root, AnnotationNames.TABLE).orElseThrow();
    String tableName = Annotations.stringValue(tableMirror, "name");
    if (tableName.isEmpty()) {
      tableName = root.getSimpleName().toString();
    }
    AnnotationMirror single = Annotations.find(root, AnnotationNames.SINGLE_TABLE).orElse(null);
    String partitionKey = "PK";
    String sortKey = "SK";
    String typeAttribute = "type";
    boolean keyPrefix = false;
    if (single != null) {
      partitionKey = Annotations.stringValue(single, "partitionKey");
      sortKey = Annotations.stringValue(single, "sortKey");
      typeAttribute = Annotations.stringValue(single, "typeAttribute");
      keyPrefix = Annotations.enumConstantName(single, "discriminator").equals("KEY_PREFIX");
    }
    List<SingleTableModel.SharedIndex> indexes = new ArrayList<>();
    for (Annotations.Repeated repeated : Annotations.repeated(root, AnnotationNames.SHARED_INDEX, AnnotationNames.SHARED_INDEXES)) {
      AnnotationMirror index = repeated.mirror();
      indexes.add(new SingleTableModel.SharedIndex(repeated.placed(), Annotations.stringValue(index, "name"),
          Annotations.stringValue(index, "partitionKey"), Annotations.stringValue(index, "sortKey")));
    }
    List<EntityModel> entities = new ArrayList<>();
    for (TypeMirror permitted : root.getPermittedSubclasses()) {
      entities.add(entity((TypeElement) types.asElement(permitted)));
    }
    return new SingleTableModel(root, classes.factsOf(root), new Placed(root, tableMirror), single == null ? null : new Placed(root, single),
        tableName, partitionKey, sortKey, typeAttribute, keyPrefix, List.copyOf(indexes), List.copyOf(entities));
  }

  private EntityModel entity(TypeElement element) {
    Placed table = Annotations.find(element, AnnotationNames.TABLE).map(mirror -> new Placed(element, mirror)).orElse(null);
    AnnotationMirror entity = Annotations.find(element, AnnotationNames.ENTITY).orElse(null);
    if (entity == null) {
      return new EntityModel(element, null, table, null, element.getSimpleName().toString(), null, null, "", List.of());
    }
    String typeName = Annotations.stringValue(entity, "type");
    List<EntityModel.Index> indexes = new ArrayList<>();
    for (Annotations.Repeated repeated : Annotations.repeated(element, AnnotationNames.ENTITY_INDEX, AnnotationNames.ENTITY_INDEXES)) {
      AnnotationMirror index = repeated.mirror();
      String sortKey = Annotations.stringValue(index, "sortKey");
      indexes.add(new EntityModel.Index(repeated.placed(), Annotations.stringValue(index, "index"),
          KeyTemplateModel.parse(Annotations.stringValue(index, "partitionKey")),
          sortKey.isEmpty() ? null : KeyTemplateModel.parse(sortKey), Annotations.stringValue(index, "collection")));
    }
    return new EntityModel(element, new Placed(element, entity), table, classes.build(element, MappedClass.Kind.ENTITY),
        typeName.isEmpty() ? element.getSimpleName().toString() : typeName,
        KeyTemplateModel.parse(Annotations.stringValue(entity, "partitionKey")),
        KeyTemplateModel.parse(Annotations.stringValue(entity, "sortKey")),
        Annotations.stringValue(entity, "collection"), List.copyOf(indexes));
  }

  /**
   * The name of the collection a partition template belongs to: the explicit one, else its
   * literal prefix in lower camel case ({@code CUSTOMER#{customerId}} gives {@code customer},
   * {@code USER_PROFILE#{id}} gives {@code userProfile}), else its first property's name.
   */
  public static String collectionName(KeyTemplateModel template, String explicit) {
    if (!explicit.isEmpty()) {
      return explicit;
    }
    String name = lowerCamel(template.prefix());
    if (name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0))) {
      return template.properties().isEmpty() ? "item" : template.properties().get(0);
    }
    return name;
  }

  /** The words of {@code text} (runs of letters and digits) in lower camel case: {@code USER_PROFILE#} gives {@code userProfile}. */
  public static String lowerCamel(String text) {
    StringBuilder name = new StringBuilder();
    for (String word : text.split("[^A-Za-z0-9]+")) {
      if (word.isEmpty()) {
        continue;
      }
      String lower = word.toLowerCase(Locale.ROOT);
      name.append(name.length() == 0 ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
    }
    return name.toString();
  }
}
