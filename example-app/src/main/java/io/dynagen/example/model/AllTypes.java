package io.dynagen.example.model;

import io.dynagen.annotations.Convert;
import io.dynagen.annotations.PartitionKey;
import io.dynagen.annotations.Table;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import software.amazon.awssdk.core.SdkBytes;

/**
 * Every type Dynagen maps, on a class with public fields that inherits two properties from
 * {@link Audited}.
 */
@Table(name = "all_types")
public class AllTypes extends Audited {
  @PartitionKey public String id;

  public char aChar;
  public Character boxedChar;
  public boolean aBoolean;
  public Boolean boxedBoolean;
  public byte aByte;
  public Byte boxedByte;
  public short aShort;
  public Short boxedShort;
  public int anInt;
  public Integer boxedInt;
  public long aLong;
  public Long boxedLong;
  public float aFloat;
  public Float boxedFloat;
  public double aDouble;
  public Double boxedDouble;
  public BigInteger bigInteger;
  public BigDecimal bigDecimal;

  public byte[] bytes;
  public SdkBytes sdkBytes;
  public ByteBuffer byteBuffer;

  public Color color;
  public UUID uuid;
  public Instant instant;
  public LocalDate localDate;
  public LocalDateTime localDateTime;
  public LocalTime localTime;
  public OffsetDateTime offsetDateTime;
  public ZonedDateTime zonedDateTime;
  public Duration duration;
  public Period period;
  public ZoneId zoneId;
  public MonthDay monthDay;

  public Optional<String> optionalString;
  public Optional<Integer> optionalInt;

  public List<String> strings;
  public List<List<Integer>> nestedInts;
  public List<Point> points;
  public Set<String> stringSet;
  public Set<Integer> intSet;
  public Set<BigDecimal> decimalSet;
  public Set<SdkBytes> binarySet;
  public Set<Color> colorSet;
  public Map<String, Integer> counts;
  public Map<Color, String> colorNames;
  public Map<String, List<Point>> routes;

  public Point origin;

  @Convert(MoneyConverter.class)
  public Money price;
}
