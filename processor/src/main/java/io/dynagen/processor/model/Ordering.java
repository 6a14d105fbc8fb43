package io.dynagen.processor.model;

/**
 * Whether DynamoDB orders a type's stored form as Java orders its values: the condition for
 * using it where DynamoDB compares (a sort key, {@code <}, {@code >}, {@code BETWEEN}). Strings
 * and binary values sort by UTF-8 and unsigned bytes, numbers by value, and the {@code java.time}
 * types with an order are written at a fixed width so that their text sorts; the types below do
 * not sort so (see docs/encoding.md).
 */
public final class Ordering {
  private Ordering() {}

  /** Why the stored form of {@code type} does not sort as its values, or null if it does (or the question does not arise). */
  public static String unorderedReason(MappedType type) {
    if (type instanceof MappedType.EnumType) {
      return "an enum is stored as its constant's name, and names do not sort in declaration order";
    }
    if (!(type instanceof MappedType.Scalar)) {
      return null;
    }
    switch (((MappedType.Scalar) type).kind()) {
      case UUID:
        return "a UUID is stored as its text, which sorts as unsigned numbers while UUID.compareTo compares signed ones";
      case OFFSET_DATE_TIME:
      case ZONED_DATE_TIME:
        return "its text carries its offset, so values with different offsets do not sort in time order";
      case PERIOD:
        return "a Period has no order (P1M and P30D do not compare)";
      case ZONE_ID:
        return "a ZoneId has no order";
      default:
        return null;
    }
  }
}
