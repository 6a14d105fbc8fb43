package io.dynagen.example.single;

import io.dynagen.annotations.SharedIndex;
import io.dynagen.annotations.Table;

/** Posts and notes on them, whose keys in the shared index begin alike: told apart by the stored type. */
@Table(name = "board")
@SharedIndex(name = "by-topic", partitionKey = "TPK", sortKey = "TSK")
public sealed interface Board permits Post, PostNote {}
