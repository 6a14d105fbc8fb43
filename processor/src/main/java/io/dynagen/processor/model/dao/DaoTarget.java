package io.dynagen.processor.model.dao;

import io.dynagen.processor.model.EntityModel;
import io.dynagen.processor.model.MappedClass;
import io.dynagen.processor.model.SingleTableModel;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * What a DAO reads and writes: the one class of a table, an entity type of a single table, or a
 * single table's sealed root (its item collections). Each is planned over what it can be read
 * from: {@link AccessPath}s of a one-class table, {@link KeyPath}s of key templates.
 */
public sealed interface DaoTarget permits DaoTarget.OneClassTable, DaoTarget.Entity, DaoTarget.Collections {

  /** The class the DAO's methods take and return. */
  TypeElement type();

  /** The {@code @Table} class whose generated {@code XTable} the DAO is implemented over. */
  TypeElement tableClass();

  /** The table's name as {@code @Table} gives it. */
  String tableName();

  /** The table of one {@code @Table} class. */
  record OneClassTable(MappedClass entity, List<AccessPath> paths) implements DaoTarget {

    public static OneClassTable of(MappedClass entity) {
      return new OneClassTable(entity, AccessPath.of(entity));
    }

    @Override
    public TypeElement type() {
      return entity.element();
    }

    @Override
    public TypeElement tableClass() {
      return entity.element();
    }

    @Override
    public String tableName() {
      return entity.tableName();
    }
  }

  /**
   * An {@code @Entity} of a single table: read by its key templates on the table, then by its
   * {@code @EntityIndex} templates on shared indexes, in that order.
   */
  record Entity(SingleTableModel root, EntityModel entity, List<KeyPath> paths) implements DaoTarget {

    public static Entity of(SingleTableModel root, EntityModel entity) {
      return new Entity(root, entity, KeyPath.of(entity));
    }

    @Override
    public TypeElement type() {
      return entity.element();
    }

    @Override
    public TypeElement tableClass() {
      return root.root();
    }

    @Override
    public String tableName() {
      return root.tableName();
    }
  }

  /** The sealed root of a single table: read by item collection, the table's then each index's. */
  record Collections(SingleTableModel root, List<KeyPath> paths) implements DaoTarget {

    public static Collections of(SingleTableModel root) {
      return new Collections(root, KeyPath.collections(root));
    }

    @Override
    public TypeElement type() {
      return root.root();
    }

    @Override
    public TypeElement tableClass() {
      return root.root();
    }

    @Override
    public String tableName() {
      return root.tableName();
    }
  }
}
