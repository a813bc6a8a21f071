package org.pledgegraph.resolve;

import java.util.List;
import java.util.OptionalDouble;
import org.pledgegraph.model.EntityType;

/**
 * The same name written with another dash, hyphen, tilde or middle dot ({@code 东湖—西岭片区} /
 * {@code 东湖－西岭片区} / {@code 东湖-西岭片区}): reports set the joining mark in whichever width the typist
 * had at hand, so these never tell two things apart; nor do a middle dot left out between two words
 * ({@code 东湖·西岭谷} / {@code 东湖西岭谷}) or Latin letters in another case or width ({@code 星海Coco} / {@code 星海COCO}).
 * Score 1.0.
 */
final class PunctuationVariant implements MergeRule {
    /** Dash-like marks of Unicode's Pd category and their full-width forms, and the tildes used as dashes. */
    private static final String DASHES = "-‐‑‒–—―－~～〜";
    private static final String DOTS = "·•・‧";

    @Override
    public String name() {
        return "punctuation-variant";
    }

    @Override
    public java.util.Collection<String> signatures(EntityType type, String key) {
        return List.of(plain(key));
    }

    @Override
    public OptionalDouble score(EntityType type, String a, String b) {
        String pa = plain(a);
        return !a.equals(b) && pa.equals(plain(b)) ? OptionalDouble.of(1.0) : OptionalDouble.empty();
    }

    /** Runs of dashes become one '-', dots go, Latin letters are upper case of normal width. */
    static String plain(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (DOTS.indexOf(c) >= 0) {
                continue;
            }
            char latin = c >= 'ａ' && c <= 'ｚ' ? (char) (c - 'ａ' + 'A') : c >= 'Ａ' && c <= 'Ｚ' ? (char) (c - 'Ａ' + 'A')
                    : c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'A') : c;
            char mapped = DASHES.indexOf(c) >= 0 ? '-' : latin;
            if (mapped == '-') {
                if (out.length() > 0 && out.charAt(out.length() - 1) == mapped) {
                    continue;
                }
            }
            out.append(mapped);
        }
        return out.toString();
    }
}
