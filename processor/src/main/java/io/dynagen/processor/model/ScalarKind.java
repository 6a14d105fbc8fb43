package io.dynagen.processor.model;

/**
 * The single-valued Java types Dynagen maps itself, each with the DynamoDB type it is stored as
 * (the Enhanced Client's default encoding, see DESIGN.md).
 */
public enum ScalarKind {
  STRING("java.lang.String", StoredAs.S),
  CHAR("java.lang.Character", StoredAs.S),
  BOOLEAN("java.lang.Boolean", StoredAs.BOOL),
  BYTE("java.lang.Byte", StoredAs.N),
  SHORT("java.lang.Short", StoredAs.N),
  INT("java.lang.Integer", StoredAs.N),
  LONG("java.lang.Long", StoredAs.N),
  FLOAT("java.lang.Float", StoredAs.N),
  DOUBLE("java.lang.Double", StoredAs.N),
  BIG_INTEGER("java.math.BigInteger", StoredAs.N),
  BIG_DECIMAL("java.math.BigDecimal", StoredAs.N),
  BYTES("byte[]", StoredAs.B),
  SDK_BYTES("software.amazon.awssdk.core.SdkBytes", StoredAs.B),
  BYTE_BUFFER("java.nio.ByteBuffer", StoredAs.B),
  UUID("java.util.UUID", StoredAs.S),
  INSTANT("java.time.Instant", StoredAs.S),
  LOCAL_DATE("java.time.LocalDate", StoredAs.S),
  LOCAL_DATE_TIME("java.time.LocalDateTime", StoredAs.S),
  LOCAL_TIME("java.time.LocalTime", StoredAs.S),
  OFFSET_DATE_TIME("java.time.OffsetDateTime", StoredAs.S),
  ZONED_DATE_TIME("java.time.ZonedDateTime", StoredAs.S),
  DURATION("java.time.Duration", StoredAs.N),
  PERIOD("java.time.Period", StoredAs.S),
  ZONE_ID("java.time.ZoneId", StoredAs.S),
  MONTH_DAY("java.time.MonthDay", StoredAs.S),
  /** An Instant marked {@code @Ttl}: whole epoch seconds, the only form DynamoDB expires by. */
  EPOCH_SECONDS("java.time.Instant", StoredAs.N);

  private final String boxedName;
  private final StoredAs storedAs;

  ScalarKind(String boxedName, StoredAs storedAs) {
    this.boxedName = boxedName;
    this.storedAs = storedAs;
  }

  /** The qualified name of the (boxed) Java type. */
  public String boxedName() {
    return boxedName;
  }

  public StoredAs storedAs() {
    return storedAs;
  }

  /** The kind of a qualified class name, or null if it is not a scalar Dynagen maps. */
  public static ScalarKind ofQualifiedName(String name) {
    for (ScalarKind kind : values()) {
      // EPOCH_SECONDS is chosen by @Ttl, never by the type alone.
      if (kind != EPOCH_SECONDS && kind.boxedName.equals(name)) {
        return kind;
      }
    }
    return null;
  }
}
