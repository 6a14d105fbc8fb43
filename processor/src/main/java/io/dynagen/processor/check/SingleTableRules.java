package io.dynagen.processor.check;

import io.dynagen.processor.model.AnnotationNames;
import io.dynagen.processor.model.EntityModel;
import io.dynagen.processor.model.KeyTemplateModel;
import io.dynagen.processor.model.Placed;
import io.dynagen.processor.model.Property;
import io.dynagen.processor.model.SingleTableModel;
import io.dynagen.processor.model.SingleTableModelBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules of a single table as a whole: every permitted subclass an entity with sound
 * templates, type names and (with key-prefix discrimination) key prefixes that tell the types
 * apart, indexes the root declares, collections of one shape, and no property stored under a
 * name the table keeps for its keys. Each entity's own class rules are {@link ModelChecker}'s.
 */
final class SingleTableRules {
  private final Reporter reporter;
  private final TemplateRules templates;

  SingleTableRules(Reporter reporter) {
    this.reporter = reporter;
    this.templates = new TemplateRules(reporter);
  }

  void check(SingleTableModel model) {
    String root = model.root().getSimpleName().toString();
    checkRootShape(model, root);
    String problem = Names.tableOrIndexNameProblem(model.tableName());
    if (problem != null) {
      reporter.report(Message.INVALID_TABLE_NAME, model.table(), model.tableName(), problem);
    }
    for (SingleTableModel.SharedIndex index : model.indexes()) {
      String indexProblem = Names.tableOrIndexNameProblem(index.name());
      if (indexProblem != null) {
        reporter.report(Message.INVALID_INDEX_NAME, index.annotation(), index.name(), indexProblem);
      }
    }
    List<EntityModel> sound = new ArrayList<>();
    for (EntityModel entity : model.entities()) {
      if (entity.table() != null) {
        reporter.report(Message.ENTITY_IS_TABLE, entity.table(), entity.simpleName(), root, root);
      }
      if (entity.entity() == null) {
        reporter.report(Message.ENTITY_WITHOUT_KEYS, entity.element(), entity.simpleName(), root);
        continue;
      }
      if (checkTemplates(model, entity)) {
        sound.add(entity);
      }
      checkAttributeNames(model, entity);
      checkGeneratedValues(entity);
    }
    checkTypeNames(model);
    if (model.keyPrefix()) {
      checkPrefixes(sound);
    }
    checkCollections(model, sound);
    checkTimeToLive(model);
  }

  /**
   * DynamoDB expires a table's items by one attribute, so every entity type with {@code @Ttl}
   * stores it under the name the first one (in {@code permits} order) uses.
   */
  private void checkTimeToLive(SingleTableModel model) {
    EntityModel first = null;
    Property firstTtl = null;
    for (EntityModel entity : model.entities()) {
      if (entity.entity() == null || entity.mapped() == null) {
        continue;
      }
      for (Property property : entity.mapped().properties()) {
        if (!property.has(AnnotationNames.TTL)) {
          continue;
        }
        if (firstTtl == null) {
          first = entity;
          firstTtl = property;
        } else if (!firstTtl.attributeName().equals(property.attributeName())) {
          reporter.report(Message.TTL_ATTRIBUTE_DIFFERS, ttlAnnotation(property), property.name(), entity.simpleName(),
              property.attributeName(), first.simpleName(), firstTtl.attributeName(), firstTtl.attributeName());
        }
      }
    }
  }

  private static Placed ttlAnnotation(Property property) {
    for (Placed placed : property.generatedValueAnnotations()) {
      if (placed.mirror().getAnnotationType().toString().equals(AnnotationNames.TTL)) {
        return placed;
      }
    }
    throw new IllegalStateException("no @Ttl on " + property.name());
  }

  /** Generated code names the root: it may not be private, generic or need an enclosing instance. */
  private void checkRootShape(SingleTableModel model, String root) {
    if (model.facts().isPrivate()) {
      reporter.report(Message.PRIVATE_CLASS, model.table(), "Table", root);
    }
    if (model.facts().isInnerNonStatic()) {
      reporter.report(Message.INNER_CLASS, model.table(), "Table", root);
    }
    if (model.facts().isGeneric()) {
      reporter.report(Message.GENERIC_CLASS, model.table(), "Table", root, model.root().getTypeParameters().toString());
    }
  }

  private boolean checkTemplates(SingleTableModel model, EntityModel entity) {
    boolean ok = templates.check(entity, entity.entity(), "partition key", entity.partitionKey(), false);
    ok &= templates.check(entity, entity.entity(), "sort key", entity.sortKey(), true);
    for (EntityModel.Index index : entity.indexes()) {
      SingleTableModel.SharedIndex shared = sharedIndex(model, index.index());
      if (shared == null) {
        reporter.report(Message.UNKNOWN_SHARED_INDEX, index.annotation(), index.index(), entity.simpleName(),
            model.root().getSimpleName(), knownIndexes(model, index.index()), model.root().getSimpleName(), index.index());
        ok = false;
        continue;
      }
      ok &= templates.check(entity, index.annotation(), index.index() + " partition key", index.partitionKey(), false);
      if (index.sortKey() != null && !shared.hasSortKey()) {
        reporter.report(Message.INDEX_SORT_TEMPLATE, index.annotation(), index.index(), entity.simpleName(),
            "gives a sortKey template, but the shared index has no sort key; remove sortKey, or give the"
                + " @SharedIndex a sortKey attribute");
        ok = false;
      } else if (index.sortKey() == null && shared.hasSortKey()) {
        reporter.report(Message.INDEX_SORT_TEMPLATE, index.annotation(), index.index(), entity.simpleName(),
            "gives no sortKey template, but the shared index has the sort key '" + shared.sortKey()
                + "'; add sortKey = \"...\" (a literal such as \"ORDER\" will do)");
        ok = false;
      } else if (index.sortKey() != null) {
        ok &= templates.check(entity, index.annotation(), index.index() + " sort key", index.sortKey(), true);
      }
    }
    return ok;
  }

  private static SingleTableModel.SharedIndex sharedIndex(SingleTableModel model, String name) {
    for (SingleTableModel.SharedIndex index : model.indexes()) {
      if (index.name().equals(name)) {
        return index;
      }
    }
    return null;
  }

  /** " (did you mean 'GSI1'?)", or the declared names, or that there are none. */
  private static String knownIndexes(SingleTableModel model, String name) {
    List<String> names = new ArrayList<>();
    for (SingleTableModel.SharedIndex index : model.indexes()) {
      if (IndexNameDistance.isClose(name, index.name())) {
        return " (did you mean '" + index.name() + "'?)";
      }
      names.add("'" + index.name() + "'");
    }
    return names.isEmpty() ? " (it declares none)" : " (it declares " + String.join(", ", names) + ")";
  }

  /**
   * Generated values of an entity are written as a one-class table writes them, except on a
   * property a key template names (its keys are assembled from the object before the values are
   * written; a {@code @Ttl Instant} is stored in whole seconds, so an object read back would not
   * give the key it was written under). {@link #checkTimeToLive} checks the one attribute the table
   * expires items by.
   */
  private void checkGeneratedValues(EntityModel entity) {
    for (Property property : entity.mapped().properties()) {
      List<Placed> generated = property.generatedValueAnnotations();
      if (generated.isEmpty()) {
        continue;
      }
      Placed first = generated.get(0);
      KeyTemplateModel template = templateNaming(entity, property.name());
      if (template != null) {
        reporter.report(Message.GENERATED_VALUE_IN_ENTITY, first,
            Names.simpleAnnotationName(first.mirror().getAnnotationType().toString()), property.name(),
            entity.simpleName(), property.name(), template.text(), property.name());
      }
    }
  }

  /** The first key template (the table's, then each index's) naming the property, or null. */
  private static KeyTemplateModel templateNaming(EntityModel entity, String property) {
    List<KeyTemplateModel> templates = new ArrayList<>(List.of(entity.partitionKey(), entity.sortKey()));
    for (EntityModel.Index index : entity.indexes()) {
      templates.add(index.partitionKey());
      if (index.sortKey() != null) {
        templates.add(index.sortKey());
      }
    }
    for (KeyTemplateModel template : templates) {
      if (template != null && template.properties().contains(property)) {
        return template;
      }
    }
    return null;
  }

  /** A property stored under the name of a key attribute or the type attribute would be overwritten. */
  private void checkAttributeNames(SingleTableModel model, EntityModel entity) {
    Map<String, String> reserved = new LinkedHashMap<>();
    reserved.put(model.partitionKey(), "its partition key");
    reserved.put(model.sortKey(), "its sort key");
    if (!model.keyPrefix()) {
      reserved.put(model.typeAttribute(), "the type name");
    }
    for (SingleTableModel.SharedIndex index : model.indexes()) {
      reserved.putIfAbsent(index.partitionKey(), "the partition key of index " + index.name());
      if (index.hasSortKey()) {
        reserved.putIfAbsent(index.sortKey(), "the sort key of index " + index.name());
      }
    }
    for (Property property : entity.mapped().properties()) {
      String use = reserved.get(property.attributeName());
      if (use != null) {
        reporter.report(Message.ENTITY_ATTRIBUTE_CLASH, property.element(), property.name(), entity.simpleName(),
            property.attributeName(), model.root().getSimpleName(), use);
      }
    }
  }

  private void checkTypeNames(SingleTableModel model) {
    Map<String, EntityModel> byName = new LinkedHashMap<>();
    for (EntityModel entity : model.entities()) {
      if (entity.entity() == null) {
        continue;
      }
      EntityModel first = byName.putIfAbsent(entity.typeName(), entity);
      if (first != null) {
        reporter.report(Message.DUPLICATE_ENTITY_TYPE, entity.entity(), first.simpleName(), entity.simpleName(),
            model.root().getSimpleName(), entity.typeName());
      }
    }
  }

  private void checkPrefixes(List<EntityModel> entities) {
    for (int i = 0; i < entities.size(); i++) {
      for (int j = 0; j < i; j++) {
        EntityModel first = entities.get(j);
        EntityModel second = entities.get(i);
        if (first.partitionKey().overlaps(second.partitionKey()) && first.sortKey().overlaps(second.sortKey())) {
          reporter.report(Message.AMBIGUOUS_KEY_PREFIX, second.entity(), first.simpleName(), second.simpleName(),
              first.partitionKey().prefix(), second.partitionKey().prefix(), first.sortKey().prefix(),
              second.sortKey().prefix());
        }
      }
    }
  }

  /** Entities naming one collection must share a partition template shape and property types. */
  private void checkCollections(SingleTableModel model, List<EntityModel> entities) {
    Map<String, EntityModel> tableCollections = new LinkedHashMap<>();
    Map<String, KeyTemplateModel> tableTemplates = new LinkedHashMap<>();
    Map<String, EntityModel> indexCollections = new LinkedHashMap<>();
    Map<String, KeyTemplateModel> indexTemplates = new LinkedHashMap<>();
    for (EntityModel entity : entities) {
      checkCollection(model, "the table", entity, entity.entity(),
          SingleTableModelBuilder.collectionName(entity.partitionKey(), entity.collection()), entity.partitionKey(),
          tableCollections, tableTemplates);
      for (EntityModel.Index index : entity.indexes()) {
        checkCollection(model, "index " + index.index(), entity, index.annotation(),
            index.index() + "/" + SingleTableModelBuilder.collectionName(index.partitionKey(), index.collection()),
            index.partitionKey(), indexCollections, indexTemplates);
      }
    }
  }

  private void checkCollection(SingleTableModel model, String where, EntityModel entity,
      io.dynagen.processor.model.Placed at, String name, KeyTemplateModel template,
      Map<String, EntityModel> owners, Map<String, KeyTemplateModel> templates) {
    EntityModel owner = owners.putIfAbsent(name, entity);
    if (owner == null) {
      templates.put(name, template);
      return;
    }
    KeyTemplateModel first = templates.get(name);
    if (!first.shape().equals(template.shape()) || !sameTypes(owner, first, entity, template)) {
      reporter.report(Message.COLLECTION_MISMATCH, at, name.substring(name.indexOf('/') + 1), where,
          first.text(), owner.simpleName(), template.text(), entity.simpleName());
    }
  }

  private static boolean sameTypes(EntityModel a, KeyTemplateModel first, EntityModel b, KeyTemplateModel second) {
    for (int i = 0; i < first.properties().size(); i++) {
      String typeA = a.property(first.properties().get(i)).map(p -> p.mapped().type().toString()).orElse("");
      String typeB = b.property(second.properties().get(i)).map(p -> p.mapped().type().toString()).orElse("");
      if (!boxed(typeA).equals(boxed(typeB))) {
        return false;
      }
    }
    return true;
  }

  /** int and Integer take the same key text, so they may share a collection. */
  private static String boxed(String type) {
    switch (type) {
      case "int":
        return "java.lang.Integer";
      case "long":
        return "java.lang.Long";
      case "short":
        return "java.lang.Short";
      case "byte":
        return "java.lang.Byte";
      default:
        return type;
    }
  }
}
