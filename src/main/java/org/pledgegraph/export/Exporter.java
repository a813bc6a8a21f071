package org.pledgegraph.export;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.WriterConfig;
import org.eclipse.rdf4j.rio.helpers.BasicWriterSettings;
import org.eclipse.rdf4j.rio.jsonld.JSONLDMode;
import org.eclipse.rdf4j.rio.jsonld.JSONLDSettings;
import org.pledgegraph.rdf.IriMinter;
import org.pledgegraph.rdf.JsonLdContext;
import org.pledgegraph.rdf.PG;
import org.pledgegraph.store.GraphStore;

/**
 * Writes the store with Rio, streaming statements in one read transaction. JSON-LD is compacted
 * with the context the project ships (ontology/context.jsonld), embedded so it resolves offline.
 * <pre>
 *   long n = new Exporter(store).write(ExportFormat.turtle, System.out);
 * </pre>
 */
public final class Exporter {
    /** Prefixes written into every format that has them. */
    public static final Map<String, String> PREFIXES = Map.of(
            "pg", PG.NS, "dct", PG.DCT, "skos", PG.SKOS, "prov", PG.PROV, "oa", PG.OA,
            "rdfs", PG.RDFS, "xsd", PG.XSD, "owl", "http://www.w3.org/2002/07/owl#",
            "pgi", "https://w3id.org/pledgegraph/indicator/", "pgind", "https://w3id.org/pledgegraph/industry/");

    /** The stored IRIs (a rebase applies only on writing), for {@link IriMinter#isStatistic}. */
    private static final IriMinter STORED = IriMinter.defaults();

    private final GraphStore store;
    private final Rebase rebase;
    private final ValueFactory vf = SimpleValueFactory.getInstance();

    public Exporter(GraphStore store) {
        this(store, null);
    }

    /** Writes the data's IRIs under another base (a release for a publisher other than w3id.org); null: as stored. */
    public Exporter(GraphStore store, Rebase rebase) {
        this.store = store;
        this.rebase = rebase;
    }

    /** Writes the store in {@code format}; returns the number of statements written. */
    public long write(ExportFormat format, OutputStream out) {
        if (format == ExportFormat.jsonld) {
            ByteArrayOutputStream expanded = new ByteArrayOutputStream();
            long n = stream(format, expanded);
            JsonLdContext.compact(expanded.toByteArray(), out);
            return n;
        }
        return stream(format, out);
    }

    private long stream(ExportFormat format, OutputStream out) {
        return store.read(() -> {
            WriterConfig config = new WriterConfig();
            config.set(BasicWriterSettings.PRETTY_PRINT, true);
            if (format == ExportFormat.jsonld) {
                config.set(JSONLDSettings.JSONLD_MODE, JSONLDMode.EXPAND);
            }
            RDFWriter w = Rio.createWriter(format.rio(), out);
            w.setWriterConfig(config);
            w.startRDF();
            PREFIXES.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> w.handleNamespace(e.getKey(), e.getValue()));
            long n = 0;
            if (format.quads()) {
                Iterator<Quad> it = store.datasetGraph().find();
                while (it.hasNext()) {
                    Quad q = it.next();
                    if (STORED.isStatistic(q.getSubject())) {
                        continue; // the workbench's cache: not released
                    }
                    w.handleStatement(vf.createStatement((Resource) value(q.getSubject()),
                            vf.createIRI(q.getPredicate().getURI()), value(q.getObject()),
                            (Resource) value(q.getGraph())));
                    n++;
                }
            } else {
                // The union graph of TDB2 yields each triple once even if several graphs hold it.
                Iterator<Triple> it = store.datasetGraph().getUnionGraph().find();
                while (it.hasNext()) {
                    Triple t = it.next();
                    if (STORED.isStatistic(t.getSubject())) {
                        continue;
                    }
                    w.handleStatement(vf.createStatement((Resource) value(t.getSubject()),
                            vf.createIRI(t.getPredicate().getURI()), value(t.getObject())));
                    n++;
                }
            }
            w.endRDF();
            return n;
        });
    }

    private Value value(Node n) {
        if (n.isURI()) {
            return vf.createIRI(rebase == null ? n.getURI() : rebase.apply(n.getURI()));
        }
        if (n.isBlank()) {
            return vf.createBNode(n.getBlankNodeLabel());
        }
        if (n.isLiteral()) {
            String lang = n.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) {
                return vf.createLiteral(n.getLiteralLexicalForm(), lang);
            }
            return vf.createLiteral(n.getLiteralLexicalForm(), vf.createIRI(n.getLiteralDatatypeURI()));
        }
        throw new IllegalArgumentException("cannot export node " + n);
    }
}
