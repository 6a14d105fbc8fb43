package io.dynagen.processor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;

/**
 * One mapped property of a class, as read from its field, accessors or record component.
 *
 * @param name the Java property name ({@code firstName})
 * @param attributeName the stored attribute name ({@code first_name} with {@code @Attribute})
 * @param javaType the declared type
 * @param mapped how the type is stored
 * @param read how to read it, or null if it cannot be read
 * @param write how to set it, or null if it cannot be set
 * @param element the element diagnostics about the property go to (field, getter or component)
 * @param annotations the Dynagen annotations on the property, by qualified name
 * @param conflicts annotations given on more than one element with different values
 * @param transientField true if the property comes from a {@code transient} field
 * @param duplicateGetter the {@code isX} getter when {@code getX} exists too (ambiguous), or null
 */
public record Property(
    String name,
    String attributeName,
    TypeMirror javaType,
    MappedType mapped,
    ReadAccess read,
    WriteAccess write,
    Element element,
    Map<String, Placed> annotations,
    List<AnnotationConflict> conflicts,
    boolean transientField,
    javax.lang.model.element.ExecutableElement duplicateGetter) {

  public Optional<Placed> annotation(String qualifiedName) {
    return Optional.ofNullable(annotations.get(qualifiedName));
  }

  public boolean has(String qualifiedName) {
    return annotations.containsKey(qualifiedName);
  }

  public boolean isPartitionKey() {
    return has(AnnotationNames.PARTITION_KEY);
  }

  public boolean isSortKey() {
    return has(AnnotationNames.SORT_KEY);
  }

  /** The generated-value annotations on this property ({@code @Version}, {@code @Ttl}, ...). */
  public List<Placed> generatedValueAnnotations() {
    List<Placed> placed = new ArrayList<>();
    for (String name : AnnotationNames.GENERATED_VALUES) {
      annotation(name).ifPresent(placed::add);
    }
    return placed;
  }

  /** {@code CREATE} or {@code EVERY_WRITE}, for an {@code @AutoTimestamp} property. */
  public String timestampPolicy() {
    return annotation(AnnotationNames.AUTO_TIMESTAMP)
        .map(placed -> Annotations.enumConstantName(placed.mirror(), "value"))
        .orElse("");
  }

  /** The {@code start} of an {@code @AtomicCounter}. */
  public long counterStart() {
    return annotation(AnnotationNames.ATOMIC_COUNTER)
        .map(placed -> Annotations.longValue(placed.mirror(), "start"))
        .orElse(0L);
  }

  /** The {@code delta} of an {@code @AtomicCounter}. */
  public long counterDelta() {
    return annotation(AnnotationNames.ATOMIC_COUNTER)
        .map(placed -> Annotations.longValue(placed.mirror(), "delta"))
        .orElse(0L);
  }

  /** The index names this property is the partition key of. */
  public List<String> indexPartitionKeyOf() {
    return annotation(AnnotationNames.INDEX_PARTITION_KEY)
        .map(placed -> Annotations.stringValues(placed.mirror(), "value"))
        .orElse(List.of());
  }

  /** The index names this property is the sort key of. */
  public List<String> indexSortKeyOf() {
    return annotation(AnnotationNames.INDEX_SORT_KEY)
        .map(placed -> Annotations.stringValues(placed.mirror(), "value"))
        .orElse(List.of());
  }

  /** The local index names this property is the sort key of ({@code @LocalIndexSortKey}). */
  public List<String> localIndexSortKeyOf() {
    return annotation(AnnotationNames.LOCAL_INDEX_SORT_KEY)
        .map(placed -> Annotations.stringValues(placed.mirror(), "value"))
        .orElse(List.of());
  }

  /**
   * The projection of the indexes this property declares with {@code annotationName} ({@code
   * IndexPartitionKey} or {@code LocalIndexSortKey}), if it carries that annotation.
   */
  public Optional<IndexProjection> indexProjection(String annotationName) {
    return annotation(annotationName).map(IndexProjection::of);
  }

  /** The same annotation on two elements of one property (field and getter) with different values. */
  public record AnnotationConflict(String annotation, Placed first, Placed second) {}
}
