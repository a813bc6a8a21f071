package org.pledgegraph.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;

/**
 * One extra document per sentence group of the text index: the sentence documents of one graph with the same text,
 * file and year (the mentions of one sentence). A search for a phrase needs the number of distinct (entity, label,
 * type) rows per (text, file, year) over every matching sentence; a common phrase matches ~55 k sentence documents at
 * 1,045 documents and counting their rows hit by hit was most of {@code search}'s time (profiled, perf16). The group
 * document holds the text (analysed like a sentence, so the same phrase query finds it), the group's rows counted when
 * it is written ({@link #ROWS}), its number of sentence documents ({@link #MEMBERS}: a search over its hit limit
 * takes the ranked path) and what each member's mention names ({@link #HIT}, in {@link TextFields.Hit}'s format: the
 * page's rows are made from it), and for counting without reading that: its text's hash ({@link #HASH}) and its file and
 * year ({@link #PREFIX}).
 *
 * <p>Written with the graph's sentences ({@link TextIndex#replaceGraph}, {@link TextIndex#rebuild}), deleted with
 * them (it carries the graph), and rewritten by {@link SentenceLinks} whenever a member's links change, so it is
 * always the count of its members as they are in the same uncommitted write.
 */
final class SentenceGroups {
    /** Analysed, not stored: the group's text, searched as {@link TextIndex#SENTENCE_FIELD} is. */
    static final String TEXT = "pgGroupText";
    /** Indexed, not stored: on each member sentence, its group's key (to find the members of a group). */
    static final String MEMBER = "pgGroup";
    /** Indexed, not stored: on the group document only, its key (to replace it). */
    static final String KEY = "pgGroupKey";
    /** Numeric doc value: the group's distinct (entity, label, type) rows. */
    static final String ROWS = "pgGroupRows";
    /** Numeric doc value: the group's sentence documents. */
    static final String MEMBERS = "pgGroupMembers";
    /**
     * Numeric doc value: {@link TextBytes#hash64} of the text's UTF-8 bytes. With {@link #PREFIX} it is all a search
     * reads of a group it only counts: reading the whole {@link #HIT} (~530 bytes) of each of ~22 k matching groups
     * was half of a common phrase's time (profiled, session 25). Part of the layout: the hash function may not change
     * without a new layout name.
     */
    static final String HASH = "pgGroupTextHash";
    /**
     * Sorted doc value: the group's file and year fields as {@link #HIT} holds them (each its value count, then the
     * value), so a segment's ordinal names one (file, year) exactly.
     */
    static final String PREFIX = "pgGroupPrefix";
    /** Binary doc value: text, file, year and the members' link blocks ({@link TextFields.Hit}'s format). */
    static final String HIT = "pgGroupHit";
    /** The hit fields a group document stores; NAMED holds blocks (each an entity, its types, its labels). */
    static final List<String> FIELDS = List.of(TextFields.TEXT, TextFields.FILE, TextFields.YEAR, TextFields.NAMED);

    private SentenceGroups() {
    }

    /** The key of a group: its graph, text, file and year (a digest: terms have a length limit, sentences not). */
    static String key(String graph, String text, String file, String year) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            for (String s : new String[] {graph, text, file, year}) {
                d.update(s == null ? new byte[] {1} : (s + '\u0000').getBytes(StandardCharsets.UTF_8));
            }
            return Base64.getEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(d.digest(), 18));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The group of a sentence document of graph {@code graph} (its stored text, file and year). */
    static Id of(String graph, Document sentence) {
        return new Id(graph, sentence.get(TextFields.TEXT), sentence.get(TextFields.FILE), sentence.get(TextFields.YEAR));
    }

    /** What a group is keyed by (file and year null when the sentence has none). */
    record Id(String graph, String text, String file, String year) {
        String key() {
            return SentenceGroups.key(graph, text, file, year);
        }
    }

    /** Marks {@code sentence} (complete but for this) as a member of its group; returns the group. */
    static Id addMember(Document sentence, String graph) {
        Id id = of(graph, sentence);
        sentence.add(new StringField(MEMBER, id.key(), Field.Store.NO));
        return id;
    }

    /**
     * The blocks of one sentence's link values ({@link TextFields#NAMED}): per entity, the entity, then its distinct
     * types and labels merged over the links that name it in that sentence ({@link TextFields#merged}, as a search's
     * hits are merged).
     */
    static List<List<String>> blocks(String[] named) {
        Map<String, List<Set<String>>> byEntity = TextFields.merged(named, v -> v);
        List<List<String>> out = new ArrayList<>(byEntity.size());
        byEntity.forEach((e, s) -> {
            List<String> b = new ArrayList<>(1 + s.get(0).size() + s.get(1).size());
            b.add(e);
            b.addAll(s.get(0));
            b.addAll(s.get(1));
            out.add(b);
        });
        return out;
    }

    /** The members of one group as they are added: their distinct link blocks and their number. */
    static final class Members {
        private final Set<List<String>> blocks = new LinkedHashSet<>();
        private int count;

        void add(String[] named) {
            count++;
            blocks.addAll(blocks(named));
        }
    }

    /** Groups collected while sentences are added, written as documents at the end. */
    static final class Builder {
        private final Map<Id, Members> groups = new LinkedHashMap<>();

        void add(Id id, String[] named) {
            groups.computeIfAbsent(id, k -> new Members()).add(named);
        }

        /** Adds one group document per group added, in the order first added. */
        void writeTo(IndexWriter writer) throws IOException {
            for (var e : groups.entrySet()) {
                writer.addDocument(document(e.getKey(), e.getValue()));
            }
        }
    }

    /** The group document of {@code id} with {@code members}. */
    static Document document(Id id, Members members) {
        Document doc = new Document();
        doc.add(new TextField(TEXT, id.text(), Field.Store.NO));
        doc.add(new StringField(TextIndex.GRAPH_FIELD, id.graph(), Field.Store.YES));
        String key = id.key();
        doc.add(new StringField(KEY, key, Field.Store.NO));
        Set<String> rows = new HashSet<>();
        List<String> named = new ArrayList<>();
        for (List<String> b : members.blocks) {
            named.addAll(b);
            for (String type : b) {
                if (type.charAt(0) != 't') {
                    continue;
                }
                for (String label : b) {
                    if (label.charAt(0) == 'l') {
                        rows.add(b.get(0) + '\u0000' + label + '\u0000' + type);
                    }
                }
            }
        }
        doc.add(new NumericDocValuesField(ROWS, rows.size()));
        doc.add(new NumericDocValuesField(MEMBERS, members.count));
        String[] none = {};
        java.util.function.Function<String, String[]> values = f -> switch (f) {
            case TextFields.TEXT -> new String[] {id.text()};
            case TextFields.FILE -> id.file() == null ? none : new String[] {id.file()};
            case TextFields.YEAR -> id.year() == null ? none : new String[] {id.year()};
            default -> named.toArray(none);
        };
        doc.add(new BinaryDocValuesField(HIT, TextFields.hitBytes(FIELDS, values)));
        byte[] text = id.text().getBytes(StandardCharsets.UTF_8);
        doc.add(new NumericDocValuesField(HASH, TextBytes.hash64(text, 0, text.length)));
        doc.add(new SortedDocValuesField(PREFIX, TextFields.hitBytes(List.of(TextFields.FILE, TextFields.YEAR), values)));
        return doc;
    }
}
