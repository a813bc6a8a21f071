package org.pledgegraph.resolve;

import java.util.OptionalDouble;
import org.pledgegraph.model.EntityType;

/**
 * A one-character transcription variant ({@code 江洹网联科技} / {@code 江涸网联科技}): names of the same length,
 * at least {@value #MIN_LENGTH} characters, differing in exactly one Han character that is outside the last two (the
 * head noun), not a direction or numeral, and whose code points lie within {@value #RADICAL_WINDOW}
 * of each other. Unicode orders CJK ideographs by Kangxi radical, then strokes, so this window keeps
 * look-alikes sharing a radical (洹/涸, both 氵) and rejects 东兴大道 / 东旺大道. Score (n-1)/n.
 * A four-character name is left alone: its two characters before the head are its whole stem, often two
 * abbreviations (a line's two ends, 甲乙铁路 / 甲丙铁路; a group's two words, 甲投集团 / 乙投集团), so one character
 * more or less is another thing (over the dev and training reports every such join was two different things).
 */
final class TranscriptionVariant implements MergeRule {
    static final int RADICAL_WINDOW = 0x80;
    /** The shortest name joined: a stem of three or more characters before the two-character head. */
    static final int MIN_LENGTH = 5;

    @Override
    public String name() {
        return "transcription-variant";
    }

    /** Same length, one differing character before the last two: the name with that position masked. */
    @Override
    public java.util.Collection<String> signatures(EntityType type, String key) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (int p = 0; p < key.length() - 2 && key.length() >= MIN_LENGTH; p++) {
            out.add(p + ":" + key.substring(0, p) + '\u0000' + key.substring(p + 1));
        }
        return out;
    }

    @Override
    public OptionalDouble score(EntityType type, String a, String b) {
        int n = a.length();
        if (n < MIN_LENGTH || b.length() != n) {
            return OptionalDouble.empty();
        }
        int diff = -1;
        for (int i = 0; i < n; i++) {
            if (a.charAt(i) != b.charAt(i)) {
                if (diff >= 0) {
                    return OptionalDouble.empty();
                }
                diff = i;
            }
        }
        if (diff < 0 || diff >= n - 2) {
            return OptionalDouble.empty();
        }
        char x = a.charAt(diff);
        char y = b.charAt(diff);
        if (!MergeRule.han(x) || !MergeRule.han(y) || MergeRule.distinguishing(x) || MergeRule.distinguishing(y)
                || Math.abs(x - y) > RADICAL_WINDOW) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Math.round((n - 1) * 1000.0 / n) / 1000.0);
    }
}
