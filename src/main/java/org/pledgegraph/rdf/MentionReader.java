package org.pledgegraph.rdf;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.pledgegraph.model.EntityType;
import org.pledgegraph.model.StoredMention;

/** Reads the named-entity mentions of every document graph back as resolver input. */
public final class MentionReader {
    private static final Query QUERY = QueryFactory.create("""
            PREFIX pg: <https://w3id.org/pledgegraph/ontology#>
            SELECT ?m ?type ?surface ?file ?year ?industry ?place ?es WHERE {
              GRAPH ?g {
                ?m a pg:Mention ; pg:mentionType ?type ; pg:surface ?surface ; pg:inDocument ?d .
                ?d pg:sourceFile ?file .
                OPTIONAL { ?m pg:aboutYear ?year }
                OPTIONAL { ?m pg:industryHint ?industry }
                OPTIONAL { ?m pg:placeHint ?place }
                OPTIONAL { ?m pg:evidenceStart ?es }
              }
            }""");

    private MentionReader() {
    }

    /** Must run inside a read or write transaction on {@code dsg}. */
    public static List<StoredMention> read(DatasetGraph dsg) {
        List<StoredMention> out = new ArrayList<>();
        try (QueryExec qe = QueryExec.dataset(dsg).query(QUERY).build()) {
            RowSet rows = qe.select();
            rows.forEachRemaining(b -> {
                String typeIri = b.get("type").getURI();
                EntityType type = EntityType.fromKey(typeIri.substring(PG.NS.length())).orElse(null);
                if (type == null || type.isFigure()) {
                    return;
                }
                Node year = b.get("year");
                Node industry = b.get("industry");
                Node place = b.get("place");
                Node es = b.get("es");
                out.add(new StoredMention(b.get("m").getURI(), type, b.get("surface").getLiteralLexicalForm(),
                        stem(b.get("file").getLiteralLexicalForm()),
                        year == null ? null : Integer.valueOf(year.getLiteralLexicalForm()),
                        industry == null ? null : industry.getURI().substring(industry.getURI().lastIndexOf('/') + 1),
                        place == null ? null : place.getLiteralLexicalForm(),
                        es == null ? -1 : Integer.parseInt(es.getLiteralLexicalForm())));
            });
        }
        return out;
    }

    private static String stem(String file) {
        return org.pledgegraph.model.DocumentMeta.stemOf(file);
    }
}
