package io.dynagen.processor.model;

import java.util.List;

/**
 * Qualified names of the annotations and runtime types Dynagen reads and refers to. The
 * processor never loads the runtime's classes: it names them.
 */
public final class AnnotationNames {
  public static final String PACKAGE = "io.dynagen.annotations";
  public static final String TABLE = PACKAGE + ".Table";
  public static final String DOCUMENT = PACKAGE + ".Document";
  public static final String PARTITION_KEY = PACKAGE + ".PartitionKey";
  public static final String SORT_KEY = PACKAGE + ".SortKey";
  public static final String ATTRIBUTE = PACKAGE + ".Attribute";
  public static final String IGNORE = PACKAGE + ".Ignore";
  public static final String CONVERT = PACKAGE + ".Convert";
  public static final String VERSION = PACKAGE + ".Version";
  public static final String AUTO_TIMESTAMP = PACKAGE + ".AutoTimestamp";
  public static final String GENERATED_UUID = PACKAGE + ".GeneratedUuid";
  public static final String TTL = PACKAGE + ".Ttl";
  public static final String ATOMIC_COUNTER = PACKAGE + ".AtomicCounter";
  public static final String SINGLE_TABLE = PACKAGE + ".SingleTable";
  public static final String SHARED_INDEX = PACKAGE + ".SharedIndex";
  public static final String SHARED_INDEXES = PACKAGE + ".SharedIndexes";
  public static final String ENTITY = PACKAGE + ".Entity";
  public static final String ENTITY_INDEX = PACKAGE + ".EntityIndex";
  public static final String ENTITY_INDEXES = PACKAGE + ".EntityIndexes";

  /** The annotations asking Dynagen to write a property's value itself. */
  public static final List<String> GENERATED_VALUES =
      List.of(VERSION, AUTO_TIMESTAMP, GENERATED_UUID, TTL, ATOMIC_COUNTER);
  public static final String INDEX_PARTITION_KEY = PACKAGE + ".IndexPartitionKey";
  public static final String INDEX_SORT_KEY = PACKAGE + ".IndexSortKey";
  public static final String LOCAL_INDEX_SORT_KEY = PACKAGE + ".LocalIndexSortKey";

  public static final String ATTRIBUTE_CONVERTER = "io.dynagen.runtime.AttributeConverter";

  private AnnotationNames() {}
}
