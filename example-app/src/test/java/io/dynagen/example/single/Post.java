package io.dynagen.example.single;

import io.dynagen.annotations.Entity;
import io.dynagen.annotations.EntityIndex;

/** A post of a board, and in its topic's partition of by-topic as P#{number}. */
@Entity(partitionKey = "BOARD#{board}", sortKey = "POST#{number}")
@EntityIndex(index = "by-topic", partitionKey = "TOPIC#{topic}", sortKey = "P#{number}")
public record Post(String board, int number, String topic, String title) implements Board {}
