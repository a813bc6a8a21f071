package org.pledgegraph.eval;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The number of a gold target or actual, parsed from a name of the form {@code indicator=value unit}.
 *
 * @param label the indicator as annotated, e.g. {@code 生产总值增长}
 * @param value the number
 * @param unit  the unit as annotated, e.g. {@code %}; empty when none
 */
public record GoldFigure(String label, BigDecimal value, String unit) {
    public GoldFigure {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
        unit = unit == null ? "" : unit;
    }

    @Override
    public String toString() {
        return label + "=" + value.toPlainString() + (unit.isEmpty() ? "" : " " + unit);
    }
}
