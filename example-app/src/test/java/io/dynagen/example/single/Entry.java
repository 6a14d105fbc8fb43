package io.dynagen.example.single;

import io.dynagen.annotations.Entity;

/** An entry of an account, by number. */
@Entity(partitionKey = "ACCOUNT#{account}", sortKey = "E#{number}")
public record Entry(String account, int number, long cents) implements Ledger {}
