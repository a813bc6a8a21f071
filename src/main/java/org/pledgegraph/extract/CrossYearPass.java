package org.pledgegraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import org.pledgegraph.model.DocumentMeta;
import org.pledgegraph.model.EntityType;
import org.pledgegraph.model.Mention;
import org.pledgegraph.model.Span;
import org.pledgegraph.text.NormalizedText;
import org.pledgegraph.text.Normalizer;
import org.pledgegraph.text.SentenceSplitter;

/**
 * The second pass over one document of a government: a name the extractor kept in another report of the same
 * government (another year's) is a mention wherever this document writes it verbatim with sound boundaries,
 * even where its own context did not convince the judge. A pure function of the document's text, its own kept
 * mentions and the names of its siblings; stage, modality, year and place are read in this document's sentence
 * as for any mention.
 *
 * <pre>
 *   List&lt;CrossYearPass.Added&gt; a = Extractor.defaults().crossYear().find(meta, text, ownMentions, names);
 * </pre>
 */
public final class CrossYearPass {
    /** Shorter names are too often generic words or the head of a longer name (公园, 产业园, XX路). */
    public static final int MIN_LENGTH = 4;
    /**
     * A name this many governments of the bundled corpus use is a kind of thing (城市更新项目), not one thing:
     * one government accepting it once must not copy it into its other years.
     */
    public static final int MAX_GOVERNMENTS = 2;

    /** A name kept in sibling documents: its type and the stems of the documents that kept it. */
    public record Sibling(EntityType type, SortedSet<String> stems) {
        public Sibling {
            stems = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(stems));
        }
    }

    /** A mention the pass adds and the sibling documents whose kept name it repeats. */
    public record Added(Mention mention, SortedSet<String> corroboratedBy) {
    }

    private final MentionFactory mentions;
    private final PlaceLinker placeLinker;
    private final Specificity specificity;

    CrossYearPass(MentionFactory mentions, PlaceLinker placeLinker, Specificity specificity) {
        this.mentions = mentions;
        this.placeLinker = placeLinker;
        this.specificity = specificity;
    }

    /** Whether {@code name} may be carried to another year at all (long enough, not a kind of thing). */
    public boolean carries(String name) {
        String n = Normalizer.normalize(name).text();
        return n.codePointCount(0, n.length()) >= MIN_LENGTH && !specificity.isCategory(n)
                && specificity.governments(n) <= MAX_GOVERNMENTS && !n.chars().allMatch(ch -> Character.isDigit(ch));
    }

    /**
     * The mentions to add to the document {@code meta}/{@code originalText}: every clean occurrence of a name of
     * {@code siblings} (kept in other documents of its government) that no mention of {@code own} (this
     * document's kept mentions, original offsets) overlaps. Longer names first; in text order.
     */
    public List<Added> find(DocumentMeta meta, String originalText, List<Mention> own, Map<String, Sibling> siblings) {
        NormalizedText text = Normalizer.normalize(originalText);
        String t = text.text();
        List<ScopedSentence> sentences = new TimeScoper(meta.year()).scope(SentenceSplitter.split(text));
        List<Span> taken = new ArrayList<>(own.stream().filter(m -> !m.type().isFigure()).map(Mention::span).toList());
        // longest first, then by name: the same result whatever order the map iterates in
        List<Map.Entry<String, Sibling>> names = siblings.entrySet().stream().filter(e -> carries(e.getKey()))
                .sorted(Comparator.comparingInt((Map.Entry<String, Sibling> e) -> -e.getKey().length())
                        .thenComparing(Map.Entry::getKey)).toList();
        record Hit(Candidate c, SortedSet<String> stems) {
        }
        List<Hit> hits = new ArrayList<>();
        for (Map.Entry<String, Sibling> e : names) {
            String name = Normalizer.normalize(e.getKey()).text();
            for (int i = t.indexOf(name); i >= 0; i = t.indexOf(name, i + 1)) {
                int end = i + name.length();
                if (!cleanStart(t, i) || !cleanEnd(t, end)) {
                    continue;
                }
                Span span = text.toOriginal(i, end);
                if (taken.stream().anyMatch(s -> s.begin() < span.end() && span.begin() < s.end())) {
                    continue; // inside, around or across a mention the document already has
                }
                taken.add(span);
                hits.add(new Hit(new Candidate(e.getValue().type(), i, end, name, null), e.getValue().stems()));
            }
        }
        hits.sort(Comparator.comparingInt((Hit h) -> h.c().begin()));
        List<Added> out = new ArrayList<>();
        for (Hit h : hits) {
            ScopedSentence s = sentenceOf(sentences, h.c());
            if (s == null) {
                continue;
            }
            Mention m = mentions.create(h.c(), s, text, names(own, text, s, h.c()));
            out.add(new Added(placeLinker.link(List.of(m), meta).get(0), h.stems()));
        }
        return out;
    }

    /**
     * Whether a name may start at {@code i}: at the text's start, after a character that cannot continue a name,
     * or right after a stop word (推进, 建成): not the tail of a longer name ("西XX公园" holds "XX公园").
     */
    static boolean cleanStart(String t, int i) {
        return i == 0 || !NameScanner.isNameChar(t.charAt(i - 1)) || NameScanner.stopEndingAt(t, i) != null;
    }

    /**
     * Whether a name may end at {@code end}: before a non-name character, a list joint, 等, or a construction
     * word; a following name character ("XX产业园" + 区, + 二期) would make it a longer name.
     */
    static boolean cleanEnd(String t, int end) {
        return end == t.length() || !NameScanner.isNameChar(t.charAt(end)) || "等和及与".indexOf(t.charAt(end)) >= 0
                || t.startsWith("建设", end) || t.startsWith("项目", end) || t.startsWith("工程", end)
                || NameScanner.stopStartingAt(t, end) != null;
    }

    private static ScopedSentence sentenceOf(List<ScopedSentence> sentences, Candidate c) {
        for (ScopedSentence s : sentences) {
            if (s.begin() <= c.begin() && c.end() <= s.sentence().end()) {
                return s;
            }
        }
        return null;
    }

    /** The document's own names in sentence {@code s} as candidates (normalised offsets), and {@code c}. */
    private static List<Candidate> names(List<Mention> own, NormalizedText text, ScopedSentence s, Candidate c) {
        Span sentence = text.toOriginal(s.begin(), s.sentence().end());
        List<Candidate> out = new ArrayList<>();
        out.add(c);
        for (Mention m : own) {
            if (m.type().isFigure() || !sentence.contains(m.span())) {
                continue;
            }
            int b = normalised(text, s, m.span().begin());
            int e = normalised(text, s, m.span().end() - 1);
            if (b >= 0 && e >= b) {
                out.add(new Candidate(m.type(), b, e + 1, m.surface(), null));
            }
        }
        return out;
    }

    /** The normalised offset in {@code s} of original offset {@code o}, or -1. */
    private static int normalised(NormalizedText text, ScopedSentence s, int o) {
        for (int i = s.begin(); i < s.sentence().end(); i++) {
            if (text.originalOffset(i) == o) {
                return i;
            }
        }
        return -1;
    }
}
