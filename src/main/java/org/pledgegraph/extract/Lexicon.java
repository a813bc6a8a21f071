package org.pledgegraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A keyword table read from a {@code slug TAB keyword|keyword…} resource: finds the slug whose
 * keyword occurs in a text, the longest keyword winning. Immutable.
 */
public final class Lexicon {
    private final List<Entry> entries;

    private Lexicon(List<Entry> entries) {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparingInt((Entry e) -> e.keyword.length()).reversed());
        this.entries = List.copyOf(sorted);
    }

    /** Reads {@code resource} (relative to this class) from the class path. */
    public static Lexicon load(String resource) {
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            List<Entry> entries = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length < 2) {
                    throw new IllegalStateException(resource + ": expected slug TAB keywords: " + line);
                }
                for (String k : cols[1].split("\\|")) {
                    if (!k.isBlank()) {
                        entries.add(new Entry(cols[0].strip(), k.strip()));
                    }
                }
            }
            return new Lexicon(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The slug of the longest keyword found in {@code text}, or null. */
    public String find(String text) {
        if (text == null) {
            return null;
        }
        for (Entry e : entries) {
            if (text.contains(e.keyword)) {
                return e.slug;
            }
        }
        return null;
    }

    /** The slug of the longest keyword that {@code text} ends with or equals, or null. */
    public String findExact(String text) {
        for (Entry e : entries) {
            if (text.equals(e.keyword)) {
                return e.slug;
            }
        }
        return null;
    }

    /** Every keyword, longest first. */
    public List<String> keywords() {
        return entries.stream().map(Entry::keyword).toList();
    }

    private record Entry(String slug, String keyword) {
    }
}
