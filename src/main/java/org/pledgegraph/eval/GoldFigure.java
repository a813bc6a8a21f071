package org.pledgegraph.eval;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The value of a gold target or actual, parsed from a name of the form {@code indicator=value unit}. The
 * value may be a number ({@code 7.5}), a range ({@code 2-3}: a prediction of either bound matches), a
 * ratio ({@code 24.3：27.1：48.6}: any of its terms matches), a fraction ({@code 1/4}: its quotient
 * matches) or words the scorer cannot compare ({@code 三}): {@link Form#TEXT}, counted but not scored.
 *
 * @param label   the indicator as annotated, e.g. {@code 生产总值增长}
 * @param written the value as written in the gold file, e.g. {@code 2-3}
 * @param form    how {@code written} reads
 * @param values  the numbers a prediction may equal: one for a number or fraction, both bounds of a
 *                range, every term of a ratio, none for text
 * @param unit    the unit as annotated, e.g. {@code %}; empty when none
 */
public record GoldFigure(String label, String written, Form form, List<BigDecimal> values, String unit) {
    /** How a gold value reads. */
    public enum Form { NUMBER, RANGE, RATIO, FRACTION, TEXT }

    private static final String NUM = "(-?\\d+(?:\\.\\d+)?)";
    private static final Pattern NUMBER = Pattern.compile(NUM);
    // Dash variants annotators type between the bounds of a range (ASCII, en/em dash, full-width, tilde, 至/到).
    private static final Pattern RANGE = Pattern.compile(NUM + "\\s*(?:-|–|—|－|~|～|至|到)\\s*" + NUM);
    private static final Pattern RATIO = Pattern.compile("-?\\d+(?:\\.\\d+)?(?:\\s*[:：∶]\\s*-?\\d+(?:\\.\\d+)?)+");
    private static final Pattern FRACTION = Pattern.compile(NUM + "\\s*/\\s*" + NUM);

    public GoldFigure {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(written, "written");
        Objects.requireNonNull(form, "form");
        values = List.copyOf(values);
        unit = unit == null ? "" : unit;
        if ((form == Form.TEXT) != values.isEmpty()) {
            throw new IllegalArgumentException("a " + form + " value needs " + (form == Form.TEXT ? "no" : "a") + " number: " + written);
        }
    }

    /** A plain number. */
    public GoldFigure(String label, BigDecimal value, String unit) {
        this(label, value.toPlainString(), Form.NUMBER, List.of(value), unit);
    }

    /** Parses the value part of a gold name ({@code 2-3}, {@code 1/4}, …); never fails, words become {@link Form#TEXT}. */
    public static GoldFigure parse(String label, String written, String unit) {
        String w = written.strip();
        if (NUMBER.matcher(w).matches()) {
            return new GoldFigure(label, w, Form.NUMBER, List.of(new BigDecimal(w)), unit);
        }
        Matcher m = RANGE.matcher(w);
        if (m.matches()) {
            return new GoldFigure(label, w, Form.RANGE, List.of(new BigDecimal(m.group(1)), new BigDecimal(m.group(2))), unit);
        }
        if (RATIO.matcher(w).matches()) {
            List<BigDecimal> terms = NUMBER.matcher(w).results().map(r -> new BigDecimal(r.group())).toList();
            return new GoldFigure(label, w, Form.RATIO, terms, unit);
        }
        m = FRACTION.matcher(w);
        if (m.matches() && new BigDecimal(m.group(2)).signum() != 0) {
            BigDecimal q = new BigDecimal(m.group(1)).divide(new BigDecimal(m.group(2)), MathContext.DECIMAL64);
            return new GoldFigure(label, w, Form.FRACTION, List.of(q), unit);
        }
        return new GoldFigure(label, w, Form.TEXT, List.of(), unit);
    }

    /** The first number (a range's lower bound), or null for {@link Form#TEXT}. */
    public BigDecimal value() {
        return values.isEmpty() ? null : values.get(0);
    }

    /** False for values given in words, which the scorer counts but cannot compare. */
    public boolean scorable() {
        return form != Form.TEXT;
    }

    /** True if a predicted number equals one of {@link #values()} (numerically; a fraction to 1e-6). */
    public boolean matches(BigDecimal predicted) {
        for (BigDecimal v : values) {
            BigDecimal tolerance = form == Form.FRACTION ? new BigDecimal("0.000001") : BigDecimal.ZERO;
            if (v.subtract(predicted).abs().compareTo(tolerance) <= 0) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return label + "=" + written + (unit.isEmpty() ? "" : " " + unit);
    }
}
