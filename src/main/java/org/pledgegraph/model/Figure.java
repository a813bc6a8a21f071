package org.pledgegraph.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A quantified statement: the number of a target or of a reported figure.
 *
 * @param label      the indicator in short form as written, e.g. {@code 生产总值增长}
 * @param indicator  normalised indicator id from ontology/indicators.ttl (e.g. {@code gdp-growth}), or null
 * @param value      the number as stated, in {@code unit}
 * @param unit       unit as written, e.g. {@code %}, {@code 亿元}, {@code 家}
 * @param comparator how the number bounds the quantity
 */
public record Figure(String label, String indicator, BigDecimal value, String unit, Comparison comparator) {
    public Figure {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(comparator, "comparator");
        unit = unit == null ? "" : unit;
    }

    /** Gold-style name, e.g. {@code 生产总值增长=7.5 %}. */
    @Override
    public String toString() {
        return label + "=" + value.stripTrailingZeros().toPlainString() + " " + unit;
    }
}
