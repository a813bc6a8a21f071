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
 * page ({@link #first}). The index's sentence groups ({@link #addGroup}) come with their rows counted: a group's
 * links are read only when its rows are made or another graph has the same text, file and year.
 */
final class SearchEvidence {
    /** An entity a hit names, with its distinct stored types and labels (each value with its one-letter prefix). */
    private record Links(TextBytes entity, List<TextBytes> types, List<TextBytes> labels) {
    }

    /** One row's values from the links, as stored. */
    private record Triple(TextBytes entity, TextBytes label, TextBytes type) {
    }

    /** Hits with the same text, file and year (a null: the hit has none). */
    private record Key(TextBytes text, TextBytes file, TextBytes year) {
    }

    /**
     * A group's hits' links; its distinct triples once it has a second source. A source is a sentence hit (its links
     * merged per entity: its triples are distinct, their number the sum of products) or a sentence group of the index
     * (its members' blocks, which may repeat a triple: their number counted when the group was written).
     */
    private static final class Group {
        final Key key;
        List<Links> first;
        /** The number of distinct triples of {@link #first}. */
        long firstSize;
        /** The group of the index {@link #first} comes from, its blocks not yet read; null for a hit. */
        TextFields.Hit firstGroup;
        Set<Triple> merged;

        Group(Key key) {
            this.key = key;
        }

        void add(List<Links> links, long size, TextFields.Hit group) {
            if (first == null && firstGroup == null) {
                first = links;
                firstSize = size;
                firstGroup = group;
                return;
            }
            if (merged == null) {
                merged = new LinkedHashSet<>();
                triples(firstLinks(), merged::add);
            }
            triples(links != null ? links : blocks(group.raw(TextFields.NAMED)), merged::add);
        }

        private List<Links> firstLinks() {
            if (first == null) {
                first = blocks(firstGroup.raw(TextFields.NAMED));
            }
            return first;
        }

        long size() {
            return merged != null ? merged.size() : firstSize;
        }

        void triples(Consumer<Triple> to) {
            if (merged != null) {
                merged.forEach(to);
            } else if (firstGroup != null) {
                Set<Triple> distinct = new LinkedHashSet<>();
                triples(firstLinks(), distinct::add);
                distinct.forEach(to);
            } else {
                triples(first, to);
            }
        }

        private static void triples(List<Links> links, Consumer<Triple> to) {
            for (Links l : links) {
                for (TextBytes type : l.types()) {
                    for (TextBytes label : l.labels()) {
                        to.accept(new Triple(l.entity(), label, type));
                    }
                }
            }
        }
    }

    /** Year and file of a group's rows: the first columns of the query's order after {@code match}. */
    private record Prefix(Node year, Node file) {
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
                    group(new Key(text, file, year)).add(links, size, null);
                }
            }
        }
        count = -1;
    }

    /**
     * Adds the rows of a sentence group of the index ({@link SentenceGroups}: one text, file and year) with its
     * {@code rows} distinct triples, when its text contains the phrase; its blocks are read only if it must be
     * merged with another graph's group of the same text, file and year, or its rows are made.
     */
    void addGroup(TextFields.Hit g, long rows) {
        if (needle == null || rows == 0) {
            return; // a group with no row adds none to another's
        }
        TextBytes text = g.raw(TextFields.TEXT)[0];
        if (!text.contains(needle)) {
            return;
        }
        group(new Key(text, orUnbound(g.raw(TextFields.FILE))[0], orUnbound(g.raw(TextFields.YEAR))[0])).add(null, rows, g);
        count = -1;
    }

    private Group group(Key key) {
        return groups.computeIfAbsent(key, k -> {
            Group g = new Group(k);
            byPrefix.computeIfAbsent(new Stored(k.year(), k.file()), p -> new ArrayList<>()).add(g);
            return g;
        });
    }

    /** The number of distinct evidence rows. */
    long count() {
        if (count < 0) {
            count = 0;
            groups.values().forEach(g -> count += g.size());
        }
        return count;
    }

    /**
     * Each row of the groups whose (year, file) comes first in {@code order} (SPARQL's order of two values), until at
     * least {@code end} rows are given, then those of every group that ties with the last; all rows if fewer.
     */
    void first(long end, Comparator<Node> order, Consumer<Node[]> rows) {
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

    /** Every evidence row. */
    void all(Consumer<Node[]> rows) {
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

    /** The blocks of a sentence group's link values: each an entity, its types, its labels (not merged). */
    private static List<Links> blocks(TextBytes[] values) {
        List<Links> out = new ArrayList<>();
        Links current = null;
        for (TextBytes v : values) {
            switch (v.first()) {
                case 'e' -> {
                    current = new Links(v, new ArrayList<>(2), new ArrayList<>(2));
                    out.add(current);
                }
                case 't' -> current.types().add(v);
                case 'l' -> current.labels().add(v);
                default -> throw new IllegalStateException("not a sentence group's link value: " + v.string());
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
