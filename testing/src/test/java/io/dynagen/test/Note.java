package io.dynagen.test;

import io.dynagen.annotations.PartitionKey;
import io.dynagen.annotations.SortKey;
import io.dynagen.annotations.Table;

/** A small mapped class for the extension's tests. */
@Table(name = "notes")
public record Note(@PartitionKey String author, @SortKey long number, String text) {}
