package org.pledgegraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pledgegraph.model.EntityType;

/**
 * Proposes long descriptive names that the name scanner cuts short: it stops at the first verb or particle
 * left of a suffix, but descriptive names of works and institutions carry verbs of their own
 * ("某地生态修复示范工程", "某某争议解决中心", "某水库水质保障工程"). For a suffix of two characters or more that
 * ends a name, the name is proposed from the start of its clause, or from right after the first stop word
 * of the clause, across the stop words inside; a bracketed part and a dash between place names are crossed
 * too ("甲水库（乙河流域）…工程", "甲－乙片区"). Only starts left of the scanner's own are proposed, and only
 * for the judge to decide; the later starts inside the name are its boundary variants
 * ({@link BoundaryVariants}, "trimstop"). Also proposed: a body the rules take for generic when it follows the
 * level of the reporting government ("市体育中心"). The suffixes are those of {@link Suffixes} and of the proposers.
 */
final class LongNameProposer implements Recognizer, Proposer {
    private static final int MAX_LENGTH = 32;
    private static final int MIN_BODY = 2;
    /**
     * Words a descriptive name does not cross: 等 closes a list and what follows is its category ("甲渠等黑臭水体
     * 治理"), and 开展 is the clause's own verb ("对甲路开展绿化改造").
     */
    private static final java.util.regex.Pattern CLAUSE_WORDS = java.util.regex.Pattern.compile("\\p{IsHan}等|开展");
    /** Longest first, each with the type it marks. */
    /** Each suffix of two characters or more with the type it marks (the first type listing it). */
    private static final Map<String, EntityType> SUFFIX_TYPES = suffixTypes();
    /** Those suffixes, longest first. */
    private static final WordIndex SUFFIX_INDEX = new WordIndex(SUFFIX_TYPES.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).toList());

    @Override
    public String source() {
        return "Long";
    }

    @Override
    public List<EntityType> provides() {
        return List.of(EntityType.PROJECT, EntityType.FACILITY, EntityType.PARK, EntityType.ROAD);
    }

    @Override
    public List<Candidate> recognize(ScopedSentence sentence) {
        String t = sentence.text();
        List<Candidate> out = new ArrayList<>();
        for (int e = 2; e <= t.length(); e++) {
            Map.Entry<String, EntityType> sx = suffixAt(t, e);
            if (sx == null || !ProposingRecognizer.endsName(t, e, sx.getKey())) {
                continue;
            }
            int bodyEnd = e - sx.getKey().length();
            int clause = clauseStart(t, bodyEnd);
            if (clause < 0) {
                continue;
            }
            int scanner = NameScanner.start(t, bodyEnd);
            if (ownGovernments(t, scanner, bodyEnd)) {
                EntityType own = Suffixes.typeOf(t.substring(scanner, e));
                out.add(new Candidate(own != null ? own : sx.getValue(), sentence.begin() + scanner, sentence.begin() + e,
                        t.substring(scanner, e), null));
                continue;
            }
            int start = firstStart(t, clause, bodyEnd);
            if (start < 0 || scanner >= 0 && start >= scanner || bodyEnd - start < MIN_BODY) {
                continue;
            }
            String body = t.substring(start, bodyEnd);
            if (NameScanner.isGeneric(body) || SuffixRecognizer.isCategory(t, start) || SuffixRecognizer.isTitle(t, e)
                    || CLAUSE_WORDS.matcher(body).find()) {
                continue;
            }
            EntityType type = sx.getValue();
            EntityType own = Suffixes.typeOf(t.substring(start, e));
            out.add(new Candidate(own != null ? own : type, sentence.begin() + start, sentence.begin() + e,
                    t.substring(start, e), null));
        }
        return out;
    }

    /**
     * A generic body after the level of the reporting government ("市体育中心", "区第二中医院"): the report's own
     * province, city or district names its institution so, and the rules take the body for generic.
     */
    static boolean ownGovernments(String t, int start, int bodyEnd) {
        if (start < 0 || bodyEnd - start < 3 || "省市区县".indexOf(t.charAt(start)) < 0 || t.charAt(start + 1) == '级') {
            return false;
        }
        String body = t.substring(start, bodyEnd);
        return NameScanner.isGeneric(body) && NameScanner.isGeneric(body.substring(1));
    }

    /**
     * Where the clause holding a name body ending at {@code bodyEnd} starts: after punctuation, a list joint or a
     * quote, crossing balanced brackets and dashes between name characters; -1 when it is too long.
     */
    static int clauseStart(String t, int bodyEnd) {
        int i = bodyEnd;
        while (i > 0) {
            char c = t.charAt(i - 1);
            if (c == '）' || c == ')') {
                int open = Math.max(t.lastIndexOf('（', i - 1), t.lastIndexOf('(', i - 1));
                if (open <= 0 || i - open > 14 || t.substring(open + 1, i - 1).matches(".*[，。；：、,;:“”].*")) {
                    return i;
                }
                i = open;
                continue;
            }
            if ((c == '－' || c == '—' || c == '-' || c == '–') && i > 1 && NameScanner.isNameChar(t.charAt(i - 2))
                    && i < t.length() && NameScanner.isNameChar(t.charAt(i))) {
                i--;
                continue;
            }
            if (!NameScanner.isNameChar(c) || c == '、') {
                break;
            }
            if (bodyEnd - i >= MAX_LENGTH) {
                return -1;
            }
            i--;
        }
        return i;
    }

    /**
     * The earliest start of a name in the clause: the clause start when no stop word begins there, else right
     * after its first run of stop words ("大力推进某某工程" → 某某工程); -1 when none.
     */
    static int firstStart(String t, int clause, int bodyEnd) {
        int i = clause;
        while (i < bodyEnd) {
            String stop = NameScanner.stopStartingAt(t, i);
            if (stop == null) {
                break;
            }
            i += stop.length();
        }
        return i < bodyEnd ? i : -1;
    }

    private static Map.Entry<String, EntityType> suffixAt(String t, int e) {
        String s = SUFFIX_INDEX.endingAt(t, e, MIN_BODY);
        return s == null ? null : Map.entry(s, SUFFIX_TYPES.get(s));
    }

    private static Map<String, EntityType> suffixTypes() {
        Map<String, EntityType> m = new LinkedHashMap<>();
        for (EntityType type : List.of(EntityType.PROJECT, EntityType.PARK, EntityType.ROAD, EntityType.FACILITY)) {
            Suffixes.of(type).forEach(s -> m.putIfAbsent(s, type));
            ProposingRecognizer.SUFFIXES.getOrDefault(type, List.of()).forEach(s -> m.putIfAbsent(s, type));
        }
        m.keySet().removeIf(x -> x.length() < 2);
        return Map.copyOf(m);
    }
}
