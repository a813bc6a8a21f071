package org.pledgegraph.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.pledgegraph.model.Place;
import org.pledgegraph.model.PlaceLevel;

/**
 * The table of Chinese administrative divisions (GB/T 2260 codes down to towns) generated into
 * ontology/places.tsv.gz by scripts/places/generate.sh: lookup by id, full, former and short name, and
 * containment. Immutable; {@link #bundled()} reads the 45,000 rows once per JVM.
 * <pre>
 *   Places places = Places.bundled();
 *   places.resolve("安阳市北关区")     // 410503 北关区
 *   places.within("410503", "410000") // true: 北关区 lies in 河南省
 * </pre>
 */
public final class Places {
    /** The bundled table's path on the classpath (copied from ontology/ by the build). */
    public static final String RESOURCE = "/org/pledgegraph/ontology/places.tsv.gz";

    private final Map<String, Place> byId;
    private final Map<String, List<Place>> byName = new HashMap<>();
    private final Map<String, List<Place>> byShort = new HashMap<>();
    /** Every beginning of a full, former or short name, so a text scan stops as soon as no name can follow. */
    private final java.util.Set<String> namePrefixes = new java.util.HashSet<>();
    private final int longestName;

    private Places(Collection<Place> places) {
        Map<String, Place> ids = new LinkedHashMap<>();
        int longest = 0;
        for (Place p : places) {
            if (ids.putIfAbsent(p.id(), p) != null) {
                throw new IllegalArgumentException("place id " + p.id() + " given twice");
            }
            byName.computeIfAbsent(p.name(), k -> new ArrayList<>()).add(p);
            for (String f : p.formerNames()) {
                byName.computeIfAbsent(f, k -> new ArrayList<>()).add(p);
                longest = Math.max(longest, f.length());
            }
            if (!p.shortName().equals(p.name())) {
                byShort.computeIfAbsent(p.shortName(), k -> new ArrayList<>()).add(p);
            }
            longest = Math.max(longest, p.name().length());
        }
        this.byId = ids;
        this.longestName = longest;
        for (String n : byName.keySet()) {
            addPrefixes(n);
        }
        for (String n : byShort.keySet()) {
            addPrefixes(n);
        }
        byName.replaceAll((k, v) -> List.copyOf(v));
        byShort.replaceAll((k, v) -> List.copyOf(v));
    }

    private void addPrefixes(String name) {
        for (int i = 2; i <= name.length(); i++) {
            namePrefixes.add(name.substring(0, i));
        }
    }

    /** True if some full, former or short name begins with {@code s} (of two or more characters). */
    public boolean isNamePrefix(String s) {
        return namePrefixes.contains(s);
    }

    public static Places of(Collection<Place> places) {
        return new Places(places);
    }

    /**
     * The table bundled in the jar. Read once per JVM (class-holder idiom): the table is immutable, and every
     * ingest and extractor would otherwise parse 45,000 rows again.
     */
    public static Places bundled() {
        return Bundled.TABLE;
    }

    private static final class Bundled {
        static final Places TABLE = readBundled();
    }

    private static Places readBundled() {
        InputStream in = Places.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("bundled file missing from the jar: " + RESOURCE);
        }
        try (in) {
            return read(new GZIPInputStream(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled " + RESOURCE, e);
        }
    }

    /** Reads the TSV form (id, code, level, parent, name, short, former; # comments, one header row). */
    public static Places read(InputStream tsv) throws IOException {
        List<Place> out = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(tsv, StandardCharsets.UTF_8));
        boolean header = true;
        for (String line; (line = r.readLine()) != null; ) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] c = line.split("\t", -1);
            PlaceLevel level = PlaceLevel.fromKey(c[2])
                    .orElseThrow(() -> new IOException("unknown place level '" + c[2] + "' in: " + c[0]));
            out.add(new Place(c[0], c[1], level, c[3], c[4], c[5],
                    c[6].isEmpty() ? List.of() : List.of(c[6].split("\\|"))));
        }
        return new Places(out);
    }

    public Optional<Place> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Collection<Place> all() {
        return byId.values();
    }

    /** Places whose full or former name is {@code name}. */
    public List<Place> named(String name) {
        return byName.getOrDefault(name, List.of());
    }

    /** Places whose short name (not equal to their full name) is {@code name}. */
    public List<Place> shortNamed(String name) {
        return byShort.getOrDefault(name, List.of());
    }

    /** True if {@code name} is some place's full, former or short name. */
    public boolean isName(String name) {
        return byName.containsKey(name) || byShort.containsKey(name);
    }

    /** Length of the longest full or former name. */
    public int longestName() {
        return longestName;
    }

    /** The places {@code p} lies within, its parent first, the country last. */
    public List<Place> ancestors(Place p) {
        List<Place> out = new ArrayList<>();
        for (Place a = byId.get(p.parent()); a != null; a = byId.get(a.parent())) {
            out.add(a);
        }
        return out;
    }

    /** True if the place {@code inner} is {@code outer} or lies within it (ids; unknown ids are only equal). */
    public boolean within(String inner, String outer) {
        if (inner.equals(outer)) {
            return true;
        }
        for (Place p = byId.get(inner); p != null; p = byId.get(p.parent())) {
            if (p.id().equals(outer)) {
                return true;
            }
        }
        return false;
    }

    /** True if one of the two places lies within the other (or they are one). */
    public boolean nested(String a, String b) {
        return within(a, b) || within(b, a);
    }

    /**
     * The place a name such as 安阳市北关区, 北关区, 河南省 or a place id denotes: its last part is a full or
     * former name and whatever precedes it names the place's ancestors (full or short names). Empty when no
     * place or several fit (朝阳区 alone).
     */
    public Optional<Place> resolve(String name) {
        List<Place> all = resolveAll(name);
        return all.size() == 1 ? Optional.of(all.get(0)) : Optional.empty();
    }

    /** Every place {@code name} can denote (see {@link #resolve}); the most specific reading first. */
    public List<Place> resolveAll(String name) {
        String n = name == null ? "" : name.strip();
        if (Place.isId(n)) {
            return get(n).map(List::of).orElse(List.of());
        }
        List<Place> out = new ArrayList<>();
        for (int len = Math.min(n.length(), longestName); len >= 2 && out.isEmpty(); len--) {
            for (Place p : named(n.substring(n.length() - len))) {
                if (explains(n.substring(0, n.length() - len), p)) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    /** True if {@code prefix} is empty or the names of some of {@code p}'s ancestors, outermost first. */
    private boolean explains(String prefix, Place p) {
        String rest = prefix;
        for (Place a : ancestors(p)) {
            if (rest.isEmpty()) {
                break;
            }
            if (rest.endsWith(a.name())) {
                rest = rest.substring(0, rest.length() - a.name().length());
            } else if (!a.shortName().equals(a.name()) && rest.endsWith(a.shortName())) {
                rest = rest.substring(0, rest.length() - a.shortName().length());
            }
        }
        return rest.isEmpty();
    }
}
