package io.dynagen.example.single;

import io.dynagen.annotations.Discriminator;
import io.dynagen.annotations.SingleTable;
import io.dynagen.annotations.Table;

/** Products and their reviews, told apart by key prefix alone: no type attribute is stored. */
@Table(name = "catalog")
@SingleTable(partitionKey = "pk", sortKey = "sk", discriminator = Discriminator.KEY_PREFIX)
public sealed interface Catalog permits Product, Review {}
