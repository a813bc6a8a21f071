package org.pledgegraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.pledgegraph.model.DocumentMeta;
import org.pledgegraph.model.Extraction;
import org.pledgegraph.model.ExtractionFailure;
import org.pledgegraph.model.Mention;
import org.pledgegraph.text.NormalizedText;
import org.pledgegraph.text.Normalizer;
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
 * {@link Recognizer} → overlap resolution → {@link MentionFactory}.
 */
public final class Extractor {
    private final List<Recognizer> recognizers;
    private final MentionFactory mentions;

    private Extractor(List<Recognizer> recognizers, Lexicon industries) {
        this.recognizers = List.copyOf(recognizers);
        this.mentions = new MentionFactory(industries);
    }

    /** With {@code recognizers} instead of the standard ones, e.g. a failing one in a test. */
    public static Extractor with(List<Recognizer> recognizers) {
        return new Extractor(recognizers, Lexicon.load("industries.tsv"));
    }

    /** The standard recognisers with the bundled indicator and industry tables. */
    public static Extractor defaults() {
        Lexicon indicators = Lexicon.load("indicators.tsv");
        Lexicon industries = Lexicon.load("industries.tsv");
        return new Extractor(List.of(new ParkRecognizer(), new ProjectRecognizer(), new RoadRecognizer(),
                new EnterpriseRecognizer(), new FacilityRecognizer(), new ListRecognizer(), new PhaseRecognizer(),
                new FigureRecognizer(indicators)), industries);
    }

    public Extraction extract(DocumentMeta meta, String originalText) {
        Objects.requireNonNull(meta, "meta");
        NormalizedText text = Normalizer.normalize(originalText);
        List<ScopedSentence> sentences = new TimeScoper(meta.year()).scope(SentenceSplitter.split(text));
        List<Mention> out = new ArrayList<>();
        List<ExtractionFailure> failures = new ArrayList<>();
        for (ScopedSentence s : sentences) {
            List<Candidate> found = new ArrayList<>();
            // One recogniser's bug on one sentence must not cost the document: its failure is recorded and
            // the other recognisers' candidates are kept. Candidates are records, so owners are by identity.
            Map<Candidate, Recognizer> owner = new IdentityHashMap<>();
            for (Recognizer r : recognizers) {
                try {
                    List<Candidate> cs = r.recognize(s);
                    for (Candidate c : cs) {
                        if (c.begin() < s.begin() || c.end() > s.sentence().end()) {
                            throw new IllegalStateException("candidate " + c + " outside its sentence ["
                                    + s.begin() + "-" + s.sentence().end() + "]");
                        }
                    }
                    for (Candidate c : cs) {
                        owner.put(c, r);
                    }
                    found.addAll(cs);
                } catch (RuntimeException | StackOverflowError e) {
                    failures.add(failure(meta, text, s, r, e));
                }
            }
            List<Candidate> kept = resolveOverlaps(found, s);
            for (Candidate c : kept) {
                try {
                    out.add(mentions.create(c, s, text, kept));
                } catch (RuntimeException | StackOverflowError e) {
                    failures.add(failure(meta, text, s, owner.get(c), e));
                }
            }
        }
        return new Extraction(meta, out, failures);
    }

    private static ExtractionFailure failure(DocumentMeta meta, NormalizedText text, ScopedSentence s, Recognizer r,
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
        String name = r == null ? MentionFactory.class.getSimpleName() : r.getClass().getSimpleName();
        return new ExtractionFailure(meta.file(), line, name.isEmpty() ? r.getClass().getName() : name,
                e.getClass().getName(), e.getMessage());
    }

    /**
     * Keeps the longest of overlapping names; names distributed over a coordination ("A、B项目")
     * cover the whole phrase and are kept beside each other. Figures never compete with names.
     */
    static List<Candidate> resolveOverlaps(List<Candidate> found, ScopedSentence s) {
        List<Candidate> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt(Candidate::length).reversed().thenComparingInt(Candidate::begin));
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : sorted) {
            boolean clash = false;
            for (Candidate k : kept) {
                if (k.type().isFigure() != c.type().isFigure()) {
                    continue;
                }
                boolean overlap = c.begin() < k.end() && k.begin() < c.end();
                if (!overlap) {
                    continue;
                }
                boolean sameName = k.name().equals(c.name());
                if (isDistributed(k, s) && k.begin() == c.begin() && k.name().startsWith(c.name())) {
                    clash = true; // the bare first item of "A、B<head>" is not a name of its own
                    break;
                }
                boolean bothDistributed = isDistributed(k, s) || isDistributed(c, s);
                if (sameName || !bothDistributed) {
                    clash = true;
                    break;
                }
            }
            if (!clash) {
                kept.add(c);
            }
        }
        kept.sort(Comparator.comparingInt(Candidate::begin).thenComparingInt(Candidate::end));
        return kept;
    }

    private static boolean isDistributed(Candidate c, ScopedSentence s) {
        int b = c.begin() - s.begin();
        int e = c.end() - s.begin();
        return !s.text().substring(b, e).equals(c.name());
    }
}
