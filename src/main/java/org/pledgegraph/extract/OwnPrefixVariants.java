package org.pledgegraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.pledgegraph.model.Place;
import org.pledgegraph.model.PlaceLevel;
import org.pledgegraph.text.Places;

/**
 * The forms one year may give a name another year of the same government wrote with its own government named
 * differently in front: the full name, the short name, the bare level word or nothing ({@code 某区X},
 * {@code 某X}, {@code 区X}, {@code X}; X of {@link #MIN_REST}+ characters). A report drops or keeps its own
 * government's name from one year to the next; the forms are the ones resolution joins
 * ({@code resolve.DropPlacePrefix}), so a mention found under one of them joins the name it came from. The
 * government's enclosing governments count too (a district's report writes its city's name). Immutable.
 */
final class OwnPrefixVariants {
    /** The rest after the government's name must be a name of its own, as in resolution's own-name rule. */
    static final int MIN_REST = 4;
    private static final String LEVELS = "省市区县";
    /** Words a level character begins that do not stand for a government (市民中心 is no 市 + 民中心). */
    private static final Set<String> NOT_LEVEL = Set.of("市民", "市场", "市政", "市级", "市域", "市区", "市属", "市县",
            "市辖", "区域", "区级", "区间", "区属", "区块", "省级", "省域", "省会", "省属", "省际", "县域", "县级", "县城",
            "县区", "县乡", "省内", "省外", "市内", "市外", "区内", "区外", "县内", "县外", "省委", "市委", "区委", "县委",
            "省直", "市直", "区直", "县直");

    private final Places places;

    OwnPrefixVariants(Places places) {
        this.places = places;
    }

    /** The other forms of {@code name} for a report of government {@code gov} (a place id), in a fixed order. */
    List<String> of(String name, String gov) {
        Set<String> out = new LinkedHashSet<>();
        for (Place p : chain(gov)) {
            List<String> prefixes = prefixes(p);
            String rest = null;
            for (String pre : prefixes) {
                if (name.length() - pre.length() >= MIN_REST && name.startsWith(pre)
                        && !(pre.length() == 1 && NOT_LEVEL.contains(name.substring(0, 2)))) {
                    rest = name.substring(pre.length());
                    break;
                }
            }
            if (rest == null) {
                continue;
            }
            if (!NameScanner.isNameChar(rest.charAt(0)) || startsPlace(rest)) {
                continue; // the rest must start a name, not continue the place's (某区 + 东部… is fine, 某 + 湾区 is not)
            }
            out.add(rest);
            for (String pre : prefixes) {
                out.add(pre + rest);
            }
        }
        // No own prefix at all: the forms with one (某区X, 某X, 区X) for the innermost government.
        List<Place> chain = chain(gov);
        if (out.isEmpty() && !chain.isEmpty() && name.length() >= MIN_REST && !startsPlace(name)) {
            for (String pre : prefixes(chain.get(0))) {
                out.add(pre + name);
            }
        }
        out.remove(name);
        return List.copyOf(out);
    }

    /** The government and those enclosing it below the country, innermost first. */
    private List<Place> chain(String gov) {
        List<Place> chain = new ArrayList<>();
        if (gov == null || gov.isEmpty()) {
            return chain;
        }
        places.get(gov).ifPresent(p -> {
            chain.add(p);
            chain.addAll(places.ancestors(p).stream().filter(a -> a.level() != PlaceLevel.COUNTRY).toList());
        });
        return chain;
    }

    /** The place's full name, short name (2+ characters), former names and level word; longest first. */
    private static List<String> prefixes(Place p) {
        List<String> out = new ArrayList<>();
        out.add(p.name());
        out.addAll(p.formerNames());
        if (p.shortName() != null && p.shortName().length() >= 2 && !p.shortName().equals(p.name())) {
            out.add(p.shortName());
        }
        char level = p.name().charAt(p.name().length() - 1);
        if (LEVELS.indexOf(level) >= 0) {
            out.add(String.valueOf(level));
        }
        out.sort((a, b) -> b.length() - a.length());
        return List.copyOf(new LinkedHashSet<>(out));
    }

    /**
     * Whether {@code s} begins with a county's or larger place's name or a level word: the name is another place's
     * (某市 + 某区X), and its forms are that place's business.
     */
    private boolean startsPlace(String s) {
        return LEVELS.indexOf(s.charAt(0)) >= 0 || startsCountyOrLarger(s);
    }

    /** Whether {@code s} begins with the name of a county or a larger place (the cross-year pass asks this too). */
    boolean startsCountyOrLarger(String s) {
        for (int k = 2; k <= Math.min(s.length() - 1, places.longestName()); k++) {
            String head = s.substring(0, k);
            // county level and up: a town's short name (two characters of 41,000) begins too many real names
            if (places.isName(head) && (places.named(head).stream().anyMatch(p -> p.level() != PlaceLevel.TOWN)
                    || places.shortNamed(head).stream().anyMatch(p -> p.level() != PlaceLevel.TOWN))) {
                return true;
            }
        }
        return false;
    }
}
