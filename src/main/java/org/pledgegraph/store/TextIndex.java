package org.pledgegraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.Context;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.store.FSDirectory;
import org.pledgegraph.model.PledgeGraphException;

/**
 * The full-text index of the store: jena-text's Lucene index in {@code STORE/text-index}, read by SPARQL's
 * {@code text:query} (here, through Fuseki and in the named query {@code search}).
 *
 * <p>Field {@code name}: rdfs:label and skos:altLabel of every subject; field {@code sentence}: pg:evidence of
 * every mention. Both through Lucene's CJKAnalyzer (overlapping bigrams of Han characters), so a quoted
 * phrase query finds a Chinese substring of two or more characters.
 *
 * <p>Why not jena-text's own DatasetGraphText wrapper, which indexes every added triple: ingest replaces the
 * entities graph wholesale (removeGraph) on every run, which that wrapper does not pass to the index, and every
 * triple would pay the listener. Instead the index is rebuilt from the store by {@link #rebuild} inside ingest's
 * write transaction (after resolution), and handed to queries through the dataset's context, which is where
 * {@code text:query} looks first.
 */
public final class TextIndex implements AutoCloseable {
    /** Folder of the index inside the store folder. */
    public static final String FOLDER = "text-index";
    static final String NAME_FIELD = "name";
    static final String SENTENCE_FIELD = "sentence";
    private static final Node RDFS_LABEL = NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label");
    private static final Node SKOS_ALT = NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#altLabel");
    private static final Node EVIDENCE = NodeFactory.createURI("https://w3id.org/pledgegraph/ontology#evidence");

    private final Path dir;
    private final Lucene index;

    private TextIndex(Path dir, Lucene index) {
        this.dir = dir;
        this.index = index;
    }

    /** Opens (creating if needed) the index of the store in {@code storeDir} and registers it in {@code context}. */
    static TextIndex open(Path storeDir, Context context) {
        TextQuery.init();
        Path dir = storeDir.resolve(FOLDER);
        EntityDefinition def = new EntityDefinition("uri", NAME_FIELD, RDFS_LABEL);
        def.set(NAME_FIELD, SKOS_ALT);
        def.set(SENTENCE_FIELD, EVIDENCE);
        TextIndexConfig config = new TextIndexConfig(def);
        // Bigrams of Han characters; the same analyzer for the index and the query.
        config.setAnalyzer(new CJKAnalyzer());
        config.setQueryAnalyzer(new CJKAnalyzer());
        config.setValueStored(false);
        try {
            Files.createDirectories(dir);
            TextIndex ti = new TextIndex(dir, new Lucene(FSDirectory.open(dir), config));
            context.set(TextQuery.textIndex, ti.index);
            return ti;
        } catch (IOException | RuntimeException e) {
            throw new PledgeGraphException(dir + ": cannot open the text index: " + e.getMessage(), e);
        }
    }

    /** True if the index holds no document (new, or made before the index existed). */
    boolean isEmpty() {
        try (var reader = org.apache.lucene.index.DirectoryReader.open(index.getDirectory())) {
            return reader.numDocs() == 0;
        } catch (org.apache.lucene.index.IndexNotFoundException e) {
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Replaces the whole index by the names and sentences now in {@code dsg} (call inside a transaction; in a
     * write transaction it sees that transaction's changes). Returns the number of indexed values.
     */
    public long rebuild(DatasetGraph dsg) {
        long n = 0;
        try {
            index.getIndexWriter().deleteAll();
            // One Lucene document per distinct (subject, field, text): a union default graph would repeat them.
            Set<String> seen = new HashSet<>();
            for (Node p : new Node[] {RDFS_LABEL, SKOS_ALT, EVIDENCE}) {
                String field = p.equals(EVIDENCE) ? SENTENCE_FIELD : NAME_FIELD;
                var it = dsg.find(Node.ANY, Node.ANY, p, Node.ANY);
                while (it.hasNext()) {
                    Quad q = it.next();
                    Node s = q.getSubject();
                    Node o = q.getObject();
                    if (!s.isURI() || !o.isLiteral()) {
                        continue;
                    }
                    String text = o.getLiteralLexicalForm();
                    if (!seen.add(s.getURI() + '\u0000' + field + '\u0000' + text)) {
                        continue;
                    }
                    Entity e = new Entity(s.getURI(), null);
                    e.put(field, text);
                    index.getIndexWriter().addDocument(index.document(e));
                    n++;
                }
            }
            index.commit();
            return n;
        } catch (IOException e) {
            index.rollback();
            throw new PledgeGraphException(dir + ": cannot write the text index: " + e.getMessage(), e);
        }
    }

    /** jena-text's index, with its document layout (entity IRI, value field) open to {@link #rebuild}. */
    private static final class Lucene extends TextIndexLucene {
        Lucene(org.apache.lucene.store.Directory dir, TextIndexConfig config) {
            super(dir, config);
        }

        // addEntity would log every call at INFO; this is the same document without the log line.
        org.apache.lucene.document.Document document(Entity e) {
            return doc(e);
        }
    }

    @Override
    public void close() {
        index.close();
    }
}
