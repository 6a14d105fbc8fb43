package io.dynagen.example.single;

import io.dynagen.annotations.Entity;
import io.dynagen.annotations.EntityIndex;

/** A note on a post: in by-topic its sort key begins as its post's does (P#{number}#NOTE). */
@Entity(partitionKey = "BOARD#{board}", sortKey = "NOTE#{number}")
@EntityIndex(index = "by-topic", partitionKey = "TOPIC#{topic}", sortKey = "P#{number}#NOTE")
public record PostNote(String board, int number, String topic, String text) implements Board {}
