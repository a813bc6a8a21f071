package org.pledgegraph.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import org.pledgegraph.extract.CandidateJudge;
import org.pledgegraph.extract.CharTagger;
import org.pledgegraph.extract.Extractor;
import org.pledgegraph.extract.Proposal;
import org.pledgegraph.extract.Specificity;
import org.pledgegraph.ingest.Manifest;
import org.pledgegraph.model.DocumentMeta;
import org.pledgegraph.model.InputException;
import org.pledgegraph.text.TextDecoder;

/**
 * Self-training of the judge's first pass (session 22, issue 11): a judge trained on the gold documents scores the
 * proposals of unannotated reports of governments without gold, and its confident decisions (probability at or
 * above {@code high}: keep; at or below {@code low}: drop) join the gold events for a second training. The extra
 * events carry the new governments' words beside the general features, which the gold alone cannot teach.
 */
public final class PseudoLabels {
    private PseudoLabels() {
    }

    /** An unannotated report, analysed. */
    public record Unlabelled(String government, String file, Extractor.Analysis analysis) {
    }

    /**
     * The pool and how it is labelled.
     *
     * @param pool  the unannotated reports, in file order
     * @param high  probability at or above which a proposal is taken as a name
     * @param low   probability at or below which it is taken as no name
     * @param share at most this many pseudo events per gold event; more are thinned by an even stride
     */
    public record Setup(List<Unlabelled> pool, double high, double low, double share, CharTagger tagger) {
        public Setup(List<Unlabelled> pool, double high, double low, double share) {
            this(pool, high, low, share, null);
        }

        public Setup {
            pool = List.copyOf(pool);
            if (!(low < high) || low < 0 || high > 1 || share <= 0) {
                throw new IllegalArgumentException("pseudo labels need 0 <= low < high <= 1 and share > 0, not low "
                        + low + ", high " + high + ", share " + share);
            }
        }

        /**
         * The same setup with the pool's reports given the spans of {@code t} (null: none) when labelled, one
         * report at a time (a fold keeps no tagged copy of the pool).
         */
        public Setup tagged(CharTagger t) {
            return new Setup(pool, high, low, share, t);
        }

        /** The same setup without the reports of {@code governments} (a fold's own must not teach it). */
        public Setup without(Collection<String> governments) {
            return new Setup(pool.stream().filter(u -> !governments.contains(u.government())).toList(), high, low,
                    share, tagger);
        }
    }

    /**
     * The reports of {@code corpus} whose manifest jurisdiction is one of {@code governments}, analysed by
     * {@code rules}; no other report is read. A report the recognisers cannot read is left out.
     */
    public static List<Unlabelled> load(Path corpus, Set<String> governments, Extractor rules) {
        Manifest manifest = Manifest.of(corpus);
        List<Path> files;
        try (Stream<Path> s = Files.list(corpus)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new InputException(corpus.toString(), "cannot list: " + e.getMessage());
        }
        List<Path> chosen = files.stream().filter(f -> manifest.get(f.getFileName().toString())
                .map(DocumentMeta::jurisdiction).filter(governments::contains).isPresent()).toList();
        return chosen.parallelStream().map(f -> {
            String name = f.getFileName().toString();
            DocumentMeta meta = manifest.get(name).orElseThrow();
            try {
                String text = TextDecoder.decode(Files.readAllBytes(f), name);
                return new Unlabelled(meta.jurisdiction(), name, rules.analyse(meta, text));
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }).filter(java.util.Objects::nonNull).toList();
    }

    /** A first pass retrained with pseudo labels: the model, and how many keep / drop events it took (of selected). */
    public record Retrained(MaxentModel model, int keep, int drop, int selected) {
    }

    /**
     * {@code first}, trained on {@code gold}, picks the pseudo-labelled events of {@code setup}; the first pass
     * is then trained again on both (null setup or empty pool: {@code first} itself).
     */
    public static Retrained retrain(List<Event> gold, MaxentModel first, Specificity spec, Setup setup) {
        if (setup == null || setup.pool().isEmpty()) {
            return new Retrained(first, 0, 0, 0);
        }
        List<Event> selected = events(setup, new CandidateJudge(first, spec, CandidateJudge.THRESHOLD), spec);
        first = null; // the gold model is done with: not held in the heap while the next one trains
        List<Event> pseudo = thinned(selected, (int) Math.floor(setup.share() * gold.size()));
        List<Event> all = new ArrayList<>(gold.size() + pseudo.size());
        all.addAll(gold);
        all.addAll(pseudo);
        int[] c = counts(pseudo);
        return new Retrained(JudgeTrainer.train(all), c[0], c[1], selected.size());
    }

    /** The confident decisions of {@code judge} over the pool's proposals, report by report in file order. */
    public static List<Event> events(Setup setup, CandidateJudge judge, Specificity spec) {
        Extractor rules = Extractor.rules();
        List<Event> out = new ArrayList<>();
        java.util.Map<String, String> strings = new java.util.HashMap<>(); // one copy of each feature string
        for (Unlabelled u : setup.pool()) {
            Extractor.Analysis a = setup.tagger() == null ? u.analysis() : Extractor.tagged(u.analysis(), setup.tagger());
            List<Proposal> ps = rules.proposals(a, spec).stream().map(x -> new Proposal(x.candidate(),
                    x.source(), x.variant(), x.group(), x.sentence(), x.original(),
                    x.features().stream().map(f -> strings.computeIfAbsent(f, y -> y)).toList())).toList();
            double[] p = new double[ps.size()];
            for (int i = 0; i < p.length; i++) {
                String name = ps.get(i).name();
                // categories and clause fragments are dropped whatever the model says: its probability of them
                // is no decision to learn from
                p[i] = judge.isCategory(name) || judge.fragment(name) != null ? Double.NaN
                        : judge.firstPass(name, ps.get(i).features().toArray(String[]::new));
            }
            out.addAll(select(ps, p, setup.high(), setup.low()));
        }
        return out;
    }

    /**
     * The events taken from one report: proposal {@code i} as {@code keep} when {@code p[i] >= high}, as
     * {@code drop} when {@code p[i] <= low}, else (and for NaN) not at all.
     */
    static List<Event> select(List<Proposal> ps, double[] p, double high, double low) {
        List<Event> out = new ArrayList<>();
        for (int i = 0; i < ps.size(); i++) {
            if (p[i] >= high) {
                out.add(new Event(CandidateJudge.KEEP, ps.get(i).features().toArray(String[]::new)));
            } else if (p[i] <= low) {
                out.add(new Event(CandidateJudge.DROP, ps.get(i).features().toArray(String[]::new)));
            }
        }
        return out;
    }

    /**
     * At most {@code cap} of {@code events}, every k-th by an even stride from the first (deterministic, and the
     * share of keep and drop about as it was).
     */
    static List<Event> thinned(List<Event> events, int cap) {
        if (events.size() <= cap) {
            return events;
        }
        List<Event> out = new ArrayList<>(cap);
        for (int i = 0; i < cap; i++) {
            out.add(events.get((int) ((long) i * events.size() / cap)));
        }
        return out;
    }

    /** Counts of a list of events, for the sidecar and the log: keep, drop. */
    public static int[] counts(List<Event> events) {
        int keep = (int) events.stream().filter(e -> e.getOutcome().equals(CandidateJudge.KEEP)).count();
        return new int[] {keep, events.size() - keep};
    }
}
