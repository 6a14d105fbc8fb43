package io.dynagen.example;

import io.dynagen.example.model.Color;
import java.time.Duration;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;

/** Random {@link DiffBean}s: every property, nulls included; sets never empty, no null elements. */
final class DiffBeanArbitraries {
  private DiffBeanArbitraries() {}

  /** Durations both mappers write alike: any non-negative one, negative ones in whole seconds. */
  static Arbitrary<Duration> durations() {
    return AllTypesArbitraries.durations()
        .map(d -> d.isNegative() && d.getNano() != 0 ? Duration.ofSeconds(d.getSeconds()) : d);
  }

  static Arbitrary<DiffPlace> places() {
    return Combinators.combine(AllTypesArbitraries.strings().injectNull(0.2), AllTypesArbitraries.ints(),
            AllTypesArbitraries.doubles().injectNull(0.2))
        .as(DiffPlace::new);
  }

  static Arbitrary<DiffBean> beans() {
    double nulls = 0.15;
    return Builders.withBuilder(DiffBean::new)
        .use(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8)).inSetter(DiffBean::setPk)
        .use(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8)).inSetter(DiffBean::setSk)
        .use(AllTypesArbitraries.strings().injectNull(nulls)).inSetter(DiffBean::setText)
        .use(Arbitraries.chars().all()).inSetter(DiffBean::setLetter)
        .use(Arbitraries.chars().all().injectNull(nulls)).inSetter(DiffBean::setBoxedLetter)
        .use(Arbitraries.of(true, false)).inSetter(DiffBean::setFlag)
        .use(Arbitraries.of(true, false).injectNull(nulls)).inSetter(DiffBean::setBoxedFlag)
        .use(Arbitraries.bytes()).inSetter(DiffBean::setTiny)
        .use(Arbitraries.bytes().injectNull(nulls)).inSetter(DiffBean::setBoxedTiny)
        .use(Arbitraries.shorts()).inSetter(DiffBean::setSmall)
        .use(Arbitraries.shorts().injectNull(nulls)).inSetter(DiffBean::setBoxedSmall)
        .use(AllTypesArbitraries.ints()).inSetter(DiffBean::setCount)
        .use(AllTypesArbitraries.ints().injectNull(nulls)).inSetter(DiffBean::setBoxedCount)
        .use(AllTypesArbitraries.longs()).inSetter(DiffBean::setBig)
        .use(AllTypesArbitraries.longs().injectNull(nulls)).inSetter(DiffBean::setBoxedBig)
        .use(AllTypesArbitraries.floats()).inSetter(DiffBean::setRatio)
        .use(AllTypesArbitraries.floats().injectNull(nulls)).inSetter(DiffBean::setBoxedRatio)
        .use(AllTypesArbitraries.doubles()).inSetter(DiffBean::setReal)
        .use(AllTypesArbitraries.doubles().injectNull(nulls)).inSetter(DiffBean::setBoxedReal)
        .use(AllTypesArbitraries.bigIntegers().injectNull(nulls)).inSetter(DiffBean::setBigInteger)
        .use(AllTypesArbitraries.bigDecimals().injectNull(nulls)).inSetter(DiffBean::setBigDecimal)
        .use(AllTypesArbitraries.byteArrays().injectNull(nulls)).inSetter(DiffBean::setBytes)
        .use(AllTypesArbitraries.sdkBytes().injectNull(nulls)).inSetter(DiffBean::setSdkBytes)
        .use(AllTypesArbitraries.byteBuffers().injectNull(nulls)).inSetter(DiffBean::setByteBuffer)
        .use(Arbitraries.of(Color.class).injectNull(nulls)).inSetter(DiffBean::setColor)
        .use(AllTypesArbitraries.uuids().injectNull(nulls)).inSetter(DiffBean::setUuid)
        .use(AllTypesArbitraries.instants().injectNull(nulls)).inSetter(DiffBean::setInstant)
        .use(AllTypesArbitraries.localDates().injectNull(nulls)).inSetter(DiffBean::setLocalDate)
        .use(AllTypesArbitraries.localDateTimes().injectNull(nulls)).inSetter(DiffBean::setLocalDateTime)
        .use(AllTypesArbitraries.localTimes().injectNull(nulls)).inSetter(DiffBean::setLocalTime)
        .use(AllTypesArbitraries.offsetDateTimes().injectNull(nulls)).inSetter(DiffBean::setOffsetDateTime)
        .use(AllTypesArbitraries.zonedDateTimes().injectNull(nulls)).inSetter(DiffBean::setZonedDateTime)
        .use(durations().injectNull(nulls)).inSetter(DiffBean::setDuration)
        .use(AllTypesArbitraries.periods().injectNull(nulls)).inSetter(DiffBean::setPeriod)
        .use(AllTypesArbitraries.zoneIds().injectNull(nulls)).inSetter(DiffBean::setZoneId)
        .use(AllTypesArbitraries.monthDays().injectNull(nulls)).inSetter(DiffBean::setMonthDay)
        .use(AllTypesArbitraries.strings().list().ofMaxSize(4).injectNull(nulls)).inSetter(DiffBean::setStrings)
        .use(AllTypesArbitraries.ints().list().ofMaxSize(4).injectNull(nulls)).inSetter(DiffBean::setInts)
        .use(AllTypesArbitraries.nonEmptySets(AllTypesArbitraries.strings(), 4).injectNull(nulls)).inSetter(DiffBean::setStringSet)
        .use(AllTypesArbitraries.nonEmptySets(AllTypesArbitraries.ints(), 4).injectNull(nulls)).inSetter(DiffBean::setIntSet)
        .use(AllTypesArbitraries.nonEmptySets(AllTypesArbitraries.bigDecimals(), 4).injectNull(nulls)).inSetter(DiffBean::setDecimalSet)
        .use(AllTypesArbitraries.nonEmptySets(AllTypesArbitraries.sdkBytes(), 3).injectNull(nulls)).inSetter(DiffBean::setBinarySet)
        .use(Arbitraries.maps(AllTypesArbitraries.strings(), AllTypesArbitraries.strings()).ofMaxSize(3).injectNull(nulls))
            .inSetter(DiffBean::setLabels)
        .use(Arbitraries.maps(AllTypesArbitraries.strings(), AllTypesArbitraries.ints()).ofMaxSize(3).injectNull(nulls))
            .inSetter(DiffBean::setCounts)
        .use(places().injectNull(nulls)).inSetter(DiffBean::setPlace)
        .use(places().list().ofMaxSize(3).injectNull(nulls)).inSetter(DiffBean::setPlaces)
        .use(Arbitraries.maps(AllTypesArbitraries.strings(), places()).ofMaxSize(3).injectNull(nulls))
            .inSetter(DiffBean::setPlacesByName)
        .build();
  }
}
