package io.dynagen.example.review17;

import io.dynagen.annotations.Document;
import java.util.List;

/** A nested document with a nested list. */
@Document
public record Label(String text, int size, List<String> lines) {}
