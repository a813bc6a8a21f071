package org.pledgegraph.extract;

import java.util.ArrayList;
import java.util.List;
import org.pledgegraph.model.EntityType;

/**
 * Proposes quoted names: Chinese reports quote the coined name of a platform, programme or place
 * (“某某”平台, “某某”工程, 某地“某某”), and the name scanner stops at quote marks. Three forms: the quoted words,
 * the quoted words with the suffix written right after the closing quote, and either with the place or
 * body written right before the opening quote. Quotes also mark slogans and policy words, so these are
 * proposed only for the judge to decide (its features see the quotes and how many governments use the name).
 */
final class QuotedNameProposer implements Recognizer, Proposer {
    private static final int MIN_INNER = 2;
    private static final int MAX_INNER = 14;
    /** Longest words between the closing quote and the head ("“某某”新能源与智能网联汽车产业走廊"). */
    private static final int MAX_HEAD = 14;
    private static final int MAX_PREFIX = 6;
    /**
     * Suffix-like heads after a quote, besides {@link Suffixes}: programme and system nouns, and collective or
     * service nouns that coined names end with (“某某”基金群, 投资基金矩阵, 博物馆群, 服务专区, 产业走廊, 综合能源站).
     */
    private static final List<String> HEADS = List.of("系统", "工程", "项目", "平台", "品牌", "专网", "网", "行动", "计划",
            "群", "矩阵", "专区", "走廊", "廊道", "频道", "站");

    @Override
    public String source() {
        return "Quoted";
    }

    @Override
    public List<EntityType> provides() {
        return List.of(EntityType.FACILITY, EntityType.PROJECT, EntityType.PARK);
    }

    @Override
    public List<Candidate> recognize(ScopedSentence sentence) {
        String t = sentence.text();
        int base = sentence.begin();
        List<Candidate> out = new ArrayList<>();
        for (int open = t.indexOf('“'); open >= 0; open = t.indexOf('“', open + 1)) {
            int close = t.indexOf('”', open + 1);
            if (close < 0) {
                break;
            }
            String inner = t.substring(open + 1, close);
            if (inner.length() < MIN_INNER || inner.length() > MAX_INNER || !plain(inner)) {
                continue;
            }
            List<Integer> ends = new ArrayList<>();
            for (int e = close + 2; e <= Math.min(t.length(), close + 1 + MAX_HEAD); e++) {
                char c = t.charAt(e - 1);
                if (!NameScanner.isNameChar(c) || c == '等' || c == '、' || c == '“') {
                    break;
                }
                if (Suffixes.endingAt(t, e) != null || endsWithHead(t, e) || proposingSuffixAt(t, e)) {
                    ends.add(e);
                }
            }
            int prefix = -1;
            if (open > 0 && NameScanner.isNameChar(t.charAt(open - 1)) && t.charAt(open - 1) != '、') {
                int s = NameScanner.start(t, open);
                if (s >= 0 && open - s >= 2 && open - s <= MAX_PREFIX && !NameScanner.isGeneric(t.substring(s, open))) {
                    prefix = s;
                }
            }
            if (!inner.contains("、") && !inner.contains("，")) {
                add(out, t, base, open + 1, close, typeOf(inner, t, close + 1));
                if (prefix >= 0) {
                    add(out, t, base, prefix, close + 1, typeOf(inner, t, close + 1));
                }
            }
            for (int e : ends) {
                String name = t.substring(open, e);
                add(out, t, base, open, e, typeOf(name, t, e));
                if (prefix >= 0) {
                    add(out, t, base, prefix, e, typeOf(name, t, e));
                }
            }
        }
        return out;
    }

    /** Words of a name: no sentence punctuation, no nested quotes, not a number alone. */
    private static boolean plain(String inner) {
        for (int i = 0; i < inner.length(); i++) {
            if ("，。；：！？,;:!?“”《》（）()".indexOf(inner.charAt(i)) >= 0) {
                return false;
            }
        }
        return !inner.matches("[\\d.+×xX%]+") && !NameScanner.isGeneric(inner);
    }

    /** The suffixes of the judge-only proposers (…产业走廊, …示范区, …枢纽) end a quoted name as well. */
    private static boolean proposingSuffixAt(String t, int e) {
        for (List<String> xs : ProposingRecognizer.SUFFIXES.values()) {
            for (String x : xs) {
                if (x.length() >= 2 && e >= x.length() && t.startsWith(x, e - x.length())
                        && ProposingRecognizer.endsName(t, e, x)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean endsWithHead(String t, int e) {
        for (String h : HEADS) {
            if (e >= h.length() && t.startsWith(h, e - h.length())) {
                return true;
            }
        }
        return false;
    }

    private static EntityType typeOf(String name, String t, int end) {
        String bare = name.replace("“", "").replace("”", "");
        EntityType type = Suffixes.typeOf(bare);
        if (type != null) {
            return type;
        }
        if (bare.matches(".*(?:工程|项目|行动|计划)$") || t.startsWith("工程", end) || t.startsWith("建设", end)) {
            return EntityType.PROJECT;
        }
        return EntityType.FACILITY;
    }

    private static void add(List<Candidate> out, String t, int base, int begin, int end, EntityType type) {
        if (end - begin >= 2) {
            out.add(new Candidate(type, base + begin, base + end, t.substring(begin, end), null));
        }
    }
}
