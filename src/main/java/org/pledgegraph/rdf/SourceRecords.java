package org.pledgegraph.rdf;

import static org.pledgegraph.rdf.DocumentMapper.add;
import static org.pledgegraph.rdf.DocumentMapper.integer;
import static org.pledgegraph.rdf.DocumentMapper.str;

import java.util.Iterator;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.pledgegraph.convert.Conversion;
import org.pledgegraph.convert.SourceFile;

/**
 * The provenance of a document's text (PROV-O): the text itself ({@code pg:DocumentText}, the literal offsets
 * point into), its digests, and every file it was converted from ({@code pg:SourceFile}: name, media type,
 * SHA-256, size, converter and its version). The text {@code prov:hadPrimarySource} the file it was converted
 * from and {@code prov:wasDerivedFrom} every file whose conversion gave the same content.
 */
public final class SourceRecords {
    private final IriMinter iris;

    public SourceRecords(IriMinter iris) {
        this.iris = iris;
    }

    /** Adds the text and its primary file to {@code g}, the document graph of {@code stem}. */
    void addText(Graph g, String stem, Conversion c) {
        Node doc = iris.document(stem);
        Node text = iris.documentText(stem);
        add(g, doc, PG.text, text);
        add(g, text, PG.rdfType, PG.DocumentText);
        add(g, text, PG.rdfValue, str(c.text()));
        add(g, text, PG.dctFormat, str("text/plain; charset=UTF-8"));
        add(g, text, PG.sha256, str(c.textSha256()));
        add(g, text, PG.contentSha256, str(c.contentSha256()));
        add(g, text, PG.provHadPrimarySource, iris.documentFile(stem, c.file().fileName(), c.file().sha256()));
        fileRecord(stem, c.file()).find().forEachRemaining(g::add);
    }

    /** The triples recording one more file of the document {@code stem}. */
    public Graph fileRecord(String stem, SourceFile f) {
        Graph g = GraphFactory.createDefaultGraph();
        Node doc = iris.document(stem);
        Node file = iris.documentFile(stem, f.fileName(), f.sha256());
        add(g, doc, PG.file, file);
        add(g, iris.documentText(stem), PG.provWasDerivedFrom, file);
        add(g, file, PG.rdfType, PG.SourceFile);
        add(g, file, PG.fileName, str(f.fileName()));
        add(g, file, PG.dctFormat, str(f.mediaType()));
        add(g, file, PG.sha256, str(f.sha256()));
        add(g, file, PG.byteSize, integer(f.bytes()));
        add(g, file, PG.converter, str(f.converter()));
        add(g, file, PG.converterVersion, str(f.converterVersion()));
        return g;
    }

    /** The stem of a stored document whose text has this content digest, if any. Call in a transaction. */
    public Optional<String> documentWithContent(DatasetGraph dsg, String contentSha256) {
        Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, PG.contentSha256, str(contentSha256));
        while (it.hasNext()) {
            Node text = it.next().getSubject();
            Iterator<Quad> docs = dsg.find(Node.ANY, Node.ANY, PG.text, text);
            if (docs.hasNext()) {
                String stem = iris.stemOf(docs.next().getSubject());
                if (stem != null) {
                    return Optional.of(stem);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The records of files in {@code old} (the stored graph of {@code stem}) other than those of {@code fresh},
     * if the stored text has the same content: re-ingesting one of a report's files keeps the others recorded.
     */
    public Graph carried(Graph old, String stem, Conversion fresh) {
        Graph out = GraphFactory.createDefaultGraph();
        Node text = iris.documentText(stem);
        if (!old.contains(text, PG.contentSha256, str(fresh.contentSha256()))) {
            return out;
        }
        Node doc = iris.document(stem);
        Node freshFile = iris.documentFile(stem, fresh.file().fileName(), fresh.file().sha256());
        for (Triple t : old.find(doc, PG.file, Node.ANY).toList()) {
            Node file = t.getObject();
            if (file.equals(freshFile)) {
                continue;
            }
            out.add(t);
            out.add(Triple.create(text, PG.provWasDerivedFrom, file));
            old.find(file, Node.ANY, Node.ANY).forEachRemaining(out::add);
        }
        return out;
    }
}
