package io.dynagen.example;

import io.dynagen.example.model.Color;
import io.dynagen.runtime.testing.Gen;
import io.dynagen.runtime.testing.Gens;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.function.BiConsumer;

/** Random {@link DiffBean}s: every property, nulls included; sets never empty, no null elements. */
final class DiffBeanGens {
  private DiffBeanGens() {}

  private static final double NULLS = 0.15;

  /** Durations both mappers write alike: any non-negative one, negative ones in whole seconds. */
  static Gen<Duration> durations() {
    return AllTypesGens.durations()
        .map(d -> d.isNegative() && d.getNano() != 0 ? Duration.ofSeconds(d.getSeconds()) : d);
  }

  static Gen<DiffPlace> places() {
    Gen<String> names = AllTypesGens.strings().orNull(0.2);
    Gen<Integer> floors = AllTypesGens.ints();
    Gen<Double> latitudes = AllTypesGens.doubles().orNull(0.2);
    return source -> new DiffPlace(names.next(source), floors.next(source), latitudes.next(source));
  }

  static Gen<DiffBean> beans() {
    Gen<String> keys = Gens.strings(Gens.LETTERS, 1, 8);
    List<BiConsumer<DiffBean, Random>> properties = List.of(
        set(keys, DiffBean::setPk),
        set(keys, DiffBean::setSk),
        set(AllTypesGens.strings().orNull(NULLS), DiffBean::setText),
        set(Gens.chars(), DiffBean::setLetter),
        set(Gens.chars().orNull(NULLS), DiffBean::setBoxedLetter),
        set(Gens.booleans(), DiffBean::setFlag),
        set(Gens.booleans().orNull(NULLS), DiffBean::setBoxedFlag),
        set(Gens.bytes(), DiffBean::setTiny),
        set(Gens.bytes().orNull(NULLS), DiffBean::setBoxedTiny),
        set(Gens.shorts(), DiffBean::setSmall),
        set(Gens.shorts().orNull(NULLS), DiffBean::setBoxedSmall),
        set(AllTypesGens.ints(), DiffBean::setCount),
        set(AllTypesGens.ints().orNull(NULLS), DiffBean::setBoxedCount),
        set(AllTypesGens.longs(), DiffBean::setBig),
        set(AllTypesGens.longs().orNull(NULLS), DiffBean::setBoxedBig),
        set(AllTypesGens.floats(), DiffBean::setRatio),
        set(AllTypesGens.floats().orNull(NULLS), DiffBean::setBoxedRatio),
        set(AllTypesGens.doubles(), DiffBean::setReal),
        set(AllTypesGens.doubles().orNull(NULLS), DiffBean::setBoxedReal),
        set(AllTypesGens.bigIntegers().orNull(NULLS), DiffBean::setBigInteger),
        set(AllTypesGens.bigDecimals().orNull(NULLS), DiffBean::setBigDecimal),
        set(AllTypesGens.byteArrays().orNull(NULLS), DiffBean::setBytes),
        set(AllTypesGens.sdkBytes().orNull(NULLS), DiffBean::setSdkBytes),
        set(AllTypesGens.byteBuffers().orNull(NULLS), DiffBean::setByteBuffer),
        set(Gen.of(Color.values()).orNull(NULLS), DiffBean::setColor),
        set(AllTypesGens.uuids().orNull(NULLS), DiffBean::setUuid),
        set(AllTypesGens.instants().orNull(NULLS), DiffBean::setInstant),
        set(AllTypesGens.localDates().orNull(NULLS), DiffBean::setLocalDate),
        set(AllTypesGens.localDateTimes().orNull(NULLS), DiffBean::setLocalDateTime),
        set(AllTypesGens.localTimes().orNull(NULLS), DiffBean::setLocalTime),
        set(AllTypesGens.offsetDateTimes().orNull(NULLS), DiffBean::setOffsetDateTime),
        set(AllTypesGens.zonedDateTimes().orNull(NULLS), DiffBean::setZonedDateTime),
        set(durations().orNull(NULLS), DiffBean::setDuration),
        set(AllTypesGens.periods().orNull(NULLS), DiffBean::setPeriod),
        set(AllTypesGens.zoneIds().orNull(NULLS), DiffBean::setZoneId),
        set(AllTypesGens.monthDays().orNull(NULLS), DiffBean::setMonthDay),
        set(AllTypesGens.strings().list(0, 4).orNull(NULLS), DiffBean::setStrings),
        set(AllTypesGens.ints().list(0, 4).orNull(NULLS), DiffBean::setInts),
        set(AllTypesGens.nonEmptySets(AllTypesGens.strings(), 4).orNull(NULLS), DiffBean::setStringSet),
        set(AllTypesGens.nonEmptySets(AllTypesGens.ints(), 4).orNull(NULLS), DiffBean::setIntSet),
        set(AllTypesGens.nonEmptySets(AllTypesGens.bigDecimals(), 4).orNull(NULLS), DiffBean::setDecimalSet),
        set(AllTypesGens.nonEmptySets(AllTypesGens.sdkBytes(), 3).orNull(NULLS), DiffBean::setBinarySet),
        set(AllTypesGens.strings().mapTo(AllTypesGens.strings(), 3).orNull(NULLS), DiffBean::setLabels),
        set(AllTypesGens.strings().mapTo(AllTypesGens.ints(), 3).orNull(NULLS), DiffBean::setCounts),
        set(places().orNull(NULLS), DiffBean::setPlace),
        set(places().list(0, 3).orNull(NULLS), DiffBean::setPlaces),
        set(AllTypesGens.strings().mapTo(places(), 3).orNull(NULLS), DiffBean::setPlacesByName));
    return source -> {
      DiffBean bean = new DiffBean();
      for (BiConsumer<DiffBean, Random> property : properties) {
        property.accept(bean, source);
      }
      return bean;
    };
  }

  private static <V> BiConsumer<DiffBean, Random> set(Gen<V> values, BiConsumer<DiffBean, ? super V> setter) {
    return (bean, source) -> setter.accept(bean, values.next(source));
  }
}
