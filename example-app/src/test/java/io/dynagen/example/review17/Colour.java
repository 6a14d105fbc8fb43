package io.dynagen.example.review17;

/** An enum stored by its name. */
public enum Colour { RED, GREEN }
