package io.dynagen.example.single;

import io.dynagen.annotations.Entity;
import io.dynagen.annotations.EntityIndex;

/** A topic of a forum, keyed in by-topic as a {@link Post} is. */
@Entity(partitionKey = "FORUM#{forum}", sortKey = "TOPIC#{number}")
@EntityIndex(index = "by-topic", partitionKey = "TAG#{tag}", sortKey = "T#{number}")
public record Topic(String forum, int number, String tag) implements Forum {}
