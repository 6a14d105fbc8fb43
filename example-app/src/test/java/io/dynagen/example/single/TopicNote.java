package io.dynagen.example.single;

import io.dynagen.annotations.Entity;
import io.dynagen.annotations.EntityIndex;

/** A note on a topic, keyed in by-topic after its topic (T#{number}#NOTE). */
@Entity(partitionKey = "FORUM#{forum}", sortKey = "NOTE#{number}")
@EntityIndex(index = "by-topic", partitionKey = "TAG#{tag}", sortKey = "T#{number}#NOTE")
public record TopicNote(String forum, int number, String tag) implements Forum {}
