package io.dynagen.example.single;

import io.dynagen.annotations.Entity;

/** A long in a sort key, from Long.MIN_VALUE to Long.MAX_VALUE. */
@Entity(partitionKey = "LONG#{series}", sortKey = "V#{value}")
public record LongReading(String series, long value) implements Reading {}
