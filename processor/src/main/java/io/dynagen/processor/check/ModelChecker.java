package io.dynagen.processor.check;

import io.dynagen.processor.model.AnnotationNames;
import io.dynagen.processor.model.ClassFacts;
import io.dynagen.processor.model.Construction;
import io.dynagen.processor.model.MappedClass;
import io.dynagen.processor.model.MappedType;
import io.dynagen.processor.model.Placed;
import io.dynagen.processor.model.Property;
import io.dynagen.processor.model.WriteAccess;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The rules a mapped class must follow. Reads only the model; every problem goes to the {@link
 * Reporter} with its message, on the element and annotation at fault.
 */
public final class ModelChecker {
  private static final Pattern TABLE_NAME = Pattern.compile("[a-zA-Z0-9_.-]{3,255}");
  /** DynamoDB's limit on key attribute names, in UTF-8 bytes. */
  private static final int MAX_KEY_NAME_BYTES = 255;
  /** DynamoDB's limit on other attribute names, in UTF-8 bytes. */
  private static final int MAX_NAME_BYTES = 65535;

  private final Reporter reporter;

  public ModelChecker(Reporter reporter) {
    this.reporter = reporter;
  }

  /** Checks a class; returns true if it has no errors (warnings allowed). */
  public boolean check(MappedClass model) {
    int errorsBefore = reporter.errorCount();
    String annotation = model.isTable() ? "Table" : "Document";
    if (checkShape(model, annotation)) {
      checkConstruction(model);
      checkProperties(model);
      if (model.isTable()) {
        checkTableName(model);
        checkKeys(model);
        checkIndexes(model);
      } else {
        checkNoKeysInDocument(model);
      }
      checkVersion(model);
      for (var field : model.skippedTransientFields()) {
        reporter.report(Message.TRANSIENT_FIELD_SKIPPED, field, field.getSimpleName(), simpleName(model));
      }
    }
    return reporter.errorCount() == errorsBefore;
  }

  private static String simpleName(MappedClass model) {
    return model.element().getSimpleName().toString();
  }

  /** Returns false if the class cannot be mapped at all, so its properties are not examined. */
  private boolean checkShape(MappedClass model, String annotation) {
    ClassFacts facts = model.facts();
    Placed marker = model.marker();
    String name = simpleName(model);
    switch (facts.shape()) {
      case INTERFACE:
        reporter.report(Message.NOT_A_CLASS, marker, annotation, "interface " + name);
        return false;
      case ANNOTATION:
        reporter.report(Message.NOT_A_CLASS, marker, annotation, "annotation type " + name);
        return false;
      case ENUM:
        reporter.report(Message.NOT_A_CLASS, marker, annotation, "enum " + name);
        return false;
      default:
        break;
    }
    boolean ok = true;
    if (facts.isLocalOrAnonymous()) {
      reporter.report(Message.LOCAL_CLASS, marker, annotation);
      return false;
    }
    if (facts.isAbstract() && !facts.isSealed()) {
      reporter.report(Message.ABSTRACT_CLASS, marker, annotation, name);
      ok = false;
    }
    if (facts.isPrivate()) {
      reporter.report(Message.PRIVATE_CLASS, marker, annotation, name);
      ok = false;
    }
    if (facts.isInnerNonStatic()) {
      reporter.report(Message.INNER_CLASS, marker, annotation, name);
      ok = false;
    }
    if (facts.isGeneric()) {
      reporter.report(Message.GENERIC_CLASS, marker, annotation, name,
          model.element().getTypeParameters().toString());
      ok = false;
    }
    return ok;
  }

  private void checkConstruction(MappedClass model) {
    if (model.construction().kind() != Construction.Kind.NONE) {
      return;
    }
    List<String> names = new ArrayList<>();
    for (Property property : model.properties()) {
      names.add(property.name());
    }
    reporter.report(Message.NO_CONSTRUCTOR, model.marker(), simpleName(model), String.join(", ", names));
  }

  private void checkProperties(MappedClass model) {
    Map<String, Property> byAttribute = new LinkedHashMap<>();
    for (Property property : model.properties()) {
      checkAccess(model, property);
      checkType(property);
      for (Property.AnnotationConflict conflict : property.conflicts()) {
        reporter.report(Message.CONFLICTING_ANNOTATIONS, conflict.second(),
            simpleAnnotationName(conflict.annotation()), property.name(),
            conflict.first().element().getKind().toString().toLowerCase(java.util.Locale.ROOT),
            conflict.first().mirror(), conflict.second().mirror());
      }
      checkAttributeName(property);
      Property earlier = byAttribute.putIfAbsent(property.attributeName(), property);
      if (earlier != null) {
        reporter.report(Message.DUPLICATE_ATTRIBUTE, attributePlacement(property),
            property.attributeName(), earlier.name(), property.name(), simpleName(model));
      }
    }
  }

  private void checkAccess(MappedClass model, Property property) {
    if (property.duplicateGetter() != null) {
      reporter.report(Message.AMBIGUOUS_GETTERS, property.duplicateGetter(), property.name(),
          simpleName(model), "get" + capitalize(property.name()), "is" + capitalize(property.name()));
    }
    if (property.read() == null) {
      reporter.report(Message.UNREADABLE_PROPERTY, property.element(), property.name(),
          simpleName(model), "get" + capitalize(property.name()));
    }
    // A class that cannot be created at all gets one message for that, not one per property.
    if (property.write() == null && model.construction().kind() != Construction.Kind.NONE) {
      reporter.report(Message.UNWRITABLE_PROPERTY, property.element(), property.name(),
          simpleName(model), "set" + capitalize(property.name()), property.javaType());
    }
  }

  private void checkType(Property property) {
    MappedType mapped = property.mapped();
    if (mapped instanceof MappedType.Unsupported) {
      MappedType.Unsupported unsupported = (MappedType.Unsupported) mapped;
      switch (unsupported.reason()) {
        case MISSING_DOCUMENT:
          reporter.report(Message.MISSING_DOCUMENT, property.element(), property.name(),
              property.javaType(), unsupported.offending());
          return;
        case RAW_OR_WILDCARD:
          reporter.report(Message.UNSUPPORTED_TYPE, property.element(), property.name(),
              property.javaType(), " (a raw or wildcard collection: give it a concrete element type, like List<String>)",
              property.javaType());
          return;
        case MAP_KEY:
          reporter.report(Message.UNSUPPORTED_TYPE, property.element(), property.name(),
              property.javaType(), " (map keys must be String or an enum, not " + unsupported.offending() + ")",
              property.javaType());
          return;
        case SET_ELEMENT:
          reporter.report(Message.UNSUPPORTED_TYPE, property.element(), property.name(),
              property.javaType(), " (DynamoDB sets hold strings, numbers or binary, not "
                  + unsupported.offending() + "; use a List instead)",
              property.javaType());
          return;
        case TYPE_VARIABLE:
          reporter.report(Message.UNSUPPORTED_TYPE, property.element(), property.name(),
              property.javaType(), " (a type variable: its real type is unknown)", property.javaType());
          return;
        case ARRAY:
          reporter.report(Message.UNSUPPORTED_TYPE, property.element(), property.name(),
              property.javaType(), " (only byte[] arrays are stored; use a List instead)", property.javaType());
          return;
        default:
          String where = unsupported.offending().equals(property.javaType())
              ? "" : " (because of " + unsupported.offending() + ")";
          reporter.report(Message.UNSUPPORTED_TYPE, property.element(), property.name(),
              property.javaType(), where, property.javaType());
      }
    }
  }

  private void checkAttributeName(Property property) {
    Placed placement = attributePlacement(property);
    String name = property.attributeName();
    if (name.isEmpty()) {
      reporter.report(Message.INVALID_ATTRIBUTE_NAME, placement, property.name(), "empty",
          "give @Attribute a non-empty name, or remove it to use the property name");
      return;
    }
    int bytes = name.getBytes(StandardCharsets.UTF_8).length;
    boolean key = property.isPartitionKey() || property.isSortKey()
        || !property.indexPartitionKeyOf().isEmpty() || !property.indexSortKeyOf().isEmpty();
    if (key && bytes > MAX_KEY_NAME_BYTES) {
      reporter.report(Message.INVALID_ATTRIBUTE_NAME, placement, property.name(),
          bytes + " bytes long", "DynamoDB allows at most 255 bytes for a key attribute name; use a shorter @Attribute name");
    } else if (bytes > MAX_NAME_BYTES) {
      reporter.report(Message.INVALID_ATTRIBUTE_NAME, placement, property.name(),
          bytes + " bytes long", "DynamoDB allows at most 64 KB for an attribute name; use a shorter @Attribute name");
    }
  }

  /** The {@code @Attribute} annotation if the name comes from one, else the property itself. */
  private static Placed attributePlacement(Property property) {
    return property.annotation(AnnotationNames.ATTRIBUTE)
        .orElse(new Placed(property.element(), null));
  }

  private void checkTableName(MappedClass model) {
    String name = model.tableName();
    if (!TABLE_NAME.matcher(name).matches()) {
      String why = name.length() < 3 ? "it is shorter than 3 characters"
          : name.length() > 255 ? "it is longer than 255 characters"
          : "it contains characters other than a-z, A-Z, 0-9, '_', '-' and '.'";
      reporter.report(Message.INVALID_TABLE_NAME, model.marker(), name, why);
    }
  }

  private void checkKeys(MappedClass model) {
    List<Property> partitionKeys = new ArrayList<>();
    List<Property> sortKeys = new ArrayList<>();
    for (Property property : model.properties()) {
      if (property.isPartitionKey()) {
        partitionKeys.add(property);
        checkKeyType(property, "Partition key");
      }
      if (property.isSortKey()) {
        sortKeys.add(property);
        checkKeyType(property, "Sort key");
      }
    }
    if (partitionKeys.isEmpty() && !ignoredKey(model, AnnotationNames.PARTITION_KEY)) {
      reporter.report(Message.MISSING_PARTITION_KEY, model.marker(), simpleName(model));
    }
    reportDuplicates(model, partitionKeys, AnnotationNames.PARTITION_KEY, Message.DUPLICATE_PARTITION_KEY);
    reportDuplicates(model, sortKeys, AnnotationNames.SORT_KEY, Message.DUPLICATE_SORT_KEY);
    for (MappedClass.IgnoredProperty ignored : model.ignoredProperties()) {
      if (!ignored.keyAnnotations().isEmpty()) {
        reporter.report(Message.KEY_IGNORED, ignored.ignore(), ignored.name());
      }
    }
  }

  /** A key that was @Ignore'd is reported as such, not also as missing. */
  private static boolean ignoredKey(MappedClass model, String keyAnnotation) {
    for (MappedClass.IgnoredProperty ignored : model.ignoredProperties()) {
      for (Placed key : ignored.keyAnnotations()) {
        if (key.mirror().getAnnotationType().toString().equals(keyAnnotation)) {
          return true;
        }
      }
    }
    return false;
  }

  private void reportDuplicates(MappedClass model, List<Property> keys, String annotation, Message message) {
    if (keys.size() < 2) {
      return;
    }
    List<String> names = new ArrayList<>();
    for (Property key : keys) {
      names.add(key.name());
    }
    for (Property extra : keys.subList(1, keys.size())) {
      reporter.report(message, extra.annotation(annotation).orElseThrow(), simpleName(model),
          String.join(", ", names));
    }
  }

  private void checkKeyType(Property property, String role) {
    MappedType mapped = property.mapped();
    if (mapped instanceof MappedType.Unsupported || mapped instanceof MappedType.Unresolved) {
      return; // already reported as a type problem
    }
    boolean scalar = mapped instanceof MappedType.Scalar || mapped instanceof MappedType.EnumType
        || mapped instanceof MappedType.Converted;
    if (!scalar || !(mapped instanceof MappedType.Converted) && !mapped.storedAs().isKeyScalar()) {
      String annotation = role.startsWith("Partition") ? AnnotationNames.PARTITION_KEY
          : role.startsWith("Sort") ? AnnotationNames.SORT_KEY
          : role.contains("partition") ? AnnotationNames.INDEX_PARTITION_KEY : AnnotationNames.INDEX_SORT_KEY;
      Placed placed = property.annotation(annotation).orElse(new Placed(property.element(), null));
      reporter.report(Message.KEY_TYPE, placed, role, property.name(), property.javaType(),
          mapped.storedAs());
    }
  }

  private void checkNoKeysInDocument(MappedClass model) {
    for (Property property : model.properties()) {
      for (String key : List.of(AnnotationNames.PARTITION_KEY, AnnotationNames.SORT_KEY,
          AnnotationNames.INDEX_PARTITION_KEY, AnnotationNames.INDEX_SORT_KEY)) {
        property.annotation(key).ifPresent(placed ->
            reporter.report(Message.KEY_IN_DOCUMENT, placed, simpleAnnotationName(key), simpleName(model)));
      }
    }
  }

  private void checkIndexes(MappedClass model) {
    Map<String, Property> partitionKeys = new LinkedHashMap<>();
    Map<String, Property> sortKeys = new LinkedHashMap<>();
    for (Property property : model.properties()) {
      for (String index : property.indexPartitionKeyOf()) {
        checkIndexName(property, AnnotationNames.INDEX_PARTITION_KEY, index);
        Property earlier = partitionKeys.putIfAbsent(index, property);
        if (earlier != null) {
          reporter.report(Message.DUPLICATE_INDEX_KEY,
              property.annotation(AnnotationNames.INDEX_PARTITION_KEY).orElseThrow(),
              index, "partition", earlier.name(), property.name());
        }
      }
      for (String index : property.indexSortKeyOf()) {
        checkIndexName(property, AnnotationNames.INDEX_SORT_KEY, index);
        Property earlier = sortKeys.putIfAbsent(index, property);
        if (earlier != null) {
          reporter.report(Message.DUPLICATE_INDEX_KEY,
              property.annotation(AnnotationNames.INDEX_SORT_KEY).orElseThrow(),
              index, "sort", earlier.name(), property.name());
        }
      }
      if (!property.indexPartitionKeyOf().isEmpty()) {
        checkKeyType(property, "Index partition key");
      }
      if (!property.indexSortKeyOf().isEmpty()) {
        checkKeyType(property, "Index sort key");
      }
    }
    boolean tableHasSortKey = model.sortKey().isPresent();
    for (Map.Entry<String, Property> sortKey : sortKeys.entrySet()) {
      if (!partitionKeys.containsKey(sortKey.getKey()) && !tableHasSortKey) {
        reporter.report(Message.INDEX_SORT_KEY_WITHOUT_PARTITION,
            sortKey.getValue().annotation(AnnotationNames.INDEX_SORT_KEY).orElseThrow(),
            sortKey.getKey(), "a local index needs a table with a @SortKey", sortKey.getKey());
      }
    }
  }

  private void checkIndexName(Property property, String annotation, String index) {
    if (!TABLE_NAME.matcher(index).matches()) {
      String why = index.length() < 3 ? "it is shorter than 3 characters"
          : index.length() > 255 ? "it is longer than 255 characters"
          : "it contains characters other than a-z, A-Z, 0-9, '_', '-' and '.'";
      reporter.report(Message.INVALID_INDEX_NAME, property.annotation(annotation).orElseThrow(), index, why);
    }
  }

  private void checkVersion(MappedClass model) {
    Property first = null;
    for (Property property : model.properties()) {
      if (!property.has(AnnotationNames.VERSION)) {
        continue;
      }
      Placed placed = property.annotation(AnnotationNames.VERSION).orElseThrow();
      String type = property.javaType().toString();
      if (!List.of("long", "int", "java.lang.Long", "java.lang.Integer").contains(type)) {
        reporter.report(Message.INVALID_VERSION, placed, property.name(), type);
      }
      if (first != null) {
        reporter.report(Message.DUPLICATE_VERSION, placed, simpleName(model), first.name(), property.name());
      }
      first = first == null ? property : first;
    }
  }

  private static String simpleAnnotationName(String qualifiedName) {
    return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
  }

  private static String capitalize(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /** Whether a property is set by its constructor (records, immutable classes). */
  static boolean setByConstructor(Property property) {
    return property.write() != null && property.write().kind() == WriteAccess.Kind.CONSTRUCTOR;
  }
}
