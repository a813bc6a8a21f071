package org.pledgegraph.store;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.pledgegraph.store.SearchEvidence.Links;
import org.pledgegraph.store.SearchEvidence.Prefix;
import org.pledgegraph.store.SearchEvidence.Triple;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.lucene.util.BytesRef;

/**
 * The evidence rows of {@link SearchPages} counted from the text index's sentence groups ({@link SentenceGroups}: one
 * text, file and year of one graph, its distinct (entity, label, type) rows counted when written), looked at where
 * they match ({@link IndexReading#groups(String, IndexReading.GroupVisitor)}) without copying them. A common phrase
 * matches ~35 k groups at 1,045 documents; copying each group's doc value (text and every member's links) to group it
 * by (text, file, year) was half of its allocation and, with the byte-by-byte text check, most of its time (profiled,
 * session 24). A group is kept as a reference, the 64-bit hash of its text and the numbers of its file and year (each
 * distinct file and year copied once); two groups with the same hash, file and year are compared byte for byte by
 * reading the first one again, and merged (their triples as a set, as {@link SearchEvidence} merges hits) only when
 * their texts are equal. Only the groups of the first (year, file)s in the query's order are read again to make the
 * page's rows; what this gives is what {@link SearchEvidence} gave from the copied groups, row for row and in the
 * same order.
 */
final class SearchGroups implements IndexReading.GroupVisitor, SearchPages.Evidence {
    /** One (text, file, year): the first group of the index with it, and once a second one came, their triples. */
    private static final class Group {
        final long hash;
        final int file;
        final int year;
        final long ref;
        long size;
        Set<Triple> merged;

        Group(long hash, int file, int year, long ref, long size) {
            this.hash = hash;
            this.file = file;
            this.year = year;
            this.ref = ref;
            this.size = size;
        }

        long prefix() {
            return (long) year << 32 | (file & 0xFFFFFFFFL);
        }
    }

    private final IndexReading reading;
    private final byte[] needle;
    /** Applied to every text hash: all bits in use; a test clears them to make every text collide. */
    private final long hashMask;
    private final ByteIds files = new ByteIds();
    private final ByteIds years = new ByteIds();
    private Group[] table = new Group[1 << 12];
    private int size;
    /** The groups by their year and file, to sort the few distinct (year, file)s instead of every group. */
    private final Map<Long, List<Group>> byPrefix = new HashMap<>();
    private long lastPrefix = Long.MIN_VALUE;
    private List<Group> lastList;
    private final Map<Integer, Node> fileNodes = new HashMap<>();
    private final Map<Integer, Node> yearNodes = new HashMap<>();
    private final Map<TextBytes, Node> nodes = new HashMap<>();
    private long members;
    private long count;

    SearchGroups(String words, IndexReading reading) {
        this(words, reading, -1L);
    }

    /** As the other constructor, with every text hash masked by {@code hashMask} (tests: 0 makes all collide). */
    SearchGroups(String words, IndexReading reading, long hashMask) {
        this.reading = reading;
        // A phrase with a lone surrogate is in no stored text (valid UTF-8), though its encoding ('?') may be.
        this.needle = StandardCharsets.UTF_8.newEncoder().canEncode(words) ? words.getBytes(StandardCharsets.UTF_8) : null;
        this.hashMask = hashMask;
    }

    /** The sentence documents of every group seen (what {@code pgs:hits} would count as sentence hits). */
    long members() {
        return members;
    }

    @Override
    public void group(BytesRef hit, long rows, long groupMembers, long ref) {
        members += groupMembers;
        if (needle == null || rows == 0) {
            return; // a group with no row adds none to another's
        }
        byte[] b = hit.bytes;
        int[] at = {hit.offset};
        int n = TextFields.readInt(b, at);
        if (n != 1) {
            throw new IllegalStateException("a sentence group has one text, not " + n);
        }
        int textTo = TextFields.readInt(b, at);
        int textFrom = at[0];
        textTo += textFrom;
        at[0] = textTo;
        if (!TextBytes.contains(b, textFrom, textTo, needle)) {
            return;
        }
        int file = id(b, at, files);
        int year = id(b, at, years);
        long hash = TextBytes.hash64(b, textFrom, textTo) & hashMask;
        TextFields.Hit copy = null;
        int mask = table.length - 1;
        for (int i = slot(hash, file, year) & mask; ; i = (i + 1) & mask) {
            Group g = table[i];
            if (g == null) {
                add(table, i, new Group(hash, file, year, ref, rows));
                return;
            }
            if (g.hash == hash && g.file == file && g.year == year) {
                if (copy == null) {
                    copy = TextFields.hit(hit, SentenceGroups.FIELDS); // before reading another group
                }
                if (read(g).raw(TextFields.TEXT)[0].equals(copy.raw(TextFields.TEXT)[0])) {
                    merge(g, copy);
                    return;
                }
            }
        }
    }

    private void add(Group[] in, int slot, Group g) {
        in[slot] = g;
        long p = g.prefix();
        if (p != lastPrefix) { // runs of one document's groups are common
            lastPrefix = p;
            lastList = byPrefix.computeIfAbsent(p, k -> new ArrayList<>());
        }
        lastList.add(g);
        count += g.size;
        if (++size * 2 > table.length) {
            Group[] bigger = new Group[table.length * 2];
            int mask = bigger.length - 1;
            for (Group x : table) {
                if (x != null) {
                    int i = slot(x.hash, x.file, x.year) & mask;
                    while (bigger[i] != null) {
                        i = (i + 1) & mask;
                    }
                    bigger[i] = x;
                }
            }
            table = bigger;
        }
    }

    /** Adds a second (third…) group's triples to {@code g}'s, as a set. */
    private void merge(Group g, TextFields.Hit other) {
        if (g.merged == null) {
            g.merged = new LinkedHashSet<>();
            SearchEvidence.triples(blocks(read(g).raw(TextFields.NAMED)), g.merged::add);
        }
        SearchEvidence.triples(blocks(other.raw(TextFields.NAMED)), g.merged::add);
        count += g.merged.size() - g.size;
        g.size = g.merged.size();
    }

    private TextFields.Hit read(Group g) {
        return reading.groups(new long[] {g.ref})[0];
    }

    private static int slot(long hash, int file, int year) {
        long h = (hash ^ (file * 0x9E3779B97F4A7C15L) ^ (year * 0xC2B2AE3D27D4EB4FL)) * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 32);
    }

    @Override
    public long count() {
        return count;
    }

    @Override
    public void first(long end, Comparator<Node> order, Consumer<Node[]> rows) {
        Map<Prefix, Long> prefixes = new HashMap<>();
        byPrefix.keySet().forEach(k -> prefixes.put(new Prefix(year((int) (k >> 32)), file((int) (long) k)), k));
        Comparator<Prefix> byOrder = Comparator.comparing(Prefix::year, order).thenComparing(Prefix::file, order);
        List<Prefix> sorted = new ArrayList<>(prefixes.keySet());
        sorted.sort(byOrder);
        long given = 0;
        Prefix last = null;
        List<Group> chosen = new ArrayList<>();
        List<Prefix> of = new ArrayList<>();
        for (Prefix p : sorted) {
            if (given >= end && (last == null || byOrder.compare(last, p) != 0)) {
                break;
            }
            for (Group g : byPrefix.get(prefixes.get(p))) {
                given += g.size;
                chosen.add(g);
                of.add(p);
            }
            last = p;
        }
        rows(chosen, of, rows);
    }

    @Override
    public void all(Consumer<Node[]> rows) {
        List<Group> all = new ArrayList<>();
        List<Prefix> of = new ArrayList<>();
        byPrefix.values().forEach(gs -> gs.forEach(g -> {
            all.add(g);
            of.add(new Prefix(year(g.year), file(g.file)));
        }));
        rows(all, of, rows);
    }

    /** The rows of {@code groups}, each with its prefix, in that order; the groups read again in one pass. */
    private void rows(List<Group> groups, List<Prefix> prefixes, Consumer<Node[]> rows) {
        long[] refs = new long[groups.size()];
        for (int i = 0; i < refs.length; i++) {
            refs[i] = groups.get(i).ref;
        }
        TextFields.Hit[] hits = reading.groups(refs);
        for (int i = 0; i < refs.length; i++) {
            Group g = groups.get(i);
            Prefix p = prefixes.get(i);
            Node text = NodeFactory.createLiteralString(hits[i].raw(TextFields.TEXT)[0].string());
            Set<Triple> triples = g.merged;
            if (triples == null) {
                triples = new LinkedHashSet<>();
                SearchEvidence.triples(blocks(hits[i].raw(TextFields.NAMED)), triples::add);
            }
            triples.forEach(t -> rows.accept(new Node[] {SearchPages.EVIDENCE, node(t.entity()), node(t.label()),
                node(t.type()), p.file(), p.year(), text}));
        }
    }

    private Node file(int id) {
        return id < 0 ? null : fileNodes.computeIfAbsent(id, f -> NodeFactory.createLiteralString(files.value(f).string()));
    }

    private Node year(int id) {
        return id < 0 ? null : yearNodes.computeIfAbsent(id,
                y -> NodeFactory.createLiteralDT(years.value(y).string(), XSDDatatype.XSDinteger));
    }

    /** The node of a stored link value (its prefix letter dropped). */
    private Node node(TextBytes value) {
        return nodes.computeIfAbsent(value, v -> TextFields.decode(v.string().substring(1)));
    }

    /** The number of the first value of the field at {@code at} (-1: none, unbound); {@code at} moves past it. */
    private static int id(byte[] b, int[] at, ByteIds ids) {
        int n = TextFields.readInt(b, at);
        int out = -1;
        for (int k = 0; k < n; k++) {
            int len = TextFields.readInt(b, at);
            if (k == 0) {
                out = ids.id(b, at[0], at[0] + len);
            }
            at[0] += len;
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
}
