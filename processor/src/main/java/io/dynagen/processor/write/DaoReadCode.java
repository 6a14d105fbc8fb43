package io.dynagen.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import io.dynagen.processor.model.Property;
import io.dynagen.processor.model.dao.DaoPlan;
import io.dynagen.processor.model.dao.DaoPlan.Bound;
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
    for (Bound filter : read.filters()) {
      request.add(".filter($L)", filterCondition(filter, metamodel));
    }
    if (read.descending()) {
      request.add(".descending()");
    }
    if (projected != null) {
      request.add(".project($L)", paths(projected.projection(), metamodel));
    }
    boolean oneItemIsEnough = read.filters().isEmpty();
    CodeBlock converter = projected == null ? null : projected.converter();
    switch (read.shape()) {
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
        CodeBlock page = CodeBlock.of("$T.page($L, $N, $N)", DAO_SUPPORT, request.build(), read.cursor().name(),
            read.pageSize().name());
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
        throw new IllegalStateException("no code for " + read.shape());
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
