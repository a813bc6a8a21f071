package org.pledgegraph.extract;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.MaxentModel;

/**
 * Decides whether a proposed name is an entity: a maximum-entropy classifier (Apache OpenNLP) over
 * {@link CandidateFeatures}, trained from annotated reports by {@code pledgegraph train}, together with the
 * corpus {@link Specificity} table its features read. Immutable; evaluation is thread-safe.
 */
public final class CandidateJudge {
    /** The bundled model, relative to this class. */
    public static final String MODEL = "candidate-judge.bin";
    /** The bundled second pass's model ({@link StackFeatures} of {@link StackFeatures#SHIPPED}), when there is one. */
    public static final String STACK_MODEL = "candidate-judge-stack.bin";
    /** Outcome labels of the classifier. */
    public static final String KEEP = "keep";
    public static final String DROP = "drop";
    /** Default probability of {@link #KEEP} at or above which a candidate is kept. */
    public static final double THRESHOLD = 0.25;
    private static final java.util.regex.Pattern PLACE_START =
            java.util.regex.Pattern.compile("^\\p{IsHan}{1,4}?(?:省|市|区|县|镇|乡|街道)(?=\\p{IsHan}{2,})");

    private final MaxentModel model;
    private final Specificity specificity;
    private final double threshold;
    /** Per-type thresholds that differ from {@link #threshold} (chosen leave-one-government-out). */
    private final java.util.Map<org.pledgegraph.model.EntityType, Double> byType;
    /** Probability at or above which an enumeration item next to a kept one of its type is kept too. */
    private final double siblingFloor;
    /** Whether pieces of a clause ({@link ClauseFragments}) are dropped whatever the model says. */
    private final boolean fragments;
    private final int keep;
    /** The second pass's model over {@link StackFeatures}, or null (one pass). */
    private final MaxentModel second;
    private final StackFeatures.Design design;

    public CandidateJudge(MaxentModel model, Specificity specificity, double threshold) {
        this(model, specificity, threshold, java.util.Map.of(), 1);
    }

    public CandidateJudge(MaxentModel model, Specificity specificity, double threshold,
                          java.util.Map<org.pledgegraph.model.EntityType, Double> byType, double siblingFloor) {
        this(model, specificity, threshold, byType, siblingFloor, true);
    }

    private CandidateJudge(MaxentModel model, Specificity specificity, double threshold,
                           java.util.Map<org.pledgegraph.model.EntityType, Double> byType, double siblingFloor,
                           boolean fragments) {
        this(model, specificity, threshold, byType, siblingFloor, fragments, null, null);
    }

    private CandidateJudge(MaxentModel model, Specificity specificity, double threshold,
                           java.util.Map<org.pledgegraph.model.EntityType, Double> byType, double siblingFloor,
                           boolean fragments, MaxentModel second, StackFeatures.Design design) {
        this.second = second;
        this.design = design;
        if (second != null && (design == null || second.getIndex(KEEP) < 0)) {
            throw new IllegalArgumentException("second-pass model needs a design and an outcome '" + KEEP + "'");
        }
        this.fragments = fragments;
        this.model = Objects.requireNonNull(model, "model");
        this.specificity = Objects.requireNonNull(specificity, "specificity");
        this.threshold = threshold;
        this.byType = java.util.Map.copyOf(byType);
        this.siblingFloor = siblingFloor;
        this.keep = model.getIndex(KEEP);
        if (keep < 0) {
            throw new IllegalArgumentException("model has no outcome '" + KEEP + "'");
        }
    }

    /**
     * The bundled model and table (with the bundled second pass, when there is one), or null when the model is not
     * on the class path.
     */
    public static CandidateJudge bundled() {
        try (InputStream in = CandidateJudge.class.getResourceAsStream(MODEL);
             InputStream stack = CandidateJudge.class.getResourceAsStream(STACK_MODEL)) {
            if (in == null) {
                return null;
            }
            CandidateJudge first = new CandidateJudge(read(in), Specificity.bundled(), THRESHOLD);
            return stack == null ? first : first.withSecondPass(read(stack), StackFeatures.SHIPPED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a second pass decides ({@link #withSecondPass}). */
    public boolean stacked() {
        return second != null;
    }

    /** Reads a model written by OpenNLP's {@code GenericModelWriter} in binary form. */
    public static MaxentModel read(InputStream in) throws IOException {
        return new GenericModelReader(new BinaryFileDataReader(new DataInputStream(new BufferedInputStream(in))))
                .getModel();
    }

    /** Probability that a candidate with these features is an entity. */
    public double keepProbability(List<String> features) {
        return model.eval(features.toArray(String[]::new))[keep];
    }

    /**
     * The first pass's probability of each proposal of one document: 0 for a category or a clause fragment, else
     * the model's.
     */
    public double[] firstPass(List<Proposal> ps) {
        double[] p = new double[ps.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = firstPass(ps.get(i).name(), ps.get(i).features().toArray(String[]::new));
        }
        return p;
    }

    /** As {@link #firstPass(List)} for one name whose features are held apart from its proposal. */
    public double firstPass(String name, String[] features) {
        return ruledOut(name) ? 0 : model.eval(features)[keep];
    }

    /**
     * The probability the judge decides on for each proposal of one document: the first pass's, or with a second
     * pass, the second model's over {@link StackFeatures} (categories and fragments still 0).
     */
    public double[] probabilities(List<Proposal> ps) {
        double[] p = firstPass(ps);
        if (second == null) {
            return p;
        }
        List<List<String>> f = StackFeatures.of(ps, p, design);
        int k = second.getIndex(KEEP);
        double[] out = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            out[i] = ruledOut(ps.get(i).name()) ? 0 : second.eval(f.get(i).toArray(String[]::new))[k];
        }
        return out;
    }

    /** A category or a clause fragment: dropped whatever either model says. */
    private boolean ruledOut(String name) {
        return isCategory(name) || fragment(name) != null;
    }

    /** With a second pass: {@code model} trained on {@link StackFeatures} of {@code d} (null model: one pass). */
    public CandidateJudge withSecondPass(MaxentModel model, StackFeatures.Design d) {
        return new CandidateJudge(this.model, specificity, threshold, byType, siblingFloor, fragments, model, d);
    }

    /**
     * True for a name that so many unrelated governments use that it is a category whatever the model says
     * (农村公路, 口袋公园: {@link Specificity#isCategory}), unless it starts with a place.
     */
    public boolean isCategory(String name) {
        return specificity.isCategory(name) && !PLACE_START.matcher(name).find();
    }

    /**
     * Why {@code name} is a piece of a clause and not a name (a verb at its start or inside it, a count inside it:
     * {@link ClauseFragments}), or null; dropped whatever the model says.
     */
    public String fragment(String name) {
        return fragments ? ClauseFragments.reason(name) : null;
    }

    /** With the clause-fragment filter on or off (on by default; off to measure it). */
    public CandidateJudge withFragmentFilter(boolean on) {
        return new CandidateJudge(model, specificity, threshold, byType, siblingFloor, on, second, design);
    }

    public boolean keeps(double probability) {
        return probability >= threshold;
    }

    /** As {@link #keeps(double)}, against the type's own threshold where it has one. */
    public boolean keeps(double probability, org.pledgegraph.model.EntityType type) {
        return probability >= byType.getOrDefault(type, threshold);
    }

    public double threshold() {
        return threshold;
    }

    public Specificity specificity() {
        return specificity;
    }

    /** With threshold {@code t} for every type (per-type thresholds dropped). */
    public CandidateJudge withThreshold(double t) {
        return new CandidateJudge(model, specificity, t, java.util.Map.of(), siblingFloor, fragments, second, design);
    }

    /** With enumeration items kept at {@code floor} next to a kept sibling (1: off). */
    public CandidateJudge withSiblingFloor(double floor) {
        return new CandidateJudge(model, specificity, threshold, byType, floor, fragments, second, design);
    }

    public double siblingFloor() {
        return siblingFloor;
    }

    /** With per-type thresholds (types not in the map use {@link #threshold()}). */
    public CandidateJudge withTypeThresholds(java.util.Map<org.pledgegraph.model.EntityType, Double> t) {
        return new CandidateJudge(model, specificity, threshold, t, siblingFloor, fragments, second, design);
    }
}
