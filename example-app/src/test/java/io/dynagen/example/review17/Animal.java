package io.dynagen.example.review17;

import io.dynagen.annotations.SingleTable;
import io.dynagen.annotations.Table;

/** A small single table: keepers and the animals they keep, in one partition per keeper. */
@Table(name = "review17_zoo")
@SingleTable(partitionKey = "PK", sortKey = "SK", typeAttribute = "type")
public sealed interface Animal permits Keeper, Penguin {}
