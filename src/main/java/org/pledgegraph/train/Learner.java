package org.pledgegraph.train;

import java.util.List;
import java.util.Locale;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import org.pledgegraph.extract.CandidateJudge;

/**
 * Which learner trains the judge in leave-one-government-out (the train command's hidden {@code --learner}):
 * {@code maxent} (the shipped judge), {@code gbdt:DEPTH:ETA:ROUNDS:MINCHILD} (gradient-boosted trees,
 * {@link BoostedJudgeTrainer}) or {@code blend:DEPTH:ETA:ROUNDS:MINCHILD} (the mean of the maxent and the trees'
 * keep probabilities). An experiment of session 19 (docs/evaluation-history.md).
 *
 * @param boosted the trees' parameters, or null for maxent alone
 */
public record Learner(String name, BoostedJudgeTrainer.Params boosted, boolean blend) {
    public static final Learner MAXENT = new Learner("maxent", null, false);

    public static Learner parse(String s) {
        String[] p = s.split(":");
        if (p[0].equals("maxent") && p.length == 1) {
            return MAXENT;
        }
        if ((p[0].equals("gbdt") || p[0].equals("blend")) && p.length == 5) {
            var params = new BoostedJudgeTrainer.Params(Integer.parseInt(p[1]), Double.parseDouble(p[2]),
                    Integer.parseInt(p[3]), Double.parseDouble(p[4]));
            return new Learner(s, params, p[0].equals("blend"));
        }
        throw new IllegalArgumentException("--learner " + s + ": maxent, gbdt:DEPTH:ETA:ROUNDS:MINCHILD or "
                + "blend:DEPTH:ETA:ROUNDS:MINCHILD");
    }

    /** Trains this learner's model on {@code events}; {@code maxent} is the fold's maxent model when one is at hand. */
    public MaxentModel train(List<Event> events, MaxentModel maxent) {
        if (boosted == null) {
            return maxent != null ? maxent : JudgeTrainer.train(events);
        }
        MaxentModel trees = BoostedJudgeTrainer.train(events, boosted);
        return blend ? new Mean(maxent != null ? maxent : JudgeTrainer.train(events), trees) : trees;
    }

    /** The mean of two models' keep probabilities. */
    record Mean(MaxentModel a, MaxentModel b) implements MaxentModel {
        @Override
        public double[] eval(String[] context) {
            double p = (a.eval(context)[a.getIndex(CandidateJudge.KEEP)]
                    + b.eval(context)[b.getIndex(CandidateJudge.KEEP)]) / 2;
            return new double[] {p, 1 - p};
        }

        @Override
        public double[] eval(String[] context, double[] probs) {
            System.arraycopy(eval(context), 0, probs, 0, 2);
            return probs;
        }

        @Override
        public double[] eval(String[] context, float[] values) {
            return eval(context);
        }

        @Override
        public String getBestOutcome(double[] outcomes) {
            return outcomes[0] >= outcomes[1] ? CandidateJudge.KEEP : CandidateJudge.DROP;
        }

        @Override
        public String getAllOutcomes(double[] outcomes) {
            return String.format(Locale.ROOT, "keep[%f] drop[%f]", outcomes[0], outcomes[1]);
        }

        @Override
        public String getOutcome(int i) {
            return i == 0 ? CandidateJudge.KEEP : CandidateJudge.DROP;
        }

        @Override
        public int getIndex(String outcome) {
            return outcome.equals(CandidateJudge.KEEP) ? 0 : outcome.equals(CandidateJudge.DROP) ? 1 : -1;
        }

        @Override
        public int getNumOutcomes() {
            return 2;
        }
    }
}
