package org.pledgegraph.extract;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.utility.Predefine;

import java.util.List;
import java.util.Map;
import java.util.logging.Level;

/**
 * A general dictionary of Chinese words with parts of speech: HanLP portable's CoreNatureDictionary.mini (85k words,
 * PKU tag set; Apache-2.0), read from HanLP's jar, nothing fetched. HanLP keeps it in its own static table, loaded
 * once per JVM on first use; this class only reads it (no segmenter, no name recognisers, no custom dictionary) and
 * segments by the most probable word sequence under the dictionary's word frequencies (a unigram model).
 */
final class DictionaryWords {
    /** Part of speech of a character the dictionary does not hold as a word. */
    static final String UNKNOWN = "?";
    /** Part of speech of a character that is no word character (punctuation, space). */
    static final String PUNCT = "w";
    private static final double TOTAL = Predefine.TOTAL_FREQUENCY;
    /** Cost of a character the dictionary lacks: rarer than any word it holds. */
    private static final double UNKNOWN_COST = Math.log(TOTAL) + 3;

    private DictionaryWords() {
    }

    /** One word of a segmentation: [begin, end) of the text, its coarse part of speech. */
    record Word(int begin, int end, String pos) {
    }

    /** The coarse part of speech of {@code word} as a whole dictionary word, or null when it is none. */
    static String pos(String word) {
        CoreDictionary.Attribute a = Loaded.get(word);
        return a == null ? null : coarse(a.nature[0].toString());
    }

    /** The most probable segmentation of [from, to) of {@code text} into dictionary words and single characters. */
    static List<Word> segment(String text, int from, int to) {
        char[] cs = text.toCharArray();
        int n = to - from;
        double[] cost = new double[n + 1];
        int[] back = new int[n + 1];
        String[] tag = new String[n + 1];
        java.util.Arrays.fill(cost, Double.POSITIVE_INFINITY);
        cost[0] = 0;
        for (int i = 0; i < n; i++) {
            if (cost[i] == Double.POSITIVE_INFINITY) {
                continue;
            }
            int p = from + i;
            String single = BoundaryStats.word(cs[p]) ? UNKNOWN : PUNCT;
            relax(cost, back, tag, i, i + 1, cost[i] + UNKNOWN_COST, single);
            for (Map.Entry<String, CoreDictionary.Attribute> m : Loaded.prefixes(cs, p)) {
                int len = m.getKey().length();
                if (i + len <= n) {
                    double c = -Math.log((m.getValue().totalFrequency + 1) / TOTAL);
                    relax(cost, back, tag, i, i + len, cost[i] + c, coarse(m.getValue().nature[0].toString()));
                }
            }
        }
        java.util.ArrayDeque<Word> out = new java.util.ArrayDeque<>();
        for (int j = n; j > 0; j = back[j]) {
            out.addFirst(new Word(from + back[j], from + j, tag[j]));
        }
        return List.copyOf(out);
    }

    private static void relax(double[] cost, int[] back, String[] tag, int i, int j, double c, String pos) {
        if (c < cost[j]) {
            cost[j] = c;
            back[j] = i;
            tag[j] = pos;
        }
    }

    /**
     * A PKU tag coarsened to what a name's context tells: the noun kinds that name things (ns place, nt organisation,
     * nz other proper noun, nr person) and vn (verbal noun) stay, other tags keep their first letter (n, v, a, d, p…).
     */
    static String coarse(String nature) {
        return switch (nature) {
            case "ns", "nsf", "nt", "nz", "nr", "vn" -> nature.substring(0, 2);
            default -> nature.isEmpty() ? UNKNOWN : nature.substring(0, 1);
        };
    }

    /** HanLP's table, loaded on first use with HanLP's loading log off (its only switch is a global logger level). */
    private static final class Loaded {
        static {
            Predefine.logger.setLevel(Level.OFF);
        }

        static CoreDictionary.Attribute get(String word) {
            return CoreDictionary.get(word);
        }

        static List<Map.Entry<String, CoreDictionary.Attribute>> prefixes(char[] cs, int p) {
            return CoreDictionary.trie.commonPrefixSearchWithValue(cs, p);
        }
    }
}
