package io.dynagen.example;

import io.dynagen.annotations.PartitionKey;
import io.dynagen.annotations.Table;
import io.dynagen.annotations.Version;

/** A record with an {@code int} version, whose largest is {@code Integer.MAX_VALUE}. */
@Table(name = "int_versioned")
public record IntVersioned(@PartitionKey String id, String text, @Version int version) {}
