package io.dynagen.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import io.dynagen.processor.model.Property;
import io.dynagen.processor.model.dao.DaoPlan;
import io.dynagen.processor.model.dao.KeyPath;
import io.dynagen.processor.model.dao.DaoPlan.Bound;
import io.dynagen.processor.model.dao.DaoPlan.Param;
import io.dynagen.processor.model.dao.DaoPlan.Projection;
import io.dynagen.processor.model.dao.Operator;
import java.util.ArrayList;
import java.util.List;

/**
 * The call chain of a DAO read: the Query of the table or index (or the Scan the name asked for),
 * its filters, order and projection, and how its items are returned.
 */
final class DaoReadCode {
  private static final ClassName DAO_SUPPORT = ClassName.get(RuntimeNames.TABLE_READ, "DaoSupport");
  private static final ClassName SORT_KEY_CONDITION = ClassName.get(RuntimeNames.EXPR, "SortKeyCondition");

  /** A projection and the constant converting the entity to it. */
  record Projected(Projection projection, CodeBlock converter) {}

  private DaoReadCode() {}

  static CodeBlock of(DaoPlan.Read read, ClassName metamodel, Projected projected) {
    CodeBlock.Builder request = CodeBlock.builder().add("this.table");
    if (!read.path().isTable()) {
      request.add(".$N()", read.path().index().accessorName());
    }
    if (read.isScan()) {
      request.add(".scan()");
    } else {
      if (read.sortKey() == null) {
        request.add(".query($L)", DaoWriter.arguments(read.partition().params()));
      } else {
        request.add(".query($L, $L)", DaoWriter.arguments(read.partition().params()), sortKeyCondition(read.sortKey()));
      }
    }
    narrow(request, read.filters(), read.descending(), metamodel);
    if (projected != null) {
      request.add(".project($L)", paths(projected.projection(), metamodel));
    }
    return returned(request, read.shape(), read.filters().isEmpty(), projected, read.cursor(), read.pageSize());
  }

  /**
   * The Query of a single table: of an entity by its templates on the table ({@code
   * this.table.orders().query(customerId)}) or on a shared index ({@code .queryGsi1(orderId)}), or
   * an item collection ({@code this.table.customerCollection(customerId)}, {@code
   * this.table.gsi1().orderCollection(orderId)}).
   *
   * @param entityAccessor the entity's accessor on the table ({@code orders}), or null for a collection
   * @param metamodel the entity's metamodel, for filters; null for a collection
   */
  static CodeBlock of(DaoPlan.TemplateRead read, String entityAccessor, ClassName metamodel) {
    CodeBlock.Builder request = CodeBlock.builder().add("this.table");
    List<Param> partition = new ArrayList<>();
    read.partition().forEach(bound -> partition.addAll(bound.params()));
    CodeBlock arguments = DaoWriter.arguments(partition);
    if (read.sortKey() != null) {
      arguments = CodeBlock.of("$L, $L", arguments, sortKeyCondition(read.sortKey()));
    }
    KeyPath path = read.path();
    if (entityAccessor == null) {
      if (!path.isTable()) {
        request.add(".$N()", SingleTableWriter.indexName(path.index()));
      }
      request.add(".$N($L)", path.collection() + "Collection", arguments);
    } else {
      request.add(".$N().$N($L)", entityAccessor,
          path.isTable() ? "query" : SingleTableWriter.indexQueryName(path.index()), arguments);
    }
    narrow(request, read.filters(), read.descending(), metamodel);
    return returned(request, read.shape(), read.filters().isEmpty(), null, read.cursor(), read.pageSize());
  }

  /** The filters ({@code @Filter} parameters, each through the metamodel) and the order. */
  private static void narrow(CodeBlock.Builder request, List<Bound> filters, boolean descending, ClassName metamodel) {
    for (Bound filter : filters) {
      request.add(".filter($L)", filterCondition(filter, metamodel));
    }
    if (descending) {
      request.add(".descending()");
    }
  }

  /** The request read into its shape: a list, a stream, a page, the first item, whether any, how many. */
  private static CodeBlock returned(CodeBlock.Builder request, DaoPlan.Shape shape, boolean oneItemIsEnough,
      Projected projected, Param cursor, Param pageSize) {
    CodeBlock converter = projected == null ? null : projected.converter();
    switch (shape) {
      case LIST:
        return converter == null
            ? request.add(".toList()").build()
            : CodeBlock.of("$T.map($L.toList(), $L)", DAO_SUPPORT, request.build(), converter);
      case STREAM:
        request.add(".stream()");
        return converter == null ? request.build() : request.add(".map($L)", converter).build();
      case ITERABLE:
        return converter == null ? request.build() : CodeBlock.of("$T.map($L, $L)", DAO_SUPPORT, request.build(), converter);
      case PAGE:
        CodeBlock page = CodeBlock.of("$T.page($L, $N, $N)", DAO_SUPPORT, request.build(), cursor.name(),
            pageSize.name());
        return converter == null ? page : CodeBlock.of("$T.map($L, $L)", DAO_SUPPORT, page, converter);
      case FIRST:
        // Without a filter the first item read is the first match: one item read, one request.
        if (oneItemIsEnough) {
          request.add(".pageSize(1)");
        }
        CodeBlock first = CodeBlock.of("$T.first($L)", DAO_SUPPORT, request.build());
        return converter == null ? first : CodeBlock.of("$L.map($L)", first, converter);
      case EXISTS:
        if (oneItemIsEnough) {
          request.add(".pageSize(1)");
        }
        return CodeBlock.of("$T.any($L)", DAO_SUPPORT, request.build());
      case COUNT:
        return request.add(".count()").build();
      default:
        throw new IllegalStateException("no code for " + shape);
    }
  }

  /** The metamodel condition of a filter: {@code Order_.total.gt(total)}, {@code Order_.coupon.exists()}. */
  private static CodeBlock filterCondition(Bound filter, ClassName metamodel) {
    String path = filter.property().name();
    if (filter.operator() == Operator.EXISTS) {
      return CodeBlock.of("$N ? $T.$N.exists() : $T.$N.notExists()", filter.params().get(0).name(), metamodel, path,
          metamodel, path);
    }
    String method = methodName(filter.operator());
    return CodeBlock.of("$T.$N.$L($L)", metamodel, path, method, DaoWriter.arguments(filter.params()));
  }

  /** The method of the metamodel path (or of {@code SortKeyCondition}) applying {@code operator}. */
  private static String methodName(Operator operator) {
    return switch (operator) {
      case EQ -> "eq";
      case NE -> "ne";
      case LT -> "lt";
      case LE -> "le";
      case GT -> "gt";
      case GE -> "ge";
      case BETWEEN -> "between";
      case BEGINS_WITH -> "beginsWith";
      case CONTAINS -> "contains";
      case IN -> "in";
      case EXISTS -> "exists";
    };
  }

  /** {@code SortKeyCondition.between(from, to)}. */
  private static CodeBlock sortKeyCondition(Bound sortKey) {
    if (!sortKey.operator().isKeyCondition() || sortKey.operator() == Operator.IN) {
      throw new IllegalStateException(sortKey.operator() + " is no key condition");
    }
    String factory = methodName(sortKey.operator());
    return CodeBlock.of("$T.$L($L)", SORT_KEY_CONDITION, factory, DaoWriter.arguments(sortKey.params()));
  }

  /** The metamodel paths of a projection's components: {@code Order_.customer, Order_.total}. */
  static CodeBlock paths(Projection projection, ClassName metamodel) {
    List<CodeBlock> paths = new ArrayList<>();
    for (Property component : projection.components()) {
      paths.add(CodeBlock.of("$T.$N", metamodel, component.name()));
    }
    return CodeBlock.join(paths, ", ");
  }
}
