package io.dynagen.example.single;

import io.dynagen.annotations.SingleTable;
import io.dynagen.annotations.Table;

/** Readings of several series, one partition per series: numbers and times in sort keys. */
@Table(name = "readings")
@SingleTable
public sealed interface Reading permits IntReading, LongReading, TimeReading {}
