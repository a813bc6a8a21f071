package org.pledgegraph.train;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
    public record Judges(MaxentModel first, Map<StackFeatures.Design, MaxentModel> second, int events) {
    }

    /** One training document's proposals, which of them the gold covers and which it keeps. */
    private record Doc(String government, List<Proposal> proposals, boolean[] covered, boolean[] keep) {
        List<Event> events(List<List<String>> features) {
            List<Event> out = new ArrayList<>();
            for (int i = 0; i < proposals.size(); i++) {
                if (covered[i]) {
                    List<String> f = features == null ? proposals.get(i).features() : features.get(i);
                    out.add(new Event(keep[i] ? CandidateJudge.KEEP : CandidateJudge.DROP, f.toArray(String[]::new)));
                }
            }
            return out;
        }
    }

    public static Judges train(List<Analysed> training, Specificity spec, List<StackFeatures.Design> designs) {
        Extractor rules = Extractor.rules();
        List<Doc> docs = new ArrayList<>();
        for (Analysed a : training) {
            if (a.analysis() == null) {
                continue; // as JudgeTrainer.events: a report the recognisers cannot read teaches nothing
            }
            List<Proposal> ps = rules.proposals(a.analysis(), spec);
            Set<String> keys = a.doc().entityKeys();
            boolean[] covered = new boolean[ps.size()];
            boolean[] keep = new boolean[ps.size()];
            for (int i = 0; i < ps.size(); i++) {
                covered[i] = a.doc().gold().coverage().coversEntity(ps.get(i).original());
                keep[i] = keys.contains(AnnotatedDocument.key(ps.get(i).name()));
            }
            docs.add(new Doc(a.doc().government(), ps, covered, keep));
        }
        // events are made for each model and let go after it: the proposals are held once, not a copy per model
        MaxentModel first = JudgeTrainer.train(events(docs, null));
        int count = 0;
        for (Doc d : docs) {
            for (boolean c : d.covered()) {
                count += c ? 1 : 0;
            }
        }
        double[][] oof = new double[docs.size()][];
        List<String> governments = new ArrayList<>(new TreeSet<>(docs.stream().map(Doc::government).toList()));
        if (governments.size() < 2 && !designs.isEmpty()) {
            throw new IllegalArgumentException("a second pass needs the training documents of two governments or more");
        }
        for (int g = 0; g < GROUPS; g++) {
            Set<String> group = new java.util.HashSet<>();
            for (int i = g; i < governments.size(); i += GROUPS) {
                group.add(governments.get(i));
            }
            if (group.isEmpty()) {
                continue;
            }
            MaxentModel m = JudgeTrainer.train(events(docs.stream().filter(d -> !group.contains(d.government()))
                    .toList(), null));
            CandidateJudge held = new CandidateJudge(m, spec, CandidateJudge.THRESHOLD);
            for (int i = 0; i < docs.size(); i++) {
                if (group.contains(docs.get(i).government())) {
                    oof[i] = held.firstPass(docs.get(i).proposals());
                }
            }
        }
        Map<StackFeatures.Design, MaxentModel> second = new EnumMap<>(StackFeatures.Design.class);
        for (StackFeatures.Design d : designs) {
            List<Event> events = new ArrayList<>();
            for (int i = 0; i < docs.size(); i++) {
                events.addAll(docs.get(i).events(StackFeatures.of(docs.get(i).proposals(), oof[i], d)));
            }
            second.put(d, JudgeTrainer.train(events));
        }
        return new Judges(first, second, count);
    }

    private static List<Event> events(List<Doc> docs, List<List<String>> features) {
        List<Event> out = new ArrayList<>();
        docs.forEach(d -> out.addAll(d.events(features)));
        return out;
    }
}
