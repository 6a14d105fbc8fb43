package io.dynagen.example.single;

import io.dynagen.annotations.Discriminator;
import io.dynagen.annotations.SharedIndex;
import io.dynagen.annotations.SingleTable;
import io.dynagen.annotations.Table;

/** As {@link Board}, but told apart by key prefixes alone: no type attribute stored. */
@Table(name = "forum")
@SingleTable(discriminator = Discriminator.KEY_PREFIX)
@SharedIndex(name = "by-topic", partitionKey = "TPK", sortKey = "TSK")
public sealed interface Forum permits Topic, TopicNote {}
