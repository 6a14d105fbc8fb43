package io.dynagen.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * A sealed {@code @Table} root and its entity types: one table of several types.
 *
 * @param root the sealed interface or abstract class
 * @param facts the root's shape
 * @param table its {@code @Table}
 * @param singleTable its {@code @SingleTable}, or {@code null} (the defaults apply)
 * @param tableName the table name
 * @param partitionKey the partition key attribute name
 * @param sortKey the sort key attribute name
 * @param typeAttribute the type attribute name
 * @param keyPrefix true if types are told apart by key prefix alone (no type attribute stored)
 * @param indexes the shared indexes
 * @param entities the permitted subclasses, in {@code permits} order
 */
public record SingleTableModel(
    TypeElement root,
    ClassFacts facts,
    Placed table,
    Placed singleTable,
    String tableName,
    String partitionKey,
    String sortKey,
    String typeAttribute,
    boolean keyPrefix,
    List<SharedIndex> indexes,
    List<EntityModel> entities) {

  /**
   * A {@code @SharedIndex} of the root.
   *
   * @param annotation the annotation, to report on
   * @param name the index name
   * @param partitionKey its partition key attribute
   * @param sortKey its sort key attribute, or {@code ""} for none
   */
  public record SharedIndex(Placed annotation, String name, String partitionKey, String sortKey) {
    public boolean hasSortKey() {
      return !sortKey.isEmpty();
    }
  }

  public ClassName className() {
    return ClassName.get(root);
  }

  /** The marker to report root-wide problems on: {@code @SingleTable} if present, else {@code @Table}. */
  public Placed marker() {
    return singleTable != null ? singleTable : table;
  }
}
