package io.dynagen.example.review;

import io.dynagen.annotations.Document;
import java.util.List;

/** Where a ledger was opened: a nested document holding a list. */
@Document
public record Origin(String city, int zip, List<String> roads) {}
