package org.pledgegraph.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.pledgegraph.model.EntityType;

/**
 * Proposes names whose general suffix (two characters or more, the rules' and the proposers') is followed by more of
 * the phrase: a name used as the modifier of a longer noun phrase ("…口岸离境退税点", "…电厂超超临界机组",
 * "…综保区获准扩区"). The other recognisers end a name only where the text ends it (punctuation, a list joint, a
 * building verb), so such names were never proposed; whether the suffix really ends a name here is the judge's to
 * learn (its boundary statistics read the characters after it).
 */
final class OpenEndProposer extends SuffixRecognizer implements Proposer {
    static final String PREFIX = "OpenEnd";
    /** Experiment (branch open3): only suffixes this long, which less often end a category word inside a phrase. */
    static final int MIN_SUFFIX = Integer.getInteger("pledgegraph.openEndMin", 3);
    private final String source;

    private OpenEndProposer(EntityType type, List<String> suffixes) {
        super(type, suffixes);
        this.source = PREFIX + type.key();
    }

    /** One proposer per type, over that type's rule and proposer suffixes of two characters or more. */
    static List<Recognizer> all() {
        List<Recognizer> out = new ArrayList<>();
        for (EntityType t : List.of(EntityType.PARK, EntityType.FACILITY, EntityType.ENTERPRISE, EntityType.ROAD,
                EntityType.PROJECT)) {
            Set<String> s = new LinkedHashSet<>();
            Suffixes.of(t).stream().filter(x -> x.length() >= MIN_SUFFIX).forEach(s::add);
            ProposingRecognizer.SUFFIXES.getOrDefault(t, List.of()).stream().filter(x -> x.length() >= MIN_SUFFIX).forEach(s::add);
            List<String> l = new ArrayList<>(s);
            l.sort(java.util.Comparator.comparingInt(String::length).reversed().thenComparing(x -> x));
            out.add(new OpenEndProposer(t, List.copyOf(l)));
        }
        return List.copyOf(out);
    }

    @Override
    public String source() {
        return source;
    }

    @Override
    public Set<Annotation> adds() {
        return EnumSet.of(Annotation.PROPOSALS);
    }

    /** Only where the other recognisers would not end a name: a Han character of the phrase follows. */
    @Override
    boolean acceptsFollower(String t, int end, String suffix) {
        return end < t.length() && Character.UnicodeScript.of(t.charAt(end)) == Character.UnicodeScript.HAN
                && !ProposingRecognizer.endsName(t, end, suffix);
    }

    @Override
    boolean isGeneric(String body) {
        return body.length() < 2 || NameScanner.isGeneric(body) && body.length() < 4;
    }
}
