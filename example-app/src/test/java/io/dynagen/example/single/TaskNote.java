package io.dynagen.example.single;

import io.dynagen.annotations.Entity;

/** A note on a board, without generated values. */
@Entity(partitionKey = "BOARD#{boardId}", sortKey = "NOTE#{noteId}")
public record TaskNote(String boardId, String noteId, String text) implements Board {}
