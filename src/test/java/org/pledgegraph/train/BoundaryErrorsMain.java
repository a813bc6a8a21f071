package org.pledgegraph.train;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.pledgegraph.eval.DocumentScore;
import org.pledgegraph.eval.GoldRow;
import org.pledgegraph.eval.Score;
import org.pledgegraph.eval.Scorer;
import org.pledgegraph.extract.BoundaryChoice;
import org.pledgegraph.extract.CandidateJudge;
import org.pledgegraph.extract.CharTagger;
import org.pledgegraph.extract.Extractor;
import org.pledgegraph.extract.OverlapChoice;
import org.pledgegraph.extract.Proposal;
import org.pledgegraph.extract.Specificity;
import org.pledgegraph.model.Mention;
import org.pledgegraph.model.Span;

/**
 * Dev tool: where the gold names behind the judge's out-of-fold <em>boundary</em> false positives went. A boundary
 * false positive is a kept name that a missed gold name of the same document contains or lies inside (as
 * {@link JudgeErrorKindsMain} counts them). For each, the missed gold name's fate among the proposals at the false
 * positive's place (else anywhere in the document):
 * <ul>
 *   <li>{@code overlap}: the best of its group and kept by the judge, then lost to an overlapping name when
 *       overlaps were resolved;</li>
 *   <li>{@code variant}: proposed, but another proposal of its group (a boundary variant of the same rule name)
 *       scored higher;</li>
 *   <li>{@code judge}: the best of its group, judged below the threshold;</li>
 *   <li>{@code never}: never proposed;</li>
 *   <li>{@code kept}: kept and output there after all (another gold name of the place was the one missed);</li>
 *   <li>{@code elsewhere-…}: any of the above, for a proposal of the name away from the false positive only.</li>
 * </ul>
 * Where several missed gold names lie at one false positive, the most telling fate counts: kept, overlap, variant,
 * judge, elsewhere, never.
 * Uses the fold models {@link JudgeErrorsMain} cached ({@code -Dcache=DIR}, required). Args: output TSV (one row per
 * boundary false positive) [fold ...]. Properties: {@code overlaps=SPEC} scores another overlap choice than the shipped one
 * ({@link OverlapSpec}: {@code 0.1,0,0,0,Infinity} is session 11's, {@code judge} the judge's order alone); {@code pairs=FILE} writes every overlap the choice decided with the gold's verdict on both
 * names; {@code groups=FILE} every proposal of each group of alternatives with its probability and gold verdict.
 * Prints per fold and micro P/R/F1 at four decimals (the cached models reproduce {@code train --logo}).
 */
public final class BoundaryErrorsMain {
    private BoundaryErrorsMain() {
    }

    public static void main(String[] args) throws IOException {
        Path shared = Path.of(System.getProperty("shared", "../shared"));
        Path corpus = shared.resolve("corpus").resolve("local");
        Path cache = Path.of(System.getProperty("cache"));
        List<String> excluded = JudgeExperimentMain.HELD_OUT;
        List<AnnotatedDocument> docs = new ArrayList<>();
        for (Path g : List.of(shared.resolve("gold").resolve("local"), Path.of("src/test/resources/gold"),
                Path.of("src/test/resources/gold-train"))) {
            docs.addAll(GoldSets.load(g, List.of(corpus, Path.of("seeds")), excluded));
        }
        List<String> folds = args.length > 1 ? List.of(args).subList(1, args.length) : JudgeErrorsMain.DEV_FOLDS;
        if (folds.stream().anyMatch(excluded::contains)) {
            throw new IllegalArgumentException("held-out governments are never a fold here");
        }
        OverlapChoice choice = BoundaryChoice.SHIPPED;
        if (System.getProperty("overlaps") != null) {
            choice = OverlapSpec.parse(System.getProperty("overlaps"));
        }
        CorpusNames names = CorpusNames.scan(corpus);
        Extractor rules = Extractor.rules().withOverlaps(choice);
        Map<String, Integer> kinds = new TreeMap<>();
        Score micro = Score.ZERO;
        StringBuilder pairs = System.getProperty("pairs") == null ? null
                : new StringBuilder("gov\tdoc\tstep\tchallenger\tpc\tgc\ttc\tstanding\tps\tgs\tts\trelation\treplaced\n");
        StringBuilder groups = System.getProperty("groups") == null ? null
                : new StringBuilder("gov\tdoc\tgroup\tname\tvariant\tsource\tp\tbest\tgold\ttype\n");
        StringBuilder out = new StringBuilder(
                "gov\tdoc\tfp\tpfp\tgold\tkind\tpgold\trelation\twinner\tpwinner\tsource\tvariant\n");
        for (String g : folds) {
            CharTagger tagger;
            try (InputStream in = Files.newInputStream(cache.resolve(g + "-tagger.bin"))) {
                tagger = CharTagger.read(in);
            }
            CandidateJudge judge;
            Set<String> left = new HashSet<>(excluded);
            left.add(g);
            Specificity spec = names.specificity(left, 3);
            try (InputStream in = Files.newInputStream(cache.resolve(g + "-judge.bin"))) {
                judge = new CandidateJudge(CandidateJudge.read(in), spec, CandidateJudge.THRESHOLD);
            }
            List<Analysed> test = TaggerTraining.tagged(Analysed.of(
                    docs.stream().filter(d -> d.government().equals(g)).toList(), rules), tagger, spec.boundaries());
            Extractor x = rules.withJudge(judge);
            Score fold = Score.ZERO;
            for (Analysed a : test) {
                if (a.analysis() == null) {
                    continue;
                }
                Extractor xd = pairs == null ? x : x.withOverlaps(recorder(g, a, choice, pairs));
                List<Mention> mentions = xd.decide(a.analysis()).mentions();
                DocumentScore ds = Scorer.scoreDocument(a.doc().gold(), mentions);
                fold = fold.plus(ds.entities());
                List<Judged> judged = judged(rules.proposals(a.analysis(), spec), judge);
                if (groups != null) {
                    Set<String> gold = a.doc().entityKeys();
                    Map<Integer, List<Judged>> byGroup = new LinkedHashMap<>();
                    judged.forEach(j -> byGroup.computeIfAbsent(j.p.group(), k -> new ArrayList<>()).add(j));
                    for (var e : byGroup.entrySet()) {
                        if (e.getValue().size() < 2) {
                            continue;
                        }
                        for (Judged j : e.getValue()) {
                            groups.append(String.join("\t", g, a.doc().gold().stem(), String.valueOf(e.getKey()),
                                    j.p.name(), j.p.variant(), j.p.source(), fmt(j.prob), j.best ? "1" : "0",
                                    gold.contains(AnnotatedDocument.key(j.p.name())) ? "1" : "0",
                                    j.p.candidate().type().key())).append('\n');
                        }
                    }
                }
                Set<String> missed = new HashSet<>();
                for (GoldRow r : ds.misses()) {
                    missed.addAll(r.names());
                }
                for (Mention fp : ds.falsePositives()) {
                    if (fp.type().isFigure()) {
                        continue;
                    }
                    String n = fp.surface();
                    List<String> near = missed.stream().filter(m -> m.contains(n) || n.contains(m)).sorted().toList();
                    if (near.isEmpty()) {
                        continue;
                    }
                    String fpKey = AnnotatedDocument.key(n);
                    List<Span> fpSpans = mentions.stream().filter(m -> AnnotatedDocument.key(m.surface()).equals(fpKey))
                            .map(Mention::span).toList();
                    Judged fpJ = judged.stream().filter(j -> j.p.original() != null && fpSpans.contains(j.p.original()))
                            .max(java.util.Comparator.comparingDouble(j -> j.prob)).orElse(null);
                    Fate best = null;
                    for (String m : near) {
                        Fate f = fate(m, fpSpans, judged, mentions);
                        if (best == null || f.rank() > best.rank()) {
                            best = f;
                        }
                    }
                    kinds.merge(best.kind, 1, Integer::sum);
                    out.append(String.join("\t", g, a.doc().gold().stem(), n,
                            fpJ == null ? "" : fmt(fpJ.prob), best.gold, best.kind,
                            best.j == null ? "" : fmt(best.j.prob), relation(n, best.gold),
                            best.winner == null ? "" : best.winner.p.name(),
                            best.winner == null ? "" : fmt(best.winner.prob),
                            best.j == null ? "" : best.j.p.source(), best.j == null ? "" : best.j.p.variant()))
                            .append('\n');
                }
            }
            micro = micro.plus(fold);
            System.out.printf(Locale.ROOT, "%s P %.4f R %.4f F1 %.4f%n", g, fold.precision(), fold.recall(), fold.f1());
        }
        System.out.printf(Locale.ROOT, "micro P %.4f R %.4f F1 %.4f%n", micro.precision(), micro.recall(), micro.f1());
        System.out.println("boundary false positives by the missed gold name's fate: " + kinds);
        Files.writeString(Path.of(args[0]), out);
        if (groups != null) {
            Files.writeString(Path.of(System.getProperty("groups")), groups);
        }
        if (pairs != null) {
            Files.writeString(Path.of(System.getProperty("pairs")), pairs);
        }
    }

    /** {@code choice}, writing each overlap it decides with the gold's verdict on both names. */
    private static OverlapChoice recorder(String g, Analysed a, OverlapChoice choice, StringBuilder pairs) {
        Set<String> gold = a.doc().entityKeys();
        return new OverlapChoice() {
            @Override
            public boolean replaces(org.pledgegraph.extract.Candidate c, double pc, org.pledgegraph.extract.Candidate k,
                                    double pk, org.pledgegraph.extract.ScopedSentence s) {
                boolean r = choice.replaces(c, pc, k, pk, s);
                write("overlap", c, pc, k, pk, r);
                return r;
            }

            @Override
            public boolean bareStands(org.pledgegraph.extract.Candidate c, double pc, org.pledgegraph.extract.Candidate k,
                                      double pk) {
                boolean r = choice.bareStands(c, pc, k, pk);
                write("bare", c, pc, k, pk, r);
                return r;
            }

            @Override
            public boolean nests(org.pledgegraph.extract.Candidate x, org.pledgegraph.extract.Candidate y) {
                return choice.nests(x, y);
            }

            private void write(String step, org.pledgegraph.extract.Candidate c, double pc,
                               org.pledgegraph.extract.Candidate k, double pk, boolean r) {
                String rel = c.begin() <= k.begin() && k.end() <= c.end() ? "out"
                        : k.begin() <= c.begin() && c.end() <= k.end() ? "in" : "cross";
                pairs.append(String.join("\t", g, a.doc().gold().stem(), step, c.name(), fmt(pc),
                        gold.contains(AnnotatedDocument.key(c.name())) ? "1" : "0", c.type().key(), k.name(), fmt(pk),
                        gold.contains(AnnotatedDocument.key(k.name())) ? "1" : "0", k.type().key(), rel,
                        r ? "1" : "0")).append('\n');
            }
        };
    }

    /** A proposal with the judge's probability, whether it is its group's best and whether the judge keeps it. */
    private record Judged(Proposal p, double prob, boolean best, boolean kept) {
    }

    private record Fate(String gold, String kind, Judged j, Judged winner) {
        int rank() {
            return switch (kind) {
                case "kept" -> 5;
                case "overlap" -> 4;
                case "variant" -> 3;
                case "judge" -> 2;
                case "never" -> 0;
                default -> 1; // elsewhere-*: proposed only away from the false positive
            };
        }
    }

    /** Every proposal judged and grouped as {@code Extractor} does (sibling rescue aside). */
    private static List<Judged> judged(List<Proposal> ps, CandidateJudge judge) {
        Map<Integer, List<Proposal>> groups = new LinkedHashMap<>();
        ps.forEach(p -> groups.computeIfAbsent(p.group(), k -> new ArrayList<>()).add(p));
        List<Judged> out = new ArrayList<>();
        for (List<Proposal> group : groups.values()) {
            Proposal best = null;
            double bestScore = -1;
            Map<Proposal, Double> probs = new HashMap<>();
            for (Proposal p : group) {
                double prob = judge.isCategory(p.name()) || judge.fragment(p.name()) != null ? 0
                        : judge.keepProbability(p.features());
                probs.put(p, prob);
                double score = prob + (p.variant().equals("rule") ? Extractor.RULE_PREFERENCE : 0);
                if (score > bestScore) {
                    best = p;
                    bestScore = score;
                }
            }
            for (Proposal p : group) {
                boolean isBest = p == best;
                out.add(new Judged(p, probs.get(p), isBest, isBest && judge.keeps(probs.get(p), p.candidate().type())));
            }
        }
        return out;
    }

    /** What became of the missed gold name {@code m} at the false positive's places (else anywhere). */
    private static Fate fate(String m, List<Span> fpSpans, List<Judged> judged, List<Mention> mentions) {
        String key = AnnotatedDocument.key(m);
        List<Judged> same = judged.stream().filter(j -> AnnotatedDocument.key(j.p.name()).equals(key)).toList();
        List<Judged> here = same.stream().filter(j -> j.p.original() != null
                && fpSpans.stream().anyMatch(s -> s.begin() < j.p.original().end() && j.p.original().begin() < s.end()))
                .toList();
        List<Judged> look = here.isEmpty() ? same : here;
        String prefix = here.isEmpty() && !same.isEmpty() ? "elsewhere-" : "";
        if (same.isEmpty()) {
            return new Fate(m, "never", null, null);
        }
        Judged kept = look.stream().filter(Judged::kept).max(java.util.Comparator.comparingDouble(Judged::prob))
                .orElse(null);
        if (kept != null) {
            boolean out = mentions.stream().anyMatch(x -> x.span().equals(kept.p.original()));
            return new Fate(m, prefix + (out ? "kept" : "overlap"), kept, null);
        }
        Judged lost = look.stream().filter(j -> !j.best).max(java.util.Comparator.comparingDouble(Judged::prob))
                .orElse(null);
        if (lost != null) {
            Judged winner = judged.stream().filter(j -> j.best && j.p.group() == lost.p.group()).findFirst().orElse(null);
            return new Fate(m, prefix + "variant", lost, winner);
        }
        Judged dropped = look.stream().max(java.util.Comparator.comparingDouble(Judged::prob)).orElseThrow();
        return new Fate(m, prefix + "judge", dropped, null);
    }

    private static String relation(String fp, String gold) {
        return gold.contains(fp) ? "gold-contains-fp" : "fp-contains-gold";
    }

    private static String fmt(double p) {
        return String.format(Locale.ROOT, "%.3f", p);
    }
}
