package io.dynagen.processor.check;

import static io.dynagen.processor.check.Names.simpleAnnotationName;
import static io.dynagen.processor.check.Names.simpleName;

import io.dynagen.processor.model.AnnotationNames;
import io.dynagen.processor.model.MappedClass;
import io.dynagen.processor.model.MappedType;
import io.dynagen.processor.model.Placed;
import io.dynagen.processor.model.Property;
import java.util.List;
import java.util.Map;

/**
 * The rules of the properties whose values Dynagen writes itself: {@code @Version}, {@code
 * @AutoTimestamp}, {@code @GeneratedUuid}, {@code @Ttl} and {@code @AtomicCounter}. Each needs a
 * type the runtime can compute with, lives on a table's own attributes, leaves the table's keys
 * alone (but for a generated UUID), and asks for one way of writing the value.
 */
final class GeneratedValueRules {
  private static final List<String> WHOLE_NUMBERS = List.of("long", "int", "java.lang.Long", "java.lang.Integer");

  /** What each annotation needs, other than {@code @Version} (which has its own message). */
  private static final Map<String, Requirement> TYPES = Map.of(
      AnnotationNames.AUTO_TIMESTAMP,
      new Requirement(List.of("java.time.Instant"), "an @AutoTimestamp must be a java.time.Instant"),
      AnnotationNames.GENERATED_UUID,
      new Requirement(List.of("java.lang.String", "java.util.UUID"), "a @GeneratedUuid must be a String or a UUID"),
      AnnotationNames.TTL,
      new Requirement(List.of("java.time.Instant", "long", "java.lang.Long"),
          "a @Ttl must be a java.time.Instant, or a long or Long of epoch seconds"),
      AnnotationNames.ATOMIC_COUNTER,
      new Requirement(WHOLE_NUMBERS, "an @AtomicCounter must be a long, int, Long or Integer"));

  private record Requirement(List<String> types, String rule) {}

  private final Reporter reporter;

  GeneratedValueRules(Reporter reporter) {
    this.reporter = reporter;
  }

  void check(MappedClass model) {
    Property firstVersion = null;
    Property firstTtl = null;
    for (Property property : model.properties()) {
      List<Placed> generated = property.generatedValueAnnotations();
      if (generated.isEmpty()) {
        continue;
      }
      Placed first = generated.get(0);
      if (!model.isTable() && !model.isItem()) {
        reporter.report(Message.GENERATED_VALUE_IN_DOCUMENT, first, name(first), property.name(), simpleName(model));
        continue;
      }
      if (generated.size() > 1) {
        reporter.report(Message.CONFLICTING_GENERATED_VALUES, generated.get(1), property.name(),
            name(first), name(generated.get(1)));
        continue;
      }
      Placed convert = property.annotation(AnnotationNames.CONVERT).orElse(null);
      if (convert != null) {
        reporter.report(Message.CONFLICTING_GENERATED_VALUES, first, property.name(), name(first), "Convert");
        continue;
      }
      String annotation = first.mirror().getAnnotationType().toString();
      if ((property.isPartitionKey() || property.isSortKey()) && !annotation.equals(AnnotationNames.GENERATED_UUID)) {
        reporter.report(Message.GENERATED_VALUE_ON_KEY, first, name(first), property.name(), name(first));
        continue;
      }
      checkType(property, first, annotation);
      if (annotation.equals(AnnotationNames.VERSION)) {
        if (firstVersion != null) {
          reporter.report(Message.DUPLICATE_VERSION, first, simpleName(model), firstVersion.name(), property.name());
        }
        firstVersion = firstVersion == null ? property : firstVersion;
      } else if (annotation.equals(AnnotationNames.TTL)) {
        if (firstTtl != null) {
          reporter.report(Message.DUPLICATE_TTL, first, simpleName(model), firstTtl.name(), property.name());
        }
        firstTtl = firstTtl == null ? property : firstTtl;
      } else if (annotation.equals(AnnotationNames.ATOMIC_COUNTER) && property.counterDelta() == 0) {
        reporter.report(Message.ZERO_COUNTER_DELTA, first, property.name());
      }
    }
  }

  private void checkType(Property property, Placed placed, String annotation) {
    String type = property.javaType().toString();
    if (annotation.equals(AnnotationNames.VERSION)) {
      if (!WHOLE_NUMBERS.contains(type)) {
        reporter.report(Message.INVALID_VERSION, placed, property.name(), type);
      }
      return;
    }
    Requirement requirement = TYPES.get(annotation);
    // An Optional or collection maps to another MappedType; the declared type says it all.
    if (!requirement.types().contains(type) || property.mapped() instanceof MappedType.Unsupported) {
      reporter.report(Message.GENERATED_VALUE_TYPE, placed, name(placed), property.name(), type, requirement.rule());
    }
  }

  private static String name(Placed placed) {
    return simpleAnnotationName(placed.mirror().getAnnotationType().toString());
  }
}
