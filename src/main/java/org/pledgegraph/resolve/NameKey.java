package org.pledgegraph.resolve;

import java.util.regex.Pattern;

/**
 * The normalised form two surfaces must share to be one entity: quotes, spaces and trailing 项目/建设/工程 dropped,
 * and the other spellings a later report uses for the very same thing (the gold format's trivial variants):
 * a mode word before a numbered line (轨道/地铁 18号线 is 18号线), a phase or section written in brackets
 * (X（二期）, X（北段） are X二期, X北段), 城际线 for 城际, 北延段 for 北延 and 高速公路 for 高速 at the end.
 */
public final class NameKey {
    private static final Pattern QUOTES = Pattern.compile("[\\s“”\"'‘’「」『』《》]");
    private static final Pattern TRAILING = Pattern.compile("(项目|建设|工程)+$");
    /** 轨道/地铁/轨道交通 right before a line number: the line is named by its number alone too. */
    private static final Pattern LINE_MODE = Pattern.compile("^(?:城市轨道交通|轨道交通|轨道|地铁)(?=\\d+号线)");
    /** A phase or a section in brackets: the same words written without them name the same part. */
    private static final Pattern BRACKETED_PART = Pattern.compile(
            "[（(]((?:[一二三四五六七八九十]+|\\d+)期|[东南西北]+(?:延|延段|延线)|[\\p{IsHan}]{1,4}段|[\\p{IsHan}]{1,4}至[\\p{IsHan}]{1,4}段)[）)]");
    /** （筹）, （筹建）, （暂名）: a note on the name's standing, not part of it. */
    private static final Pattern STANDING = Pattern.compile("[（(](?:筹|筹建|筹备|暂名|暂定名)[）)]$");
    /**
     * 城际线 / 城际, 北延段 / 北延, 高速公路 / 高速 and a numbered highway's G15公路 / G15 at the end: one word written
     * long or short.
     */
    private static final Pattern LONG_ENDING = Pattern.compile(
            "(?<=城际)线$|(?<=[东南西北]延)段$|(?<=高速)公路$|(?<=^[GSXYgsxy]\\d{1,4})公路$");

    private static final Pattern BEFORE_BRACKET = Pattern.compile("(?:项目|建设|工程)+(?=[（(][^（）()]+[）)]$)");

    private NameKey() {
    }

    public static String of(String surface) {
        String k = QUOTES.matcher(surface).replaceAll("");
        String stripped = TRAILING.matcher(k).replaceAll("");
        // A name that is only a generic word (e.g. "工程") keeps it rather than becoming empty.
        if (stripped.isEmpty()) {
            return k;
        }
        String v = STANDING.matcher(stripped).replaceFirst("");
        v = BRACKETED_PART.matcher(v).replaceAll("$1");
        v = LINE_MODE.matcher(v).replaceFirst("");
        v = LONG_ENDING.matcher(v).replaceFirst("");
        v = TRAILING.matcher(v).replaceAll("");
        // X工程（口岸）: the generic word before a closing bracket is as trivial as at the end.
        v = BEFORE_BRACKET.matcher(v).replaceFirst("");
        return v.isEmpty() ? stripped : v;
    }
}
