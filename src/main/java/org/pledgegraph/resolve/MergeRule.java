package org.pledgegraph.resolve;

import java.util.Collection;
import java.util.List;
import java.util.OptionalDouble;
import org.pledgegraph.model.EntityType;

/**
 * A rule that says two different normalised names of one type name the same thing. Rules are
 * symmetric and pure; the resolver refuses a rule's matches for a name that matches more than one
 * other name under the same rule (ambiguity), and user curation overrides them.
 */
public interface MergeRule {
    /** Stable rule id recorded with every decision, e.g. {@code drop-admin-prefix}. */
    String name();

    /** A score in (0, 1] if {@code a} and {@code b} (distinct keys of {@code type}) name the same thing, else empty. */
    OptionalDouble score(EntityType type, String a, String b);

    /**
     * Blocking keys of {@code key}: any two keys the rule can score share at least one, so only those pairs
     * need scoring (linear in the keys, not quadratic). Null: no blocking, every pair is scored.
     */
    default Collection<String> signatures(EntityType type, String key) {
        return null;
    }

    /**
     * True for a looser rule whose names must come from different reports of nearby years: one report
     * that writes two near names usually means two things (phase and whole, a district's and the city's),
     * while a later report shortening or lengthening a name is how a promised thing reappears. The
     * {@link Clusterer} enforces it: no document names both, and their nearest years lie at most
     * {@link Clusterer#NEARBY_YEARS} apart.
     */
    default boolean acrossReportsOnly() {
        return false;
    }

    /** The rules in the order they are applied. */
    static List<MergeRule> defaults() {
        return List.of(new DropAdminPrefix(), new EnterpriseShortName(), new WordingVariant(), new TranscriptionVariant(),
                new PunctuationVariant(), new ShortenedName(), new AddedPrefix(), new RankQualifier());
    }

    /** Characters whose insertion or change turns one thing into another: directions, numerals, phases, sections, levels. */
    static boolean distinguishing(char c) {
        return "东南西北中上下前后左右内外新老旧一二三四五六七八九十百千两期段号街路省市县区镇乡村级0123456789".indexOf(c) >= 0;
    }

    static boolean han(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
