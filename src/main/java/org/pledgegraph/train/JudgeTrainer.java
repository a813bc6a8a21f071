package org.pledgegraph.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.pledgegraph.extract.CandidateJudge;
import org.pledgegraph.extract.Extractor;
import org.pledgegraph.extract.Proposal;
import org.pledgegraph.extract.Specificity;

/**
 * Trains the candidate judge: every name the rules propose in the annotated documents (with its boundary
 * variants) is an event, labelled {@code keep} when its lenient key is a gold name or alias of that document
 * and {@code drop} otherwise; OpenNLP's quasi-Newton (L-BFGS) maximum-entropy trainer with an L2 penalty,
 * single-threaded, so the same data gives the same model. It replaced GIS with a Gaussian prior (σ 1.0) because
 * dev-only leave-one-government-out micro F1 rose 0.681 → 0.698 at 0.25 (precision 0.721 → 0.760, same recall) in
 * half the training time (README, branch judge7).
 */
public final class JudgeTrainer {
    /** L-BFGS iterations and feature cutoff. */
    public static final int ITERATIONS = 200;
    public static final int CUTOFF = 3;
    /**
     * Weight of the L2 penalty on the weights: it keeps a feature seen with few training governments from deciding
     * alone (what the Gaussian prior did for GIS, docs/extraction.md).
     */
    public static final double L2 = 1.0;

    private JudgeTrainer() {
    }

    /** The training events of some documents, proposals read against {@code specificity}. */
    public static List<Event> events(List<Analysed> docs, Specificity specificity) {
        Extractor rules = Extractor.rules();
        List<Event> events = new ArrayList<>();
        for (Analysed a : docs) {
            if (a.analysis() == null) {
                continue; // a report the recognisers cannot read teaches nothing
            }
            AnnotatedDocument d = a.doc();
            Set<String> keys = d.entityKeys();
            for (Proposal p : rules.proposals(a.analysis(), specificity)) {
                if (!d.gold().coverage().coversEntity(p.original())) {
                    continue;
                }
                String outcome = keys.contains(AnnotatedDocument.key(p.name())) ? CandidateJudge.KEEP : CandidateJudge.DROP;
                events.add(new Event(outcome, p.features().toArray(String[]::new)));
            }
        }
        return events;
    }

    public static MaxentModel train(List<Event> events) {
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT_QN");
        params.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        params.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
        // a Double: OpenNLP 2.5.6 throws ClassCastException for this parameter given as an Integer
        params.put("L2Cost", L2);
        params.put(TrainingParameters.THREADS_PARAM, 1);
        params.put("PrintMessages", false);
        try {
            return TrainerFactory.getEventTrainer(params, null).train(ObjectStreamUtils.createObjectStream(events));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
