package org.pledgegraph.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The recognisers of an extractor in the order they run, checked when built: every recogniser's
 * {@link Recognizer#requires() requirements} are provided by the text stages or an earlier recogniser.
 *
 * <pre>
 *   RecognizerChain chain = RecognizerChain.of(RecognizerChain.TEXT_STAGES, List.of(new RoadRecognizer()));
 *   chain.provided(); // SENTENCES, TIME_SCOPE, NAMES
 * </pre>
 */
public final class RecognizerChain {
    /** What Normalizer → SentenceSplitter → {@link TimeScoper} provide before any recogniser runs. */
    public static final Set<Annotation> TEXT_STAGES = Set.copyOf(EnumSet.of(Annotation.SENTENCES, Annotation.TIME_SCOPE));

    private final List<Recognizer> recognizers;
    private final Set<Annotation> provided;

    private RecognizerChain(List<Recognizer> recognizers, Set<Annotation> provided) {
        this.recognizers = List.copyOf(recognizers);
        this.provided = Set.copyOf(provided);
    }

    /**
     * Checks {@code recognizers} in order against what {@code given} and the recognisers before each provide.
     *
     * @throws IllegalArgumentException naming the first recogniser with a missing input, the input and what
     *                                  was available
     */
    public static RecognizerChain of(Set<Annotation> given, List<Recognizer> recognizers) {
        Set<Annotation> have = given.isEmpty() ? EnumSet.noneOf(Annotation.class) : EnumSet.copyOf(given);
        List<Recognizer> checked = new ArrayList<>();
        for (Recognizer r : recognizers) {
            Objects.requireNonNull(r, "recognizer");
            Set<Annotation> missing = EnumSet.noneOf(Annotation.class);
            missing.addAll(r.requires());
            missing.removeAll(have);
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException(name(r) + " requires " + missing + ", which nothing before it provides"
                        + " (available: " + (have.isEmpty() ? "nothing" : have) + ")");
            }
            have.addAll(r.adds());
            checked.add(r);
        }
        return new RecognizerChain(checked, have);
    }

    public List<Recognizer> recognizers() {
        return recognizers;
    }

    /** What is known of a document after every recogniser ran. */
    public Set<Annotation> provided() {
        return provided;
    }

    /**
     * Checks that a stage after the recognisers ({@code stage}, e.g. the candidate judge) finds its inputs.
     *
     * @throws IllegalArgumentException naming the stage and what it lacks
     */
    public void require(String stage, Set<Annotation> inputs) {
        Set<Annotation> missing = EnumSet.noneOf(Annotation.class);
        missing.addAll(inputs);
        missing.removeAll(provided);
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(stage + " requires " + missing + ", which no recogniser provides"
                    + " (available: " + provided + ")");
        }
    }

    static String name(Recognizer r) {
        String n = r.getClass().getSimpleName();
        return n.isEmpty() ? r.getClass().getName() : n;
    }
}
