package org.pledgegraph.store;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.lucene.util.BytesRef;
import org.pledgegraph.store.SearchEvidence.Prefix;

/**
 * The distinct (file, year)s of the sentence groups {@link SearchGroups} counts, numbered by the bytes of a group's
 * file and year fields together (one look-up a group; each distinct one copied once), and what the pages need of them:
 * their nodes, and their file and year numbered apart for the order {@link SearchEvidence} listed groups in.
 */
final class GroupPrefixes {
    private final ByteIds ids = new ByteIds();

    /**
     * The number of a (file, year): the bytes of both fields (each with its count). A group is written with at most
     * one file and one year ({@link SentenceGroups}), so equal bytes are equal values, and no value is told from an
     * empty one by its count.
     */
    int id(BytesRef fileAndYear) {
        byte[] b = fileAndYear.bytes;
        int[] at = {fileAndYear.offset};
        for (int f = 0; f < 2; f++) {
            int n = TextFields.readInt(b, at);
            if (n > 1) {
                throw new IllegalStateException("a sentence group has at most one file and one year, not " + n);
            }
            if (n == 1) {
                int len = TextFields.readInt(b, at);
                at[0] += len;
            }
        }
        return ids.id(b, fileAndYear.offset, at[0]);
    }

    int size() {
        return ids.size();
    }

    /** The (file, year) numbers of prefix {@code p} in {@code files} and {@code years} (-1: none). */
    int[] numbers(int p, ByteIds files, ByteIds years) {
        byte[] b = ids.value(p).bytes();
        int[] span = firstValues(p);
        return new int[] {
            span[0] < 0 ? -1 : files.id(b, span[0], span[0] + span[1]),
            span[2] < 0 ? -1 : years.id(b, span[2], span[2] + span[3])};
    }

    /** Each (file, year) number's nodes. */
    Prefix[] nodes() {
        Prefix[] out = new Prefix[ids.size()];
        Map<String, Node> fileNodes = new HashMap<>();
        Map<String, Node> yearNodes = new HashMap<>();
        for (int p = 0; p < out.length; p++) {
            byte[] b = ids.value(p).bytes();
            int[] span = firstValues(p);
            String[] first = new String[2];
            for (int f = 0; f < 2; f++) {
                if (span[2 * f] >= 0) {
                    first[f] = new String(b, span[2 * f], span[2 * f + 1], StandardCharsets.UTF_8);
                }
            }
            Node file = first[0] == null ? null : fileNodes.computeIfAbsent(first[0], NodeFactory::createLiteralString);
            Node year = first[1] == null ? null : yearNodes.computeIfAbsent(first[1],
                    y -> NodeFactory.createLiteralDT(y, XSDDatatype.XSDinteger));
            out[p] = new Prefix(year, file);
        }
        return out;
    }

    /**
     * Where the first value of prefix {@code p}'s file field and of its year field lie in its bytes: {from, length}
     * of each, in that order (from -1: the field is empty).
     */
    private int[] firstValues(int p) {
        TextBytes key = ids.value(p);
        byte[] b = key.bytes();
        int[] at = {key.from()};
        int[] out = {-1, 0, -1, 0};
        for (int f = 0; f < 2; f++) {
            int n = TextFields.readInt(b, at);
            for (int k = 0; k < n; k++) {
                int len = TextFields.readInt(b, at);
                if (k == 0) {
                    out[2 * f] = at[0];
                    out[2 * f + 1] = len;
                }
                at[0] += len;
            }
        }
        return out;
    }
}
