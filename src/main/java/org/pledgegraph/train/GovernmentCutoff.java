package org.pledgegraph.train;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import opennlp.tools.ml.model.Event;

/**
 * A feature cutoff by governments: a feature enters the judge's training only if the training events of at
 * least {@code governments} distinct governments have it (on top of the trainer's event cutoff). A feature of
 * one government's documents alone can only remember that government, which leave-one-government-out punishes.
 * With {@code families} non-empty only features of those families (the text before a feature's {@code =}) are
 * cut; the others stay. The events are filtered before training; extraction is untouched, since a feature the
 * model does not know is simply absent at judging time.
 */
public record GovernmentCutoff(int governments, Set<String> families) {
    /** No cutoff: the trainer sees every feature, as before the option existed. */
    public static final GovernmentCutoff NONE = new GovernmentCutoff(1, Set.of());

    /** Families of raw characters and words of the text (suffix, prefix, neighbours, clause verb, list head). */
    public static final Set<String> LEXICAL = Set.of("p1", "p2", "s1", "s2", "s3", "b1", "b2", "a1", "a2", "verb",
            "lhead");

    public GovernmentCutoff {
        if (governments < 1) {
            throw new IllegalArgumentException("government cutoff must be at least 1, not " + governments);
        }
        families = Set.copyOf(new TreeSet<>(families));
    }

    /** {@code K} (every family) or {@code K:lex} ({@link #LEXICAL} families only). */
    public static GovernmentCutoff parse(String s) {
        String[] parts = s.trim().split(":", 2);
        int k;
        try {
            k = Integer.parseInt(parts[0]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("government cutoff: K or K:lex, not " + s);
        }
        if (parts.length == 1) {
            return new GovernmentCutoff(k, Set.of());
        }
        if (!parts[1].equals("lex")) {
            throw new IllegalArgumentException("government cutoff: K or K:lex, not " + s);
        }
        return new GovernmentCutoff(k, LEXICAL);
    }

    @Override
    public String toString() {
        return governments + (families.isEmpty() ? "" : ":lex");
    }

    /** Whether {@code feature} is one this cutoff counts. */
    boolean applies(String feature) {
        if (families.isEmpty()) {
            return true;
        }
        int eq = feature.indexOf('=');
        return families.contains(eq < 0 ? feature : feature.substring(0, eq));
    }

    /**
     * The events with the features of fewer than {@link #governments} of their governments removed;
     * {@code governmentOf.get(i)} is the government of {@code events.get(i)}. Without a cutoff, the events
     * themselves (so the trained model is byte-identical to one trained without this step).
     */
    public List<Event> apply(List<Event> events, List<String> governmentOf) {
        if (events.size() != governmentOf.size()) {
            throw new IllegalArgumentException(events.size() + " events but " + governmentOf.size() + " governments");
        }
        if (governments <= 1) {
            return events;
        }
        // each feature's governments as bits of a long: a training set has a few dozen governments, and a set
        // per feature would cost a fold hundreds of MB
        Map<String, Integer> index = new HashMap<>();
        Map<String, Long> seen = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            int g = index.computeIfAbsent(governmentOf.get(i), x -> index.size());
            if (g >= Long.SIZE) {
                throw new IllegalArgumentException("government cutoff: more than " + Long.SIZE + " governments");
            }
            long bit = 1L << g;
            for (String f : events.get(i).getContext()) {
                if (applies(f)) {
                    seen.merge(f, bit, (a, b) -> a | b);
                }
            }
        }
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            List<String> kept = new ArrayList<>(e.getContext().length);
            for (String f : e.getContext()) {
                if (!applies(f) || Long.bitCount(seen.get(f)) >= governments) {
                    kept.add(f);
                }
            }
            out.add(kept.size() == e.getContext().length ? e : new Event(e.getOutcome(), kept.toArray(String[]::new)));
        }
        return out;
    }
}
