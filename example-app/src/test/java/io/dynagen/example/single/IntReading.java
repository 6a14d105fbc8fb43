package io.dynagen.example.single;

import io.dynagen.annotations.Entity;

/** An int in a sort key: negative ones too. */
@Entity(partitionKey = "INT#{series}", sortKey = "V#{value}")
public record IntReading(String series, int value) implements Reading {}
