package io.dynagen.processor.check;

import io.dynagen.processor.model.AnnotationNames;

/** The five ways a property can be a key, each with the annotation that makes it one. */
enum KeyRole {
  PARTITION_KEY("Partition key", AnnotationNames.PARTITION_KEY),
  SORT_KEY("Sort key", AnnotationNames.SORT_KEY),
  INDEX_PARTITION_KEY("Index partition key", AnnotationNames.INDEX_PARTITION_KEY),
  INDEX_SORT_KEY("Index sort key", AnnotationNames.INDEX_SORT_KEY),
  LOCAL_INDEX_SORT_KEY("Local index sort key", AnnotationNames.LOCAL_INDEX_SORT_KEY);

  private final String description;
  private final String annotation;

  KeyRole(String description, String annotation) {
    this.description = description;
    this.annotation = annotation;
  }

  /** True for the sort keys, by which DynamoDB orders and compares items. */
  boolean ordered() {
    return this == SORT_KEY || this == INDEX_SORT_KEY || this == LOCAL_INDEX_SORT_KEY;
  }

  /** How messages name the role: {@code Partition key 'id' ...}. */
  String description() {
    return description;
  }

  String annotation() {
    return annotation;
  }
}
