package org.pledgegraph.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pledgegraph.extract.Extractor;
import org.pledgegraph.model.Mention;
import org.pledgegraph.model.Place;
import org.pledgegraph.model.PlaceLevel;
import org.pledgegraph.text.Places;

/**
 * Real-variety scaling: copy {@code c} of a government's reports is filed by another real county
 * (GB/T 2260, from the bundled place table), with that county's name in place of the government's, and
 * every entity name the extractor finds in the original varied by a tag of the copy (a sexagenary
 * cycle name, 甲子, 乙丑, …: not a place, so resolution's place-prefix rules leave it alone). Resolution
 * then sees N× as many distinct entities and governments, as it would with N× as many real governments.
 */
final class Variety {
    private static final String STEMS = "甲乙丙丁戊己庚辛壬癸";
    private static final String BRANCHES = "子丑寅卯辰巳午未申酉戌亥";

    private final Extractor extractor = Extractor.defaults();
    private final Places places = Places.bundled();
    private final List<Place> counties;
    /** Original names of each document, found once and reused by every copy. */
    private final Map<String, List<String>> namesByDoc = new HashMap<>();

    Variety() {
        counties = places.all().stream().filter(p -> p.level() == PlaceLevel.COUNTY)
                .sorted(Comparator.comparing(Place::id)).toList();
    }

    /** The jurisdiction (parent + county, e.g. 保定市清苑区) and the county that files copy {@code copy} of government {@code g}. */
    Place county(int copy, int governments, int g) {
        return counties.get(((copy - 1) * governments + g) % counties.size());
    }

    String jurisdictionOf(Place county) {
        Optional<Place> parent = places.get(county.parent());
        return parent.filter(p -> p.level() == PlaceLevel.PREFECTURE).map(p -> p.name() + county.name())
                .orElse(county.name());
    }

    /**
     * Writes a real-variety corpus for a plain {@code pledgegraph ingest} (e.g. under a profiler):
     * {@code java -cp target/pledgegraph.jar:target/pledgegraph-bench.jar org.pledgegraph.bench.Variety IN FACTOR OUT}.
     * With a fourth argument {@code --copies}: the national-copy scaling instead (same entities in every copy).
     */
    public static void main(String[] args) {
        if (args.length != 3 && !(args.length == 4 && args[3].equals("--copies"))) {
            System.err.println("usage: Variety CORPUS-DIR FACTOR OUT-DIR [--copies]");
            System.exit(2);
        }
        Corpus c = Corpus.load(java.nio.file.Path.of(args[0]))
                .scaled(Integer.parseInt(args[1]), java.nio.file.Path.of(args[2]), args.length == 4 ? null : new Variety());
        System.out.printf("%d documents, %.1f MB in %s%n", c.docs().size(), c.utf8Bytes() / 1e6, args[2]);
    }

    /** 甲子 for copy 1, 乙丑 for 2, … (60 names), then 甲子2, …: never a place name. */
    static String tag(int copy) {
        int i = (copy - 1) % 60;
        String t = "" + STEMS.charAt(i % 10) + BRANCHES.charAt(i % 12);
        return copy > 60 ? t + ((copy - 1) / 60 + 1) : t;
    }

    /** The text of {@code doc} as filed by {@code county} in copy {@code copy}. */
    String vary(Corpus.Doc doc, int copy, Place county) {
        String newFull = jurisdictionOf(county);
        Map<String, String> jurisdiction = new LinkedHashMap<>();
        String oldFull = doc.meta().jurisdiction();
        if (oldFull != null && !oldFull.isBlank()) {
            jurisdiction.put(oldFull, newFull);
            places.resolve(oldFull).ifPresent(p -> {
                jurisdiction.putIfAbsent(p.name(), county.name());
                if (p.shortName().length() >= 2) {
                    jurisdiction.putIfAbsent(p.shortName(), county.shortName());
                }
            });
        }
        Map<String, String> replace = new HashMap<>(jurisdiction);
        String tag = tag(copy);
        for (String name : namesByDoc.computeIfAbsent(doc.name(), n -> names(doc))) {
            String varied = replaceAll(name, jurisdiction);
            replace.putIfAbsent(name, varied.equals(name) ? tag + name : varied);
        }
        return replaceAll(doc.text(), replace);
    }

    private List<String> names(Corpus.Doc doc) {
        return extractor.extract(doc.meta(), doc.text()).mentions().stream().filter(m -> !m.type().isFigure())
                .map(Mention::surface).filter(s -> s.length() >= 2).distinct().toList();
    }

    /** One left-to-right pass, longest key first at each position, so a replacement is never replaced again. */
    static String replaceAll(String text, Map<String, String> replace) {
        Map<Character, List<String>> byFirst = new HashMap<>();
        for (String k : replace.keySet()) {
            byFirst.computeIfAbsent(k.charAt(0), c -> new ArrayList<>()).add(k);
        }
        byFirst.values().forEach(l -> l.sort(Comparator.comparingInt(String::length).reversed()));
        StringBuilder out = new StringBuilder(text.length() + text.length() / 8);
        int i = 0;
        outer:
        while (i < text.length()) {
            List<String> keys = byFirst.get(text.charAt(i));
            if (keys != null) {
                for (String k : keys) {
                    if (text.startsWith(k, i)) {
                        out.append(replace.get(k));
                        i += k.length();
                        continue outer;
                    }
                }
            }
            out.append(text.charAt(i++));
        }
        return out.toString();
    }
}
