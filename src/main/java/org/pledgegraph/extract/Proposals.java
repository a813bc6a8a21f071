package org.pledgegraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pledgegraph.model.DocumentMeta;
import org.pledgegraph.model.Place;
import org.pledgegraph.text.NormalizedText;
import org.pledgegraph.text.Places;

/**
 * The judge's view of a document: every candidate the recognisers and proposers found, its boundary variants and
 * their features (the document's own counts of each name, the corpus statistics, the tagger's confidence). Split
 * from {@link Extractor}, which decides what to keep.
 */
final class Proposals {
    /** Experiment switch (branch oy27). */
    static final boolean OTHER_YEARS = Boolean.parseBoolean(System.getProperty("pledgegraph.otherYears", "true"));

    private Proposals() {
    }

    /**
     * Every candidate of the analysed sentences ({@code found}, figures left out) and its boundary variants, once per
     * span and name, grouped by the candidate they vary; with {@code specificity} each with its features (null: names
     * only, for corpus statistics).
     */
    static List<Proposal> of(DocumentMeta meta, NormalizedText text, List<ScopedSentence> sentences,
                             List<List<Extractor.Sourced>> found, Specificity specificity,
                             List<CharTagger.Scored> scores, Places places, List<String> others) {
        Place home = specificity == null ? null : home(meta, places);
        record Raw(Candidate c, String source, String variant, int group, ScopedSentence s, CharTagger.Scored t) {
        }
        List<Raw> raws = new ArrayList<>();
        Map<String, Boolean> seen = new HashMap<>();
        int group = 0;
        for (int i = 0; i < sentences.size(); i++) {
            ScopedSentence s = sentences.get(i);
            CharTagger.Scored ts = scores == null ? null : scores.get(i);
            for (Extractor.Sourced sc : found.get(i)) {
                Candidate c = sc.candidate();
                if (c.type().isFigure() || seen.putIfAbsent(c.begin() + ":" + c.end() + ":" + c.name(), true) != null) {
                    continue;
                }
                int g = group++;
                raws.add(new Raw(c, sc.source(), "rule", g, s, ts));
                for (BoundaryVariants.Variant v : variants(c, s)) {
                    Candidate vc = v.candidate();
                    if (seen.putIfAbsent(vc.begin() + ":" + vc.end() + ":" + vc.name(), true) == null) {
                        raws.add(new Raw(vc, sc.source(), v.kind(), v.ownName() ? group++ : g, s, ts));
                    }
                }
            }
        }
        Map<String, int[]> occurrences = new HashMap<>();
        // the corpus's boundary statistics with this document's own text added (available at run time)
        BoundaryStats boundaries = specificity == null ? null : specificity.boundaries().withDocument(text.text());
        Map<String, String> otherYears = new HashMap<>();
        List<Proposal> out = new ArrayList<>();
        for (Raw r : raws) {
            if (specificity == null) {
                out.add(new Proposal(r.c(), r.source(), r.variant(), r.group(), r.s(), null, List.of()));
                continue;
            }
            int[] occ = occurrences.computeIfAbsent(r.c().name(), n -> count(text.text(), n));
            List<String> features = CandidateFeatures.of(r.c(), r.source(), r.variant(), r.s(), specificity, occ,
                    places, home, boundaries);
            if (OTHER_YEARS) {
                features = new ArrayList<>(features);
                OtherYearFeatures.add(features, r.c().name(), r.c().name().length(), others, otherYears);
            }
            if (r.t() != null) {
                features = new ArrayList<>(features);
                TaggerConfidenceFeatures.add(features, r.t(), r.c().begin() - r.s().begin(), r.c().end() - r.s().begin());
            }
            out.add(new Proposal(r.c(), r.source(), r.variant(), r.group(), r.s(),
                    text.toOriginal(r.c().begin(), r.c().end()), features));
        }
        return out;
    }

    /** The place of the reporting government (an id or a name such as 某某市某某区), or null when unknown. */
    private static Place home(DocumentMeta meta, Places places) {
        String j = meta == null ? "" : meta.jurisdiction();
        if (j.isEmpty() || places == null) {
            return null;
        }
        return Place.isId(j) ? places.get(j).orElse(null) : places.resolve(j).orElse(null);
    }

    /** The boundary variants of a candidate; none when they cannot be formed (they are only alternatives). */
    private static List<BoundaryVariants.Variant> variants(Candidate c, ScopedSentence s) {
        try {
            return BoundaryVariants.of(c, s);
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    /**
     * How often the document writes {@code name}: in all, with a clean start (after punctuation, a list joint
     * or a stop word) and with a clean end (before punctuation, a list joint, 等 or a construction word) — a
     * boundary the text itself confirms elsewhere; then how many distinct characters precede and follow it where
     * it is part of a longer word.
     */
    static int[] count(String text, String name) {
        int[] n = new int[5];
        java.util.Set<Character> heads = new java.util.HashSet<>();
        java.util.Set<Character> tails = new java.util.HashSet<>();
        for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length())) {
            n[0]++;
            if (i == 0 || !NameScanner.isNameChar(text.charAt(i - 1)) || NameScanner.stopEndingAt(text, i) != null) {
                n[1]++;
            } else {
                heads.add(text.charAt(i - 1));
            }
            int e = i + name.length();
            if (e == text.length() || !NameScanner.isNameChar(text.charAt(e)) || "等和及与".indexOf(text.charAt(e)) >= 0
                    || text.startsWith("建设", e) || text.startsWith("项目", e) || text.startsWith("工程", e)) {
                n[2]++;
            } else {
                tails.add(text.charAt(e));
            }
        }
        // distinct characters written right before / after the name inside longer words (HeadFeatures)
        n[3] = heads.size();
        n[4] = tails.size();
        return n;
    }
}
