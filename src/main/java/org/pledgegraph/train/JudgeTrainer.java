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
 * and {@code drop} otherwise; OpenNLP's GIS maximum-entropy trainer with a Gaussian prior, single-threaded, so the same data gives
 * the same model.
 */
public final class JudgeTrainer {
    /** GIS iterations and feature cutoff. */
    public static final int ITERATIONS = 200;
    public static final int CUTOFF = 3;
    /**
     * Standard deviation of the Gaussian prior on the weights (OpenNLP's GaussianSmoothing): it keeps a feature
     * seen with few training governments from deciding alone, which raised leave-one-government-out F1 on the
     * development governments (docs/extraction.md).
     */
    public static final double SIGMA = 1.0;

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
            boolean drops = PartialGold.dropsCount(d);
            for (Proposal p : rules.proposals(a.analysis(), specificity)) {
                if (!d.gold().coverage().coversEntity(p.original())) {
                    continue;
                }
                String outcome = keys.contains(AnnotatedDocument.key(p.name())) ? CandidateJudge.KEEP : CandidateJudge.DROP;
                if (!drops && outcome.equals(CandidateJudge.DROP)) {
                    continue;
                }
                events.add(new Event(outcome, p.features().toArray(String[]::new)));
            }
        }
        return events;
    }

    public static MaxentModel train(List<Event> events) {
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        params.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        params.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
        params.put("GaussianSmoothing", true);
        params.put("GaussianSmoothingSigma", SIGMA);
        params.put(TrainingParameters.THREADS_PARAM, 1);
        params.put("PrintMessages", false);
        try {
            return TrainerFactory.getEventTrainer(params, null).train(ObjectStreamUtils.createObjectStream(events));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
