package io.dynagen.example;

import io.dynagen.annotations.IndexPartitionKey;
import io.dynagen.annotations.IndexSortKey;
import io.dynagen.annotations.LocalIndexSortKey;
import io.dynagen.annotations.PartitionKey;
import io.dynagen.annotations.SortKey;
import io.dynagen.annotations.Table;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;

/**
 * One value of every type Dynagen keeps orderable, each the sort key of a global index over the
 * same partition (the Instant of a local index too), for {@link StoredOrderTest}: the table's
 * own sort key is a String.
 */
@Table(name = "ordered")
public record Ordered(
    @PartitionKey
    @IndexPartitionKey({"by-instant", "by-date", "by-date-time", "by-time", "by-month-day", "by-duration",
        "by-count", "by-amount", "by-ratio", "by-bytes", "by-letter"})
    String group,
    @SortKey String id,
    @IndexSortKey("by-instant") @LocalIndexSortKey("local-instant") Instant instant,
    @IndexSortKey("by-date") LocalDate date,
    @IndexSortKey("by-date-time") LocalDateTime dateTime,
    @IndexSortKey("by-time") LocalTime time,
    @IndexSortKey("by-month-day") MonthDay monthDay,
    @IndexSortKey("by-duration") Duration duration,
    @IndexSortKey("by-count") long count,
    @IndexSortKey("by-amount") BigDecimal amount,
    @IndexSortKey("by-ratio") double ratio,
    @IndexSortKey("by-bytes") byte[] bytes,
    @IndexSortKey("by-letter") char letter) {}
