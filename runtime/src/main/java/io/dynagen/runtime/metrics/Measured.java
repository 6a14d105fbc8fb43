package io.dynagen.runtime.metrics;

/**
 * What a measured call returned, with the capacity its requests consumed.
 *
 * @param result the call's result ({@code null} for a call returning nothing)
 * @param capacity the capacity consumed by every request the call made, summed
 * @param <R> the result's type
 */
public record Measured<R>(R result, CapacityUsage capacity) {}
