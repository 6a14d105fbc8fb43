package io.dynagen.example.review18;

import io.dynagen.annotations.PartitionKey;
import io.dynagen.annotations.SortKey;
import io.dynagen.annotations.Table;
import java.math.BigDecimal;

/** A fine in a library's ledger: amounts as BigDecimal, to see what DynamoDB gives back. */
@Table(name = "review18_ledger")
public record Ledger(@PartitionKey String patron, @SortKey int fineNo, BigDecimal amount) {}
