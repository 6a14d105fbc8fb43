package io.dynagen.example.single;

import io.dynagen.annotations.Entity;
import java.time.Instant;

/** An instant then a short in a sort key: ordered by time, then by sequence number. */
@Entity(partitionKey = "TIME#{series}", sortKey = "T#{at}#{seq}")
public record TimeReading(String series, Instant at, short seq) implements Reading {}
