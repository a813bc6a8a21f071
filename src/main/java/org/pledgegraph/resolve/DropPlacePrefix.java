package org.pledgegraph.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;
import org.pledgegraph.model.EntityType;
import org.pledgegraph.model.Place;
import org.pledgegraph.model.PlaceLevel;
import org.pledgegraph.text.Places;

/**
 * A name with and without a place prefix, in the reports of one government: the government's own name
 * (or an enclosing government's: a district's report writes its city's name too) written before the name
 * or left out ({@code 东城文化中心} / {@code 文化中心}: {@code P + X} / {@code X}, X of 4+ characters;
 * score 0.9), the bare level word standing for that government ({@code 区儿童公园} /
 * {@code 东城儿童公园}; score 0.9), or the name of a county-level or larger place inside the government
 * ({@code 北区X} / {@code X}, X of 5+ characters, so that the rest is a name of its own; score 0.8). Two
 * names with different place prefixes are never joined, and the resolver merges a name that matches two
 * others under this rule with neither ({@code 区儿童公园} beside two districts' 儿童公园).
 */
final class DropPlacePrefix implements MergeRule {
    static final String NAME = "drop-place-prefix";
    private static final int OWN_REST = 4;
    private static final int INNER_REST = 5;
    /** The brackets a name may hold around or inside a place; dropped before a chain is read. */
    private static final String BRACKET_CHARS = "（()）";
    /** Compiled once: String.replaceAll compiles its pattern at every call. */
    private static final Pattern BRACKETS = Pattern.compile("[" + BRACKET_CHARS + "]");

    private final Places places;
    private final String gov;
    /** The government and the governments enclosing it, innermost first (empty when not a known place). */
    private final List<Place> own;
    /**
     * The first characters of {@link #own}'s full, short and former names: a name that starts with none of them (past
     * brackets) has no own-government prefix of 2+ characters, so {@link #sameOwnPlace} need not try each of its
     * prefixes (it is asked of nearly every pair a cluster compares: ~6 % of ingest, profiled in perf16).
     */
    private final String ownFirsts;

    DropPlacePrefix(Places places, String gov) {
        this.places = places;
        this.gov = gov;
        List<Place> chain = new ArrayList<>();
        places.get(gov).ifPresent(p -> {
            chain.add(p);
            chain.addAll(places.ancestors(p).stream().filter(a -> a.level() != PlaceLevel.COUNTRY).toList());
        });
        this.own = List.copyOf(chain);
        StringBuilder firsts = new StringBuilder();
        for (Place p : own) {
            List<String> names = new ArrayList<>(p.formerNames());
            names.add(p.name());
            names.add(p.shortName());
            for (String n : names) {
                if (n != null && !n.isEmpty()) {
                    firsts.append(n.charAt(0));
                }
            }
        }
        this.ownFirsts = firsts.toString();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public OptionalDouble score(EntityType type, String a, String b) {
        if (own.isEmpty()) {
            return OptionalDouble.empty();
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        if (!longer.endsWith(shorter) || longer.length() == shorter.length()) {
            OptionalDouble both = sameOwnPlace(a, b);
            return both.isPresent() ? both : levelWordFor(shorter, longer);
        }
        String prefix = longer.substring(0, longer.length() - shorter.length());
        if (!MergeRule.han(shorter.charAt(0)) || MergeRule.distinguishing(shorter.charAt(0)) && !directionLed(shorter)) {
            return OptionalDouble.empty();
        }
        if (shorter.length() >= OWN_REST && (ownName(prefix).isPresent() || ownChain(prefix).isPresent())) {
            return OptionalDouble.of(0.9);
        }
        if (shorter.length() >= INNER_REST && inner(prefix)) {
            return OptionalDouble.of(0.8);
        }
        return OptionalDouble.empty();
    }

    /**
     * A rest of 5+ characters that starts with a direction or 中 is a name of its own ({@code 中心城水厂},
     * {@code 东部交通枢纽}) after the own government's name, not a split inside one word.
     */
    private static boolean directionLed(String rest) {
        return rest.length() >= INNER_REST && "东南西北中".indexOf(rest.charAt(0)) >= 0;
    }

    /** 区X / 东城X: the level word of an own government against that government's name. */
    private OptionalDouble levelWordFor(String a, String b) {
        for (String[] p : List.of(new String[] {a, b}, new String[] {b, a})) {
            String level = p[0];
            String named = p[1];
            if (level.length() < OWN_REST + 1) {
                continue;
            }
            String rest = level.substring(1);
            if (!named.endsWith(rest) || named.length() <= rest.length()) {
                continue;
            }
            Optional<Place> place = ownName(named.substring(0, named.length() - rest.length()));
            if (place.isPresent() && place.get().name().endsWith(level.substring(0, 1))) {
                return OptionalDouble.of(0.9);
            }
        }
        return OptionalDouble.empty();
    }

    /**
     * 深圳市X / 深圳X, 深圳（某区）X / 某区X: both names begin with a form of the same own government and go on
     * alike (a rest of 4+ characters that is a name of its own, as above).
     */
    private OptionalDouble sameOwnPlace(String a, String b) {
        if (!startsLikeOwn(a)) {
            return OptionalDouble.empty();
        }
        for (int i = 2; i < a.length() - OWN_REST + 1; i++) {
            Optional<Place> pa = ownForm(a.substring(0, i));
            if (pa.isEmpty()) {
                continue;
            }
            String rest = a.substring(i);
            if (b.length() > rest.length() && b.endsWith(rest) && restAfterPlace(rest)
                    && pa.equals(ownForm(b.substring(0, b.length() - rest.length())))) {
                return OptionalDouble.of(0.9);
            }
        }
        return OptionalDouble.empty();
    }

    /**
     * Whether {@code name}'s first character other than a bracket begins an own government's name: else no prefix
     * of it of 2+ characters is an {@link #ownForm} (an own name, or a chain that starts with one; brackets are
     * dropped before a chain is read).
     */
    private boolean startsLikeOwn(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (BRACKET_CHARS.indexOf(c) < 0) {
                return ownFirsts.indexOf(c) >= 0;
            }
        }
        return false;
    }

    /** An own government named by its full or short name (2+ characters), or by an enclosing one's and its own. */
    private Optional<Place> ownForm(String prefix) {
        Optional<Place> p = prefix.length() >= 2 ? ownName(prefix) : Optional.empty();
        return p.isPresent() ? p : ownChain(prefix);
    }

    /**
     * 深圳（某区）, 深圳某区, 深圳市某区: an enclosing own government's name, then the government's own (in brackets or
     * not) — the government itself, written with its city in front.
     */
    private Optional<Place> ownChain(String prefix) {
        if (own.size() < 2) {
            return Optional.empty();
        }
        String plain = BRACKETS.matcher(prefix).replaceAll("");
        for (int i = 2; i < plain.length() - 1; i++) {
            Optional<Place> outer = ownName(plain.substring(0, i));
            Optional<Place> inner = ownName(plain.substring(i));
            if (outer.isPresent() && inner.isPresent() && inner.get().equals(own.get(0))
                    && !outer.get().equals(own.get(0))) {
                return inner;
            }
        }
        return Optional.empty();
    }

    /** The own government named by {@code prefix}: its full or short name, or its level word alone. */
    private Optional<Place> ownName(String prefix) {
        for (Place p : own) {
            if (prefix.equals(p.name()) || prefix.length() >= 2 && prefix.equals(p.shortName())
                    || p.formerNames().contains(prefix)
                    || prefix.length() == 1 && p.name().endsWith(prefix) && "省市区县".contains(prefix)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private boolean inner(String prefix) {
        return inner(places, gov, prefix);
    }

    /**
     * True if {@code prefix} names an own government (full, short or former name, or with its enclosing one's in
     * front) or a county-level or larger place inside it; {@link PlacedShortenedName} strips such a prefix.
     */
    boolean placePrefix(String prefix) {
        return ownPrefix(prefix) || !own.isEmpty() && inner(prefix);
    }

    /** True if {@code prefix} names an own government (full, short or former name, or with its enclosing one's). */
    boolean ownPrefix(String prefix) {
        return !own.isEmpty() && prefix.length() >= 2 && ownForm(prefix).isPresent();
    }

    /** A rest that may follow a place prefix: Han, and not led by a direction or 中 unless it is a name of its own. */
    static boolean restAfterPlace(String rest) {
        return MergeRule.han(rest.charAt(0)) && (!MergeRule.distinguishing(rest.charAt(0)) || directionLed(rest));
    }

    /** True if {@code prefix} is the full or short name of a county-level or larger place inside {@code gov}. */
    static boolean inner(Places places, String gov, String prefix) {
        if (prefix.length() < 2) {
            return false;
        }
        List<Place> candidates = new ArrayList<>(places.named(prefix));
        candidates.addAll(places.shortNamed(prefix));
        return candidates.stream().anyMatch(p -> p.level() != PlaceLevel.TOWN && !p.id().equals(gov)
                && places.within(p.id(), gov));
    }
}
