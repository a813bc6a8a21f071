package org.pledgegraph.store;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The evidence rows of {@link SearchPages} (a sentence hit × the entities its mention names × their types and
 * labels), counted without making them: a common phrase has ~70 k sentence hits at 1,045 documents, and decoding
 * every hit's links into nodes and making, hashing and sorting a row per hit × entity × type × label was most of
 * its time (profiled). Hits are grouped by what a row takes from the sentence (text, file, year); a group's rows
 * are its hits' (entity, label, type) triples, distinct. Everything is compared as the stored bytes ({@link
 * TextFields#encode}d nodes: equal bytes, equal nodes), so a group of one hit (most) counts a product of sizes and
 * only a group of several builds a set; nodes are made only for the rows of the (year, file)s that can reach a
 * page ({@link #first}). Used when a search passes {@code pgs:hits}' limit (its ranked best hits, one by one); below
 * it the index's sentence groups give the same rows counted ({@link SearchGroups}).
 */
final class SearchEvidence implements SearchPages.Evidence {
    /** An entity a hit names, with its stored types and labels (each value with its one-letter prefix). */
    record Links(TextBytes entity, List<TextBytes> types, List<TextBytes> labels) {
    }

    /** One row's values from the links, as stored. */
    record Triple(TextBytes entity, TextBytes label, TextBytes type) {
    }

    /** Hits with the same text, file and year (a null: the hit has none). */
    private record Key(TextBytes text, TextBytes file, TextBytes year) {
    }

    /** A group's hits' links; its distinct triples once it has a second hit (a hit's own triples are distinct). */
    private static final class Group {
        final Key key;
        List<Links> first;
        /** The number of distinct triples of {@link #first}. */
        long firstSize;
        Set<Triple> merged;

        Group(Key key) {
            this.key = key;
        }

        void add(List<Links> links, long size) {
            if (first == null) {
                first = links;
                firstSize = size;
                return;
            }
            if (merged == null) {
                merged = new LinkedHashSet<>();
                SearchEvidence.triples(first, merged::add);
            }
            SearchEvidence.triples(links, merged::add);
        }

        long size() {
            return merged != null ? merged.size() : firstSize;
        }

        void triples(Consumer<Triple> to) {
            if (merged != null) {
                merged.forEach(to);
            } else {
                SearchEvidence.triples(first, to);
            }
        }
    }

    /** Each entity's type × label, in the order the links give them: a group's rows before they are made nodes. */
    static void triples(List<Links> links, Consumer<Triple> to) {
        for (Links l : links) {
            for (TextBytes type : l.types()) {
                for (TextBytes label : l.labels()) {
                    to.accept(new Triple(l.entity(), label, type));
                }
            }
        }
    }

    /** Year and file of a group's rows: the first columns of the query's order after {@code match}. */
    record Prefix(Node year, Node file) {
    }

    /** A prefix as stored (a null: unbound). */
    private record Stored(TextBytes year, TextBytes file) {
    }

    private static final TextBytes[] UNBOUND = {null};
    private final byte[] needle;
    private final Map<Key, Group> groups = new HashMap<>();
    /** The groups by their year and file, to sort the few distinct (year, file)s instead of every group. */
    private final Map<Stored, List<Group>> byPrefix = new HashMap<>();
    private final Map<TextBytes, Node> files = new HashMap<>();
    private final Map<TextBytes, Node> years = new HashMap<>();
    private final Map<TextBytes, Node> nodes = new HashMap<>();
    private long count = -1;

    SearchEvidence(String words) {
        // A phrase with a lone surrogate is in no stored text (valid UTF-8), though its encoding ('?') may be.
        this.needle = StandardCharsets.UTF_8.newEncoder().canEncode(words) ? words.getBytes(StandardCharsets.UTF_8) : null;
    }

    /** Adds the rows of a sentence hit: each of its texts that contains the phrase × file × year × triple. */
    void add(TextFields.Hit h) {
        if (needle == null) {
            return;
        }
        List<Links> links = null;
        for (TextBytes text : h.raw(TextFields.TEXT)) {
            if (!text.contains(needle)) {
                continue;
            }
            if (links == null) {
                links = links(h.raw(TextFields.NAMED));
            }
            if (links.isEmpty()) {
                return; // a sentence whose mention names no entity gives no row
            }
            long size = 0;
            for (Links l : links) {
                size += (long) l.types().size() * l.labels().size();
            }
            for (TextBytes file : orUnbound(h.raw(TextFields.FILE))) {
                for (TextBytes year : orUnbound(h.raw(TextFields.YEAR))) {
                    group(new Key(text, file, year)).add(links, size);
                }
            }
        }
        count = -1;
    }

    private Group group(Key key) {
        return groups.computeIfAbsent(key, k -> {
            Group g = new Group(k);
            byPrefix.computeIfAbsent(new Stored(k.year(), k.file()), p -> new ArrayList<>()).add(g);
            return g;
        });
    }

    @Override
    public long count() {
        if (count < 0) {
            count = 0;
            groups.values().forEach(g -> count += g.size());
        }
        return count;
    }

    @Override
    public void first(long end, Comparator<Node> order, Consumer<Node[]> rows) {
        Map<Prefix, Stored> prefixes = new HashMap<>();
        byPrefix.keySet().forEach(k -> prefixes.put(new Prefix(year(k.year()), file(k.file())), k));
        Comparator<Prefix> byOrder = Comparator.comparing(Prefix::year, order).thenComparing(Prefix::file, order);
        List<Prefix> sorted = new ArrayList<>(prefixes.keySet());
        sorted.sort(byOrder);
        long given = 0;
        Prefix last = null;
        for (Prefix p : sorted) {
            if (given >= end && (last == null || byOrder.compare(last, p) != 0)) {
                return;
            }
            for (Group g : byPrefix.get(prefixes.get(p))) {
                given += g.size();
                rows(g, p, rows);
            }
            last = p;
        }
    }

    @Override
    public void all(Consumer<Node[]> rows) {
        groups.values().forEach(g -> rows(g, new Prefix(year(g.key.year()), file(g.key.file())), rows));
    }

    private void rows(Group g, Prefix p, Consumer<Node[]> rows) {
        Node text = NodeFactory.createLiteralString(g.key.text().string());
        g.triples(t -> rows.accept(new Node[] {SearchPages.EVIDENCE, node(t.entity()), node(t.label()), node(t.type()),
            p.file(), p.year(), text}));
    }

    private Node file(TextBytes file) {
        return file == null ? null : files.computeIfAbsent(file, f -> NodeFactory.createLiteralString(f.string()));
    }

    private Node year(TextBytes year) {
        return year == null ? null : years.computeIfAbsent(year,
                y -> NodeFactory.createLiteralDT(y.string(), XSDDatatype.XSDinteger));
    }

    /** The node of a stored link value (its prefix letter dropped). */
    private Node node(TextBytes value) {
        return nodes.computeIfAbsent(value, v -> TextFields.decode(v.string().substring(1)));
    }

    /**
     * The entities of a sentence's link values ({@link TextFields#NAMED}), each once with its distinct types and
     * labels merged over the links that name it: what {@link TextFields#named} makes, without decoding.
     */
    private static List<Links> links(TextBytes[] values) {
        List<Links> out = new ArrayList<>(1);
        Links current = null;
        for (TextBytes v : values) {
            switch (v.first()) {
                case 'e' -> {
                    current = null;
                    for (Links l : out) {
                        if (l.entity().equals(v)) {
                            current = l;
                        }
                    }
                    if (current == null) {
                        current = new Links(v, new ArrayList<>(2), new ArrayList<>(2));
                        out.add(current);
                    }
                }
                case 't' -> addNew(current == null ? null : current.types(), v);
                case 'l' -> addNew(current == null ? null : current.labels(), v);
                default -> current = null; // 'g': a new link starts; its entity follows
            }
        }
        return out;
    }

    private static void addNew(List<TextBytes> to, TextBytes v) {
        if (to != null && !to.contains(v)) {
            to.add(v);
        }
    }

    private static TextBytes[] orUnbound(TextBytes[] values) {
        return values.length == 0 ? UNBOUND : values;
    }
}
