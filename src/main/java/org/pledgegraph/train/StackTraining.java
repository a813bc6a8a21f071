package org.pledgegraph.train;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import org.pledgegraph.extract.CandidateJudge;
import org.pledgegraph.extract.Extractor;
import org.pledgegraph.extract.Proposal;
import org.pledgegraph.extract.Specificity;
import org.pledgegraph.extract.StackFeatures;

/**
 * Trains a judge of two passes (stacking): the first pass as {@link JudgeTrainer} does, and a second over
 * {@link StackFeatures}, which read the first pass's probabilities of a candidate's neighbours. The second model
 * must learn from probabilities like those the first gives a report it never saw, so each training document's
 * first-pass probabilities come from a first-pass model trained without its group of governments
 * ({@value #GROUPS} groups, governments in sorted order dealt round); the first pass shipped with it is trained
 * on every document.
 */
public final class StackTraining {
    public static final int GROUPS = 3;

    private StackTraining() {
    }

    /** The two passes' models: one second model per design asked for. */
    public record Judges(MaxentModel first, Map<StackFeatures.Design, MaxentModel> second, int events, int keep) {
    }

    /**
     * One training document's proposals without their features, which are held apart ({@code features}, every
     * string shared through a pool: a fold's training holds one copy of each distinct feature, not one per
     * proposal), and the events of those the gold covers, reused by every first-pass model.
     */
    private record Doc(String government, List<Proposal> proposals, String[][] features, boolean[] covered,
                       boolean[] keep, List<Event> events) {
        List<Event> events(List<String[]> extra, boolean own) {
            List<Event> out = new ArrayList<>();
            for (int i = 0; i < proposals.size(); i++) {
                if (covered[i]) {
                    String[] f = extra.get(i);
                    if (own) {
                        f = java.util.Arrays.copyOf(features[i], features[i].length + f.length);
                        System.arraycopy(extra.get(i), 0, f, features[i].length, extra.get(i).length);
                    }
                    out.add(new Event(keep[i] ? CandidateJudge.KEEP : CandidateJudge.DROP, f));
                }
            }
            return out;
        }
    }

    public static Judges train(List<Analysed> training, Specificity spec, List<StackFeatures.Design> designs) {
        Extractor rules = Extractor.rules();
        Map<String, String> pool = new java.util.HashMap<>();
        List<Doc> docs = new ArrayList<>();
        for (Analysed a : training) {
            if (a.analysis() == null) {
                continue; // as JudgeTrainer.events: a report the recognisers cannot read teaches nothing
            }
            List<Proposal> ps = rules.proposals(a.analysis(), spec);
            Set<String> keys = a.doc().entityKeys();
            List<Proposal> bare = new ArrayList<>(ps.size());
            String[][] features = new String[ps.size()][];
            boolean[] covered = new boolean[ps.size()];
            boolean[] keep = new boolean[ps.size()];
            List<Event> events = new ArrayList<>();
            for (int i = 0; i < ps.size(); i++) {
                Proposal p = ps.get(i);
                features[i] = p.features().stream().map(f -> pool.computeIfAbsent(f, x -> x)).toArray(String[]::new);
                bare.add(new Proposal(p.candidate(), p.source(), p.variant(), p.group(), p.sentence(), p.original(),
                        List.of()));
                keep[i] = keys.contains(AnnotatedDocument.key(p.name()));
                covered[i] = a.doc().gold().coverage().coversEntity(p.original())
                        && (keep[i] || PartialGold.dropsCount(a.doc()));
                if (covered[i]) {
                    events.add(new Event(keep[i] ? CandidateJudge.KEEP : CandidateJudge.DROP, features[i]));
                }
            }
            docs.add(new Doc(a.doc().government(), bare, features, covered, keep, events));
        }
        List<Event> firstEvents = events(docs);
        MaxentModel first = JudgeTrainer.train(firstEvents);
        int count = firstEvents.size();
        int kept = (int) firstEvents.stream().filter(e -> e.getOutcome().equals(CandidateJudge.KEEP)).count();
        double[][] oof = new double[docs.size()][];
        List<Set<String>> groups = DealtGroups.of(docs.stream().map(Doc::government).toList(), GROUPS);
        if (groups.size() < 2 && !designs.isEmpty()) {
            throw new IllegalArgumentException("a second pass needs the training documents of two governments or more");
        }
        for (Set<String> group : groups) {
            MaxentModel m = JudgeTrainer.train(events(docs.stream().filter(d -> !group.contains(d.government()))
                    .toList()));
            CandidateJudge held = new CandidateJudge(m, spec, CandidateJudge.THRESHOLD);
            for (int i = 0; i < docs.size(); i++) {
                Doc d = docs.get(i);
                if (group.contains(d.government())) {
                    oof[i] = new double[d.proposals().size()];
                    for (int k = 0; k < oof[i].length; k++) {
                        oof[i][k] = held.firstPass(d.proposals().get(k).name(), d.features()[k]);
                    }
                }
            }
        }
        Map<StackFeatures.Design, MaxentModel> second = new EnumMap<>(StackFeatures.Design.class);
        for (StackFeatures.Design d : designs) {
            List<Event> events = new ArrayList<>();
            for (int i = 0; i < docs.size(); i++) {
                Doc doc = docs.get(i);
                // few distinct strings: shared through the pool, so training holds no copy of them per event
                List<String[]> extra = StackFeatures.extra(doc.proposals(), oof[i], d).stream()
                        .map(f -> java.util.Arrays.stream(f).map(x -> pool.computeIfAbsent(x, y -> y))
                                .toArray(String[]::new)).toList();
                events.addAll(doc.events(extra, d == StackFeatures.Design.FULL));
            }
            second.put(d, JudgeTrainer.train(events));
        }
        return new Judges(first, second, count, kept);
    }

    private static List<Event> events(List<Doc> docs) {
        List<Event> out = new ArrayList<>();
        docs.forEach(d -> out.addAll(d.events()));
        return out;
    }
}
