package io.dynagen.processor.model.dao;

import io.dynagen.processor.model.MappedClass;
import java.util.List;

/**
 * What a DAO reads and writes. Today one {@code @Table} class and its table; the entity types of
 * single-table design will be another implementation (the entity's class, its table's root and
 * the key prefix that tells its items apart), planned over the same {@link AccessPath}s.
 */
public sealed interface DaoTarget permits DaoTarget.OneClassTable {

  /** The class the DAO's methods take and return. */
  MappedClass entity();

  /** The table, then its indexes: what a method's name may be answered from. */
  List<AccessPath> paths();

  /** The table of one {@code @Table} class. */
  record OneClassTable(MappedClass entity, List<AccessPath> paths) implements DaoTarget {

    public static OneClassTable of(MappedClass entity) {
      return new OneClassTable(entity, AccessPath.of(entity));
    }
  }
}
