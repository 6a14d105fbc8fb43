package io.dynagen.example.single;

import io.dynagen.annotations.Entity;

/** A note on an entry: its sort key begins as the entry's does, so it follows its entry. */
@Entity(partitionKey = "ACCOUNT#{account}", sortKey = "E#{number}#NOTE")
public record EntryNote(String account, int number, String text) implements Ledger {}
