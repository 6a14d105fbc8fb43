package io.dynagen.example.single;

import io.dynagen.annotations.Table;

/** Entries and notes on them, whose sort-key prefixes overlap: told apart by the stored type. */
@Table(name = "ledger")
public sealed interface Ledger permits Entry, EntryNote {}
