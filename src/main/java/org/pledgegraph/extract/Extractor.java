package org.pledgegraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.pledgegraph.model.DocumentMeta;
import org.pledgegraph.model.DroppedName;
import org.pledgegraph.model.Extraction;
import org.pledgegraph.model.ExtractionFailure;
import org.pledgegraph.model.Mention;
import org.pledgegraph.text.NormalizedText;
import org.pledgegraph.text.Normalizer;
import org.pledgegraph.text.Places;
import org.pledgegraph.text.SentenceSplitter;

/**
 * Finds the mentions of one document: a pure function of its original text and metadata.
 * Immutable and thread-safe.
 *
 * <pre>
 * Extraction x = Extractor.defaults().extract(meta, text);
 * x.mentions().forEach(m -> System.out.println(m + " " + m.stage() + " " + m.modality()));
 * </pre>
 *
 * Stages: {@link Normalizer} → {@link SentenceSplitter} → {@link TimeScoper} → each
 * {@link Recognizer} → (with a {@link CandidateJudge}: boundary variants, then keep or drop each proposed
 * name) → overlap resolution → {@link MentionFactory}.
 */
public final class Extractor {
    /** Lead a recogniser's own boundary has over its variants when the judge ranks them. */
    public static final double RULE_PREFERENCE = 0.05;
    /** Source of the learned proposer's candidates. */
    public static final String TAGGER = "Tagger";
    /** Experiment (issue 11): the tagger's near-miss spans within this score deficit as proposals too; 0 = none. */
    private static final float ALTERNATIVES = Float.parseFloat(System.getProperty("pledgegraph.tagger2", "0"));
    private final List<Recognizer> recognizers;
    /** The recognisers and the proposers whose names only a judge may keep. */
    private final List<Recognizer> proposers;
    private final MentionFactory mentions;
    private final Places places;
    private final PlaceLinker placeLinker;
    private final CandidateJudge judge;
    /** The learned proposer's model, or null (its spans are candidates only a judge may keep). */
    private final CharTagger tagger;
    /** Which of two overlapping kept names stands (judge mode). */
    private final OverlapChoice overlaps;

    private Extractor(List<Recognizer> recognizers, Lexicon industries, Places places, CandidateJudge judge,
                      CharTagger tagger) {
        this(recognizers, industries, places, judge, tagger, BoundaryChoice.SHIPPED);
    }

    private Extractor(List<Recognizer> recognizers, Lexicon industries, Places places, CandidateJudge judge,
                      CharTagger tagger, OverlapChoice overlaps) {
        this.recognizers = List.copyOf(recognizers);
        List<Recognizer> all = new ArrayList<>(recognizers);
        all.addAll(ProposingRecognizer.all());
        all.add(new SharedHeadProposer());
        // ListHeadProposer (counted lists, a lone member before 等) and wider shared heads raised rule-proposal
        // coverage 0.740 → 0.750, but dev-only LOGO fell 0.74 → 0.73 (README, branch recall9): written, not enabled
        all.add(new LongNameProposer());
        all.add(new NumberedLineProposer());
        all.add(new QuotedNameProposer());
        all.add(new BrandProposer(industries));
        all.add(new FirmListProposer());
        all.add(FirmListProposer.bigScience());
        all.add(new LandformProposer());
        // Proposers tried and removed (firms by place, mark or subject position, list members as written): their
        // LOGOs and where their code is, docs/extraction.md ("Recall")
        // Long, line, quoted and firm proposals raise what the proposals cover of the dev gold (0.695 → 0.769);
        // the judge keeps few of them yet (docs/extraction.md, "Recall")
        // Checked here, so that a recogniser whose input nothing provides fails when the extractor is built.
        RecognizerChain chain = RecognizerChain.of(RecognizerChain.TEXT_STAGES, all);
        if (judge != null) {
            chain.require(CandidateJudge.class.getSimpleName(), EnumSet.of(Annotation.PROPOSALS));
        }
        this.proposers = chain.recognizers();
        this.mentions = new MentionFactory(industries);
        this.places = places;
        this.placeLinker = new PlaceLinker(places);
        this.judge = judge;
        this.tagger = tagger;
        this.overlaps = Objects.requireNonNull(overlaps, "overlaps");
    }

    /** The place table used to link mentions to coded towns and districts (and by ingest for jurisdictions). */
    public Places places() {
        return places;
    }

    /** With {@code recognizers} instead of the standard ones (and no judge), e.g. a failing one in a test. */
    public static Extractor with(List<Recognizer> recognizers) {
        return new Extractor(recognizers, Lexicon.load("industries.tsv"), Places.bundled(), null, null);
    }

    /** The standard recognisers, the bundled indicator and industry tables and the bundled candidate judge. */
    public static Extractor defaults() {
        return rules().withJudge(CandidateJudge.bundled()).withTagger(CharTagger.bundled());
    }

    /** The standard recognisers alone: every name they find is kept. */
    public static Extractor rules() {
        Lexicon indicators = Lexicon.load("indicators.tsv");
        Lexicon industries = Lexicon.load("industries.tsv");
        return new Extractor(List.of(new ParkRecognizer(), new ProjectRecognizer(), new RoadRecognizer(),
                new EnterpriseRecognizer(), new FacilityRecognizer(), new ListRecognizer(), new PhaseRecognizer(),
                new FigureRecognizer(indicators)), industries, Places.bundled(), null, null);
    }

    /** The same recognisers with {@code j} deciding which names to keep (null: keep all). */
    public Extractor withJudge(CandidateJudge j) {
        return new Extractor(recognizers, mentions.industries(), places, j, tagger, overlaps);
    }

    /** The same extractor with {@code choice} deciding between overlapping names the judge kept. */
    public Extractor withOverlaps(OverlapChoice choice) {
        return new Extractor(recognizers, mentions.industries(), places, judge, tagger, choice);
    }

    /** The same extractor with {@code t} as the learned proposer (null: none). */
    public Extractor withTagger(CharTagger t) {
        return new Extractor(recognizers, mentions.industries(), places, judge, t, overlaps);
    }

    public CharTagger tagger() {
        return tagger;
    }

    /**
     * {@code a} with the spans of {@code t} as proposals (source {@value #TAGGER}) instead of any it had: training
     * gives each document the spans of a tagger that never saw its government.
     */
    public static Analysis tagged(Analysis a, CharTagger t) {
        List<List<Sourced>> cs = new ArrayList<>();
        List<CharTagger.Scored> scores = new ArrayList<>();
        for (int i = 0; i < a.sentences.size(); i++) {
            List<Sourced> s = new ArrayList<>(a.candidates.get(i).stream().filter(c -> !c.source().startsWith(TAGGER))
                    .toList());
            CharTagger.Scored sc = null;
            if (t != null) {
                ScopedSentence sentence = a.sentences.get(i);
                sc = t.scored(sentence.text(), sentence.begin());
                sc.names().forEach(c -> s.add(new Sourced(c, TAGGER, true)));
                if (ALTERNATIVES > 0) {
                    t.alternatives(sentence.text(), sentence.begin(), ALTERNATIVES)
                            .forEach(c -> s.add(new Sourced(c, TAGGER + "2", true)));
                }
            }
            cs.add(s);
            scores.add(sc);
        }
        return new Analysis(a.meta, a.text, a.sentences, cs, a.failures, scores);
    }

    /**
     * The sentences of {@code a} labelled with every occurrence of the {@code names} (name → type; longest
     * first, no overlaps): the learned proposer's training data.
     */
    public static List<CharTagger.Sequence> sequences(Analysis a, Map<String, org.pledgegraph.model.EntityType> names) {
        List<String> byLength = new ArrayList<>(names.keySet());
        byLength.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        List<CharTagger.Sequence> out = new ArrayList<>();
        for (ScopedSentence s : a.sentences) {
            String text = s.text();
            boolean[] taken = new boolean[text.length()];
            List<Candidate> found = new ArrayList<>();
            for (String n : byLength) {
                for (int at = text.indexOf(n); at >= 0 && n.length() >= 2; at = text.indexOf(n, at + 1)) {
                    boolean free = true;
                    for (int j = at; j < at + n.length(); j++) {
                        free &= !taken[j];
                    }
                    if (free) {
                        java.util.Arrays.fill(taken, at, at + n.length(), true);
                        found.add(new Candidate(names.get(n), at, at + n.length(), n, null));
                    }
                }
            }
            out.add(new CharTagger.Sequence(text, found));
        }
        return out;
    }

    public CandidateJudge judge() {
        return judge;
    }

    /** The second pass over a government's other years, reading names with this extractor's judge's table. */
    public CrossYearPass crossYear() {
        return new CrossYearPass(mentions, placeLinker, judge != null ? judge.specificity() : Specificity.empty(),
                places);
    }

    public Extraction extract(DocumentMeta meta, String originalText) {
        return decide(analyse(meta, originalText));
    }

    /**
     * The text-bound half of extraction: normalised text, scoped sentences and every candidate of the
     * recognisers and proposers. {@link #decide} and {@link #proposals(Analysis, Specificity)} then need no
     * second pass over the text (training and evaluation try several judges on one analysis).
     */
    public Analysis analyse(DocumentMeta meta, String originalText) {
        Objects.requireNonNull(meta, "meta");
        NormalizedText text = Normalizer.normalize(originalText);
        List<ScopedSentence> sentences = new TimeScoper(meta.year()).scope(SentenceSplitter.split(text));
        List<ExtractionFailure> failures = new ArrayList<>();
        List<List<Sourced>> candidates = recognise(meta, text, sentences, proposers, failures);
        Analysis a = new Analysis(meta, text, sentences, candidates, failures, null);
        return tagger == null ? a : tagged(a, tagger);
    }

    /** The mentions of an analysed document: the recognisers' names, or those the judge keeps. */
    public Extraction decide(Analysis a) {
        List<List<Sourced>> recognised = judge != null ? a.candidates
                : a.candidates.stream().map(cs -> cs.stream().filter(c -> !c.proposer()).toList()).toList();
        List<DroppedName> dropped = new ArrayList<>();
        Map<Candidate, Double> confidence = new java.util.IdentityHashMap<>();
        List<List<Candidate>> found = judge != null ? judge(a.meta, a.text, a.sentences, recognised, dropped, confidence,
                a.scores)
                : recognised.stream().map(cs -> cs.stream().map(Sourced::candidate).toList()).toList();
        List<Mention> out = new ArrayList<>();
        List<ExtractionFailure> failures = new ArrayList<>(a.failures);
        for (int i = 0; i < a.sentences.size(); i++) {
            ScopedSentence s = a.sentences.get(i);
            List<Candidate> kept = Overlaps.resolve(found.get(i), s, judge != null, confidence, overlaps);
            for (Candidate c : kept) {
                try {
                    out.add(mentions.create(c, s, a.text, kept));
                } catch (RuntimeException | StackOverflowError e) {
                    failures.add(failure(a.meta, a.text, s, MentionFactory.class.getSimpleName(), e));
                }
            }
        }
        return new Extraction(a.meta, placeLinker.link(out, a.meta), failures, dropped);
    }

    /**
     * Every name candidate the judge would see in this document (recognisers' and proposers' names and their
     * boundary variants), with features read against {@code specificity}; for training and inspection.
     */
    public List<Proposal> proposals(Analysis a, Specificity specificity) {
        return Proposals.of(a.meta, a.text, a.sentences, a.candidates, specificity, a.scores, places);
    }

    public List<Proposal> proposals(DocumentMeta meta, String originalText, Specificity specificity) {
        return proposals(analyse(meta, originalText), specificity);
    }

    /** The names of {@link #proposals(Analysis, Specificity)} alone (no features): for corpus statistics. */
    public List<String> proposedNames(Analysis a) {
        return Proposals.of(a.meta, a.text, a.sentences, a.candidates, null, null, places).stream().map(Proposal::name)
                .toList();
    }

    /** A document analysed by {@link #analyse}: immutable, opaque outside this package. */
    public static final class Analysis {
        private final DocumentMeta meta;
        private final NormalizedText text;
        private final List<ScopedSentence> sentences;
        private final List<List<Sourced>> candidates;
        private final List<ExtractionFailure> failures;
        /** Per sentence, the scores of the tagger that proposed its Tagger spans (null without a tagger). */
        private final List<CharTagger.Scored> scores;

        private Analysis(DocumentMeta meta, NormalizedText text, List<ScopedSentence> sentences,
                         List<List<Sourced>> candidates, List<ExtractionFailure> failures,
                         List<CharTagger.Scored> scores) {
            this.meta = meta;
            this.text = text;
            this.sentences = List.copyOf(sentences);
            this.candidates = candidates.stream().map(List::copyOf).toList();
            this.failures = List.copyOf(failures);
            this.scores = scores == null ? null : java.util.Collections.unmodifiableList(new ArrayList<>(scores));
        }

        public DocumentMeta meta() {
            return meta;
        }

        List<ScopedSentence> sentences() {
            return sentences;
        }

        /** Per sentence, the tagger's scores (null without a tagger); for tests and the experiment harness. */
        List<CharTagger.Scored> scores() {
            return scores;
        }
    }

    /** A candidate, the recogniser that found it and whether only a judge may keep it. */
    record Sourced(Candidate candidate, String source, boolean proposer) {
    }

    /**
     * Runs every recogniser on every sentence. One recogniser's bug on one sentence must not cost the document:
     * its failure is recorded and the other recognisers' candidates are kept.
     */
    private static List<List<Sourced>> recognise(DocumentMeta meta, NormalizedText text, List<ScopedSentence> sentences,
                                                 List<Recognizer> recognizers, List<ExtractionFailure> failures) {
        List<List<Sourced>> found = new ArrayList<>();
        for (ScopedSentence s : sentences) {
            List<Sourced> cs = new ArrayList<>();
            for (Recognizer r : recognizers) {
                boolean proposer = r instanceof ProposingRecognizer || r instanceof Proposer;
                String source = r instanceof Proposer p ? p.source() : r.getClass().getSimpleName().replace("Recognizer", "")
                        + (proposer ? r.provides().get(0).key() : "");
                try {
                    List<Candidate> got = r.recognize(s);
                    for (Candidate c : got) {
                        if (c.begin() < s.begin() || c.end() > s.sentence().end()) {
                            throw new IllegalStateException("candidate " + c + " outside its sentence ["
                                    + s.begin() + "-" + s.sentence().end() + "]");
                        }
                    }
                    got.forEach(c -> cs.add(new Sourced(c, source, proposer)));
                } catch (RuntimeException | StackOverflowError e) {
                    String name = r.getClass().getSimpleName();
                    failures.add(failure(meta, text, s, name.isEmpty() ? r.getClass().getName() : name, e));
                }
            }
            found.add(cs);
        }
        return found;
    }

    private static ExtractionFailure failure(DocumentMeta meta, NormalizedText text, ScopedSentence s, String recognizer,
                                             Throwable e) {
        int at = text.originalOffset(s.begin());
        String original = text.original();
        int line = 1;
        for (int i = 0; i < at; i++) {
            char ch = original.charAt(i);
            if (ch == '\n' || ch == '\r' && (i + 1 >= original.length() || original.charAt(i + 1) != '\n')) {
                line++;
            }
        }
        return new ExtractionFailure(meta.file(), line, recognizer, e.getClass().getName(), e.getMessage());
    }

    private List<List<Candidate>> judge(DocumentMeta meta, NormalizedText text, List<ScopedSentence> sentences,
                                        List<List<Sourced>> found, List<DroppedName> dropped,
                                        Map<Candidate, Double> confidence, List<CharTagger.Scored> scores) {
        List<List<Candidate>> kept = new ArrayList<>();
        for (List<Sourced> cs : found) {
            kept.add(new ArrayList<>(cs.stream().map(Sourced::candidate).filter(c -> c.type().isFigure()).toList()));
        }
        Map<ScopedSentence, Integer> index = new java.util.IdentityHashMap<>();
        for (int i = 0; i < sentences.size(); i++) {
            index.put(sentences.get(i), i);
        }
        List<Proposal> all = Proposals.of(meta, text, sentences, found, judge.specificity(), scores, places);
        // all at once: a second pass reads the first pass's probabilities of the other proposals
        double[] probs = judge.probabilities(all);
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            groups.computeIfAbsent(all.get(i).group(), g -> new ArrayList<>()).add(i);
        }
        record Decision(Proposal rule, Proposal best, double p, boolean[] keep) {
        }
        List<Decision> decisions = new ArrayList<>();
        for (List<Integer> group : groups.values()) {
            Proposal best = null;
            double bestP = -1;
            double bestScore = -1;
            for (int i : group) {
                Proposal p = all.get(i);
                double prob = probs[i];
                double score = prob + (p.variant().equals("rule") ? RULE_PREFERENCE : 0);
                if (score > bestScore) {
                    best = p;
                    bestP = prob;
                    bestScore = score;
                }
            }
            decisions.add(new Decision(all.get(group.get(0)), best, bestP,
                    new boolean[] {judge.keeps(bestP, best.candidate().type())}));
        }
        siblings(decisions.stream().map(d -> new ListSiblings.Item(d.best().candidate(), d.best().sentence(), d.p(),
                d.keep())).toList());
        for (Decision d : decisions) {
            if (d.keep()[0]) {
                kept.get(index.get(d.best().sentence())).add(d.best().candidate());
                confidence.put(d.best().candidate(), d.p());
            } else {
                dropped.add(new DroppedName(d.rule().candidate().type(), d.rule().name(), d.rule().original(),
                        reason(d.rule(), d.p())));
            }
        }
        return kept;
    }

    /** Keeps the doubtful items of enumerations whose neighbours the judge keeps ({@link ListSiblings}). */
    private void siblings(List<ListSiblings.Item> items) {
        if (judge.siblingFloor() < judge.threshold()) {
            ListSiblings.keep(items, judge.siblingFloor());
        }
    }

    private String reason(Proposal p, double probability) {
        StringBuilder r = new StringBuilder(String.format(java.util.Locale.ROOT, "judge %.2f < %.2f",
                probability, judge.threshold()));
        int n = judge.specificity().governments(p.name());
        if (judge.isCategory(p.name())) {
            r.setLength(0);
            r.append("category: name used by ").append(n).append(" governments in ")
                    .append(judge.specificity().groups(p.name())).append(" unrelated groups");
        } else if (judge.fragment(p.name()) != null) {
            r.setLength(0);
            r.append("clause fragment: ").append(judge.fragment(p.name()));
        } else if (n > 0) {
            r.append("; name used by ").append(n).append(" governments");
        }
        p.features().stream().filter(f -> f.startsWith("ghead=")).findFirst()
                .ifPresent(f -> r.append("; generic head ").append(f.substring("ghead=".length())));
        if (p.features().contains("genbody")) {
            r.append("; generic words only");
        }
        return r.toString();
    }
}
