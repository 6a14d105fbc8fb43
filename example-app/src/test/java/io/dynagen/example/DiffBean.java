package io.dynagen.example;

import io.dynagen.annotations.PartitionKey;
import io.dynagen.annotations.SortKey;
import io.dynagen.annotations.Table;
import io.dynagen.example.model.Color;
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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSortKey;

/**
 * A bean mapped both by Dynagen ({@code @Table}, {@code @PartitionKey}, {@code @SortKey}) and by
 * the AWS Enhanced Client ({@code @DynamoDbBean}, {@code @DynamoDbPartitionKey},
 * {@code @DynamoDbSortKey}), with every type both map by default, for the differential test.
 * Property names are the stored names on both sides (no renaming).
 */
@Table(name = "diff_beans", enhancedSchema = true)
@DynamoDbBean
public class DiffBean {
  private String pk;
  private String sk;
  private String text;
  private char letter;
  private Character boxedLetter;
  private boolean flag;
  private Boolean boxedFlag;
  private byte tiny;
  private Byte boxedTiny;
  private short small;
  private Short boxedSmall;
  private int count;
  private Integer boxedCount;
  private long big;
  private Long boxedBig;
  private float ratio;
  private Float boxedRatio;
  private double real;
  private Double boxedReal;
  private BigInteger bigInteger;
  private BigDecimal bigDecimal;
  private byte[] bytes;
  private SdkBytes sdkBytes;
  private ByteBuffer byteBuffer;
  private Color color;
  private UUID uuid;
  private Instant instant;
  private LocalDate localDate;
  private LocalDateTime localDateTime;
  private LocalTime localTime;
  private OffsetDateTime offsetDateTime;
  private ZonedDateTime zonedDateTime;
  private Duration duration;
  private Period period;
  private ZoneId zoneId;
  private MonthDay monthDay;
  private List<String> strings;
  private List<Integer> ints;
  private Set<String> stringSet;
  private Set<Integer> intSet;
  private Set<BigDecimal> decimalSet;
  private Set<SdkBytes> binarySet;
  private Map<String, String> labels;
  private Map<String, Integer> counts;
  private DiffPlace place;
  private List<DiffPlace> places;
  private Map<String, DiffPlace> placesByName;

  @PartitionKey
  @DynamoDbPartitionKey
  public String getPk() {
    return pk;
  }

  public void setPk(String pk) {
    this.pk = pk;
  }

  @SortKey
  @DynamoDbSortKey
  public String getSk() {
    return sk;
  }

  public void setSk(String sk) {
    this.sk = sk;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public char getLetter() {
    return letter;
  }

  public void setLetter(char letter) {
    this.letter = letter;
  }

  public Character getBoxedLetter() {
    return boxedLetter;
  }

  public void setBoxedLetter(Character boxedLetter) {
    this.boxedLetter = boxedLetter;
  }

  public boolean isFlag() {
    return flag;
  }

  public void setFlag(boolean flag) {
    this.flag = flag;
  }

  public Boolean getBoxedFlag() {
    return boxedFlag;
  }

  public void setBoxedFlag(Boolean boxedFlag) {
    this.boxedFlag = boxedFlag;
  }

  public byte getTiny() {
    return tiny;
  }

  public void setTiny(byte tiny) {
    this.tiny = tiny;
  }

  public Byte getBoxedTiny() {
    return boxedTiny;
  }

  public void setBoxedTiny(Byte boxedTiny) {
    this.boxedTiny = boxedTiny;
  }

  public short getSmall() {
    return small;
  }

  public void setSmall(short small) {
    this.small = small;
  }

  public Short getBoxedSmall() {
    return boxedSmall;
  }

  public void setBoxedSmall(Short boxedSmall) {
    this.boxedSmall = boxedSmall;
  }

  public int getCount() {
    return count;
  }

  public void setCount(int count) {
    this.count = count;
  }

  public Integer getBoxedCount() {
    return boxedCount;
  }

  public void setBoxedCount(Integer boxedCount) {
    this.boxedCount = boxedCount;
  }

  public long getBig() {
    return big;
  }

  public void setBig(long big) {
    this.big = big;
  }

  public Long getBoxedBig() {
    return boxedBig;
  }

  public void setBoxedBig(Long boxedBig) {
    this.boxedBig = boxedBig;
  }

  public float getRatio() {
    return ratio;
  }

  public void setRatio(float ratio) {
    this.ratio = ratio;
  }

  public Float getBoxedRatio() {
    return boxedRatio;
  }

  public void setBoxedRatio(Float boxedRatio) {
    this.boxedRatio = boxedRatio;
  }

  public double getReal() {
    return real;
  }

  public void setReal(double real) {
    this.real = real;
  }

  public Double getBoxedReal() {
    return boxedReal;
  }

  public void setBoxedReal(Double boxedReal) {
    this.boxedReal = boxedReal;
  }

  public BigInteger getBigInteger() {
    return bigInteger;
  }

  public void setBigInteger(BigInteger bigInteger) {
    this.bigInteger = bigInteger;
  }

  public BigDecimal getBigDecimal() {
    return bigDecimal;
  }

  public void setBigDecimal(BigDecimal bigDecimal) {
    this.bigDecimal = bigDecimal;
  }

  public byte[] getBytes() {
    return bytes;
  }

  public void setBytes(byte[] bytes) {
    this.bytes = bytes;
  }

  public SdkBytes getSdkBytes() {
    return sdkBytes;
  }

  public void setSdkBytes(SdkBytes sdkBytes) {
    this.sdkBytes = sdkBytes;
  }

  public ByteBuffer getByteBuffer() {
    return byteBuffer;
  }

  public void setByteBuffer(ByteBuffer byteBuffer) {
    this.byteBuffer = byteBuffer;
  }

  public Color getColor() {
    return color;
  }

  public void setColor(Color color) {
    this.color = color;
  }

  public UUID getUuid() {
    return uuid;
  }

  public void setUuid(UUID uuid) {
    this.uuid = uuid;
  }

  public Instant getInstant() {
    return instant;
  }

  public void setInstant(Instant instant) {
    this.instant = instant;
  }

  public LocalDate getLocalDate() {
    return localDate;
  }

  public void setLocalDate(LocalDate localDate) {
    this.localDate = localDate;
  }

  public LocalDateTime getLocalDateTime() {
    return localDateTime;
  }

  public void setLocalDateTime(LocalDateTime localDateTime) {
    this.localDateTime = localDateTime;
  }

  public LocalTime getLocalTime() {
    return localTime;
  }

  public void setLocalTime(LocalTime localTime) {
    this.localTime = localTime;
  }

  public OffsetDateTime getOffsetDateTime() {
    return offsetDateTime;
  }

  public void setOffsetDateTime(OffsetDateTime offsetDateTime) {
    this.offsetDateTime = offsetDateTime;
  }

  public ZonedDateTime getZonedDateTime() {
    return zonedDateTime;
  }

  public void setZonedDateTime(ZonedDateTime zonedDateTime) {
    this.zonedDateTime = zonedDateTime;
  }

  public Duration getDuration() {
    return duration;
  }

  public void setDuration(Duration duration) {
    this.duration = duration;
  }

  public Period getPeriod() {
    return period;
  }

  public void setPeriod(Period period) {
    this.period = period;
  }

  public ZoneId getZoneId() {
    return zoneId;
  }

  public void setZoneId(ZoneId zoneId) {
    this.zoneId = zoneId;
  }

  public MonthDay getMonthDay() {
    return monthDay;
  }

  public void setMonthDay(MonthDay monthDay) {
    this.monthDay = monthDay;
  }

  public List<String> getStrings() {
    return strings;
  }

  public void setStrings(List<String> strings) {
    this.strings = strings;
  }

  public List<Integer> getInts() {
    return ints;
  }

  public void setInts(List<Integer> ints) {
    this.ints = ints;
  }

  public Set<String> getStringSet() {
    return stringSet;
  }

  public void setStringSet(Set<String> stringSet) {
    this.stringSet = stringSet;
  }

  public Set<Integer> getIntSet() {
    return intSet;
  }

  public void setIntSet(Set<Integer> intSet) {
    this.intSet = intSet;
  }

  public Set<BigDecimal> getDecimalSet() {
    return decimalSet;
  }

  public void setDecimalSet(Set<BigDecimal> decimalSet) {
    this.decimalSet = decimalSet;
  }

  public Set<SdkBytes> getBinarySet() {
    return binarySet;
  }

  public void setBinarySet(Set<SdkBytes> binarySet) {
    this.binarySet = binarySet;
  }

  public Map<String, String> getLabels() {
    return labels;
  }

  public void setLabels(Map<String, String> labels) {
    this.labels = labels;
  }

  public Map<String, Integer> getCounts() {
    return counts;
  }

  public void setCounts(Map<String, Integer> counts) {
    this.counts = counts;
  }

  public DiffPlace getPlace() {
    return place;
  }

  public void setPlace(DiffPlace place) {
    this.place = place;
  }

  public List<DiffPlace> getPlaces() {
    return places;
  }

  public void setPlaces(List<DiffPlace> places) {
    this.places = places;
  }

  public Map<String, DiffPlace> getPlacesByName() {
    return placesByName;
  }

  public void setPlacesByName(Map<String, DiffPlace> placesByName) {
    this.placesByName = placesByName;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof DiffBean)) {
      return false;
    }
    DiffBean that = (DiffBean) other;
    return Objects.equals(pk, that.pk)
        && Objects.equals(sk, that.sk)
        && Objects.equals(text, that.text)
        && letter == that.letter
        && Objects.equals(boxedLetter, that.boxedLetter)
        && flag == that.flag
        && Objects.equals(boxedFlag, that.boxedFlag)
        && tiny == that.tiny
        && Objects.equals(boxedTiny, that.boxedTiny)
        && small == that.small
        && Objects.equals(boxedSmall, that.boxedSmall)
        && count == that.count
        && Objects.equals(boxedCount, that.boxedCount)
        && big == that.big
        && Objects.equals(boxedBig, that.boxedBig)
        && Float.compare(ratio, that.ratio) == 0
        && Objects.equals(boxedRatio, that.boxedRatio)
        && Double.compare(real, that.real) == 0
        && Objects.equals(boxedReal, that.boxedReal)
        && Objects.equals(bigInteger, that.bigInteger)
        && Objects.equals(bigDecimal, that.bigDecimal)
        && Arrays.equals(bytes, that.bytes)
        && Objects.equals(sdkBytes, that.sdkBytes)
        && Objects.equals(byteBuffer, that.byteBuffer)
        && Objects.equals(color, that.color)
        && Objects.equals(uuid, that.uuid)
        && Objects.equals(instant, that.instant)
        && Objects.equals(localDate, that.localDate)
        && Objects.equals(localDateTime, that.localDateTime)
        && Objects.equals(localTime, that.localTime)
        && Objects.equals(offsetDateTime, that.offsetDateTime)
        && Objects.equals(zonedDateTime, that.zonedDateTime)
        && Objects.equals(duration, that.duration)
        && Objects.equals(period, that.period)
        && Objects.equals(zoneId, that.zoneId)
        && Objects.equals(monthDay, that.monthDay)
        && Objects.equals(strings, that.strings)
        && Objects.equals(ints, that.ints)
        && Objects.equals(stringSet, that.stringSet)
        && Objects.equals(intSet, that.intSet)
        && Objects.equals(decimalSet, that.decimalSet)
        && Objects.equals(binarySet, that.binarySet)
        && Objects.equals(labels, that.labels)
        && Objects.equals(counts, that.counts)
        && Objects.equals(place, that.place)
        && Objects.equals(places, that.places)
        && Objects.equals(placesByName, that.placesByName);
  }

  @Override
  public int hashCode() {
    return Objects.hash(pk, sk);
  }

  @Override
  public String toString() {
    return "DiffBean["
        + "pk=" + pk + ", "
        + "sk=" + sk + ", "
        + "text=" + text + ", "
        + "letter=" + letter + ", "
        + "boxedLetter=" + boxedLetter + ", "
        + "flag=" + flag + ", "
        + "boxedFlag=" + boxedFlag + ", "
        + "tiny=" + tiny + ", "
        + "boxedTiny=" + boxedTiny + ", "
        + "small=" + small + ", "
        + "boxedSmall=" + boxedSmall + ", "
        + "count=" + count + ", "
        + "boxedCount=" + boxedCount + ", "
        + "big=" + big + ", "
        + "boxedBig=" + boxedBig + ", "
        + "ratio=" + ratio + ", "
        + "boxedRatio=" + boxedRatio + ", "
        + "real=" + real + ", "
        + "boxedReal=" + boxedReal + ", "
        + "bigInteger=" + bigInteger + ", "
        + "bigDecimal=" + bigDecimal + ", "
        + "bytes=" + Arrays.toString(bytes) + ", "
        + "sdkBytes=" + sdkBytes + ", "
        + "byteBuffer=" + byteBuffer + ", "
        + "color=" + color + ", "
        + "uuid=" + uuid + ", "
        + "instant=" + instant + ", "
        + "localDate=" + localDate + ", "
        + "localDateTime=" + localDateTime + ", "
        + "localTime=" + localTime + ", "
        + "offsetDateTime=" + offsetDateTime + ", "
        + "zonedDateTime=" + zonedDateTime + ", "
        + "duration=" + duration + ", "
        + "period=" + period + ", "
        + "zoneId=" + zoneId + ", "
        + "monthDay=" + monthDay + ", "
        + "strings=" + strings + ", "
        + "ints=" + ints + ", "
        + "stringSet=" + stringSet + ", "
        + "intSet=" + intSet + ", "
        + "decimalSet=" + decimalSet + ", "
        + "binarySet=" + binarySet + ", "
        + "labels=" + labels + ", "
        + "counts=" + counts + ", "
        + "place=" + place + ", "
        + "places=" + places + ", "
        + "placesByName=" + placesByName
        + "]";
  }
}
