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
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.util.BytesRef;

/**
 * The evidence rows of {@link SearchPages} counted from the text index's sentence groups ({@link SentenceGroups}: one
 * text, file and year of one graph, its distinct (entity, label, type) rows counted when written), looked at where
 * they match ({@link IndexReading#groups(String, IndexReading.GroupVisitor)}) without copying them. A common phrase
 * matches ~35 k groups at 1,045 documents; copying each group's doc value (text and every member's links) to group it
 * by (text, file, year) was half of its allocation and, with the byte-by-byte text check, most of its time (profiled,
 * session 24). A group is kept as a reference, the 64-bit hash of its text and the number of its (file, year) (each
 * distinct one copied once), in arrays indexed by group number (session 25); since layout by-graph-5 the hash and the
 * (file, year) are read from doc values of their own, and the group's text only when the phrase query does not prove
 * that it holds the phrase ({@link #oneBigram}; session 26). Two groups with the same hash, file and year are compared
 * byte for byte by reading both again, and merged (their triples as a set, as {@link SearchEvidence} merges hits) only when
 * their texts are equal. Only the groups of the first (year, file)s in the query's order are read again to make the
 * page's rows; what this gives is what {@link SearchEvidence} gave from the copied groups, row for row and in the
 * same order.
 */
final class SearchGroups implements IndexReading.GroupVisitor, SearchPages.Evidence {
    private final IndexReading reading;
    private final byte[] needle;
    /** Applied to every text hash: all bits in use; a test clears them to make every text collide. */
    private final long hashMask;
    /** Whether the phrase query alone proves a group's text contains the phrase ({@link #oneBigram}). */
    private final boolean oneBigram;
    /** The distinct (file, year)s, numbered by the bytes of a group's file and year fields together (one look-up). */
    private final GroupPrefixes prefixes = new GroupPrefixes();
    /**
     * One (text, file, year) a group number, as parallel arrays (no object to follow while probing: the table was
     * a tenth of a common phrase's time, profiled): the first group of the index with it, its text hash, its (file,
     * year), its rows; {@link #merged} holds the triples of those a second group came to.
     */
    private long[] hashes = new long[1 << 11];
    private int[] prefixOf = new int[1 << 11];
    private long[] refs = new long[1 << 11];
    private long[] sizes = new long[1 << 11];
    private int size;
    /** Open addressing over group numbers + 1 (0: empty). */
    private int[] table = new int[1 << 12];
    private final Map<Integer, Set<Triple>> merged = new HashMap<>();
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
        this.oneBigram = oneBigram(words) && reading.isOneToken(words, CJKBigramFilter.DOUBLE_TYPE);
    }

    /** The sentence documents of every group seen (what {@code pgs:hits} would count as sentence hits). */
    long members() {
        return members;
    }

    @Override
    public boolean wantsHit() {
        return needle != null && !oneBigram;
    }

    @Override
    public int prefix(BytesRef fileAndYear) {
        return prefixes.id(fileAndYear);
    }

    @Override
    public void group(BytesRef hit, long textHash, int prefix, long rows, long groupMembers, long ref) {
        members += groupMembers;
        if (needle == null || rows == 0) {
            return; // a group with no row adds none to another's
        }
        if (hit != null) {
            byte[] b = hit.bytes;
            int[] at = {hit.offset};
            int n = TextFields.readInt(b, at);
            if (n != 1) {
                throw new IllegalStateException("a sentence group has one text, not " + n);
            }
            int textTo = TextFields.readInt(b, at);
            if (!TextBytes.contains(b, at[0], at[0] + textTo, needle)) {
                return;
            }
        }
        long hash = textHash & hashMask;
        TextFields.Hit copy = null;
        int mask = table.length - 1;
        for (int i = slot(hash, prefix) & mask; ; i = (i + 1) & mask) {
            int g = table[i] - 1;
            if (g < 0) {
                add(i, hash, prefix, ref, rows);
                return;
            }
            if (hashes[g] == hash && prefixOf[g] == prefix) {
                if (copy == null) { // before reading another group
                    copy = hit != null ? TextFields.hit(hit, SentenceGroups.FIELDS) : read(ref);
                }
                if (read(refs[g]).raw(TextFields.TEXT)[0].equals(copy.raw(TextFields.TEXT)[0])) {
                    merge(g, copy);
                    return;
                }
            }
        }
    }

    /**
     * Whether a group the phrase query matches is known to contain {@code words}: two Han characters are one bigram
     * of the index's analyser (CJKAnalyzer), made only of two Han characters next to each other in the text. Longer
     * phrases are bigrams at consecutive positions, which two runs of Han text apart can also give (``甲乙，乙丙'' for
     * 甲乙丙), and others are words; their groups' texts are checked. Necessary, not sufficient: the analyser must
     * also make the phrase that one bigram ({@link IndexReading#isOneToken}), since its tokenizer takes some Han
     * characters otherwise (U+3005 as a word of its own; ideographs newer than its Unicode version not at all, so
     * U+9FFC乙 is the lone 乙). Kana and Hangul pairs are bigrams too but not exact: the analyser folds half-width
     * kana, so their texts are checked.
     */
    static boolean oneBigram(String words) {
        return words.codePointCount(0, words.length()) == 2
                && words.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** A new group in empty slot {@code slot} of the table. */
    private void add(int slot, long hash, int prefix, long ref, long rows) {
        if (size == hashes.length) {
            int bigger = size * 2;
            hashes = Arrays.copyOf(hashes, bigger);
            prefixOf = Arrays.copyOf(prefixOf, bigger);
            refs = Arrays.copyOf(refs, bigger);
            sizes = Arrays.copyOf(sizes, bigger);
        }
        int g = size++;
        hashes[g] = hash;
        prefixOf[g] = prefix;
        refs[g] = ref;
        sizes[g] = rows;
        count += rows;
        table[slot] = g + 1;
        if (size * 2 > table.length) {
            int[] bigger = new int[table.length * 2];
            int mask = bigger.length - 1;
            for (int x = 0; x < size; x++) {
                int i = slot(hashes[x], prefixOf[x]) & mask;
                while (bigger[i] != 0) {
                    i = (i + 1) & mask;
                }
                bigger[i] = x + 1;
            }
            table = bigger;
        }
    }

    /** Adds a second (third…) group's triples to group {@code g}'s, as a set. */
    private void merge(int g, TextFields.Hit other) {
        Set<Triple> triples = merged.get(g);
        if (triples == null) {
            triples = new LinkedHashSet<>();
            SearchEvidence.triples(blocks(read(refs[g]).raw(TextFields.NAMED)), triples::add);
            merged.put(g, triples);
        }
        SearchEvidence.triples(blocks(other.raw(TextFields.NAMED)), triples::add);
        count += triples.size() - sizes[g];
        sizes[g] = triples.size();
    }

    private TextFields.Hit read(long ref) {
        return reading.groups(new long[] {ref})[0];
    }

    private static int slot(long hash, int prefix) {
        long h = (hash ^ (prefix * 0x9E3779B97F4A7C15L)) * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 32);
    }

    @Override
    public long count() {
        return count;
    }

    @Override
    public void first(long end, Comparator<Node> order, Consumer<Node[]> rows) {
        int distinct = prefixes.size();
        Prefix[] of = prefixes.nodes();
        // As before: the (year, file)s keyed in a map by their nodes, sorted stably from its order.
        Map<Prefix, Integer> byNodes = new HashMap<>();
        for (int p = 0; p < distinct; p++) {
            byNodes.put(of[p], p);
        }
        Comparator<Prefix> byOrder = Comparator.comparing(Prefix::year, order).thenComparing(Prefix::file, order);
        List<Prefix> sorted = new ArrayList<>(byNodes.keySet());
        sorted.sort(byOrder);
        long[] perPrefix = new long[distinct];
        for (int g = 0; g < size; g++) {
            perPrefix[prefixOf[g]] += sizes[g];
        }
        int[] rank = new int[distinct];
        Arrays.fill(rank, -1);
        long given = 0;
        Prefix last = null;
        int ranks = 0;
        for (Prefix p : sorted) {
            if (given >= end && (last == null || byOrder.compare(last, p) != 0)) {
                break;
            }
            int id = byNodes.get(p);
            given += perPrefix[id];
            rank[id] = ranks++;
            last = p;
        }
        // The chosen prefixes' groups, prefix by prefix in sorted order, each prefix's in the order they came.
        int[] start = new int[ranks + 1];
        for (int g = 0; g < size; g++) {
            int r = rank[prefixOf[g]];
            if (r >= 0) {
                start[r + 1]++;
            }
        }
        for (int r = 0; r < ranks; r++) {
            start[r + 1] += start[r];
        }
        int[] chosen = new int[start[ranks]];
        for (int g = 0; g < size; g++) {
            int r = rank[prefixOf[g]];
            if (r >= 0) {
                chosen[start[r]++] = g;
            }
        }
        rows(chosen, of, rows);
    }

    @Override
    public void all(Consumer<Node[]> rows) {
        // In the order the groups were listed before: by a map keyed on (year number, file number), each numbered
        // as first seen over the groups in the order they came, and each key's groups in that order.
        ByteIds fileIds = new ByteIds();
        ByteIds yearIds = new ByteIds();
        int[][] numbers = new int[prefixes.size()][];
        Map<Long, List<Integer>> byPrefix = new HashMap<>();
        for (int g = 0; g < size; g++) {
            int p = prefixOf[g];
            if (numbers[p] == null) {
                numbers[p] = prefixes.numbers(p, fileIds, yearIds);
            }
            long key = (long) numbers[p][1] << 32 | (numbers[p][0] & 0xFFFFFFFFL);
            byPrefix.computeIfAbsent(key, k -> new ArrayList<>()).add(g);
        }
        int[] all = byPrefix.values().stream().flatMap(List::stream).mapToInt(Integer::intValue).toArray();
        rows(all, prefixes.nodes(), rows);
    }

    /** The rows of {@code groups}, each with its prefix's nodes, in that order; the groups read again in one pass. */
    private void rows(int[] groups, Prefix[] prefixNodes, Consumer<Node[]> rows) {
        long[] at = new long[groups.length];
        for (int i = 0; i < at.length; i++) {
            at[i] = refs[groups[i]];
        }
        TextFields.Hit[] hits = reading.groups(at);
        for (int i = 0; i < at.length; i++) {
            int g = groups[i];
            Prefix p = prefixNodes[prefixOf[g]];
            Node text = NodeFactory.createLiteralString(hits[i].raw(TextFields.TEXT)[0].string());
            Set<Triple> triples = merged.get(g);
            if (triples == null) {
                triples = new LinkedHashSet<>();
                SearchEvidence.triples(blocks(hits[i].raw(TextFields.NAMED)), triples::add);
            }
            triples.forEach(t -> rows.accept(new Node[] {SearchPages.EVIDENCE, node(t.entity()), node(t.label()),
                node(t.type()), p.file(), p.year(), text}));
        }
    }

    /** The node of a stored link value (its prefix letter dropped). */
    private Node node(TextBytes value) {
        return nodes.computeIfAbsent(value, v -> TextFields.decode(v.string().substring(1)));
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
