package io.dynagen.processor.check;

import static io.dynagen.processor.check.Names.simpleAnnotationName;
import static io.dynagen.processor.check.Names.simpleName;

import io.dynagen.processor.model.AnnotationNames;
import io.dynagen.processor.model.MappedClass;
import io.dynagen.processor.model.Placed;
import io.dynagen.processor.model.Property;
import java.util.ArrayList;
import java.util.List;

/** The rules about the table's keys: one partition key, at most one sort key, never ignored. */
final class KeyRules {
  private final Reporter reporter;
  private final KeyTypeRule keyType;

  KeyRules(Reporter reporter, KeyTypeRule keyType) {
    this.reporter = reporter;
    this.keyType = keyType;
  }

  void checkTableKeys(MappedClass model) {
    List<Property> partitionKeys = new ArrayList<>();
    List<Property> sortKeys = new ArrayList<>();
    for (Property property : model.properties()) {
      if (property.isPartitionKey()) {
        partitionKeys.add(property);
        keyType.check(property, KeyRole.PARTITION_KEY);
      }
      if (property.isSortKey()) {
        sortKeys.add(property);
        keyType.check(property, KeyRole.SORT_KEY);
      }
    }
    // A key that was @Ignore'd or put on a static field is reported as such, not also as missing.
    if (partitionKeys.isEmpty() && !misplacedKey(model, AnnotationNames.PARTITION_KEY)) {
      reporter.report(Message.MISSING_PARTITION_KEY, model.marker(), simpleName(model));
    }
    reportExtraKeys(model, partitionKeys, AnnotationNames.PARTITION_KEY, Message.DUPLICATE_PARTITION_KEY);
    reportExtraKeys(model, sortKeys, AnnotationNames.SORT_KEY, Message.DUPLICATE_SORT_KEY);
    for (MappedClass.IgnoredProperty ignored : model.ignoredProperties()) {
      if (!ignored.keyAnnotations().isEmpty()) {
        reporter.report(Message.KEY_IGNORED, ignored.ignore(), ignored.name());
      }
    }
  }

  /** Documents are stored inside an item: key annotations in them mean nothing. */
  void checkNoKeysInDocument(MappedClass model) {
    for (Property property : model.properties()) {
      for (KeyRole role : KeyRole.values()) {
        property.annotation(role.annotation()).ifPresent(placed -> reporter.report(
            model.isItem() ? Message.KEY_IN_ENTITY : Message.KEY_IN_DOCUMENT, placed,
            simpleAnnotationName(role.annotation()), simpleName(model)));
      }
    }
  }

  private static boolean misplacedKey(MappedClass model, String keyAnnotation) {
    for (MappedClass.IgnoredProperty ignored : model.ignoredProperties()) {
      for (Placed key : ignored.keyAnnotations()) {
        if (isAnnotation(key, keyAnnotation)) {
          return true;
        }
      }
    }
    for (Placed member : model.annotatedStaticMembers()) {
      if (isAnnotation(member, keyAnnotation)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAnnotation(Placed placed, String qualifiedName) {
    return placed.mirror().getAnnotationType().toString().equals(qualifiedName);
  }

  /** Each key after the first is reported on its own annotation, naming all of them. */
  private void reportExtraKeys(MappedClass model, List<Property> keys, String annotation, Message message) {
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
}
