package org.pledgegraph.store;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.pledgegraph.model.Comparison;
import org.pledgegraph.model.DocumentMeta;
import org.pledgegraph.model.EntityType;
import org.pledgegraph.model.Figure;
import org.pledgegraph.model.Mention;
import org.pledgegraph.model.Modality;
import org.pledgegraph.model.Span;
import org.pledgegraph.model.Stage;
import org.pledgegraph.rdf.PG;

/** Reads every stored mention back as a {@link Mention} record, grouped by document stem (for eval). */
public final class StoredMentions {
    private static final Query QUERY = QueryFactory.create("""
            PREFIX pg: <https://w3id.org/pledgegraph/ontology#>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            SELECT * WHERE {
              GRAPH ?g {
                ?m a pg:Mention ; pg:mentionType ?type ; pg:surface ?surface ; pg:inDocument ?d ;
                   pg:evidence ?evidence ; pg:evidenceStart ?es ; pg:evidenceEnd ?ee ; pg:modality ?modality ;
                   oa:hasTarget/oa:hasSelector ?sel .
                ?sel a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
                ?d pg:sourceFile ?file .
                OPTIONAL { ?m pg:stage ?stage }
                OPTIONAL { ?m pg:aboutYear ?year }
                OPTIONAL { ?m pg:mentions ?fig . ?fig pg:value ?value ; pg:comparator ?cmp ; pg:indicatorLabel ?label .
                           OPTIONAL { ?fig pg:unit ?unit } OPTIONAL { ?fig pg:indicator ?indicator } }
              }
            }""");

    private StoredMentions() {
    }

    /** Call inside a read transaction. */
    public static Map<String, List<Mention>> byDocument(DatasetGraph dsg) {
        Map<String, List<Mention>> out = new TreeMap<>();
        try (QueryExec qe = QueryExec.dataset(dsg).query(QUERY).build()) {
            qe.select().forEachRemaining(b -> {
                Mention m = mention(b);
                if (m != null) {
                    out.computeIfAbsent(DocumentMeta.stemOf(lex(b, "file")), k -> new ArrayList<>()).add(m);
                }
            });
        }
        out.values().forEach(l -> l.sort(java.util.Comparator.comparingInt(m -> m.span().begin())));
        return out;
    }

    private static Mention mention(Binding b) {
        EntityType type = EntityType.fromKey(PG.localName(b.get("type"))).orElse(null);
        if (type == null || type.isFigure() != (b.get("value") != null)) {
            return null;
        }
        Figure figure = null;
        if (type.isFigure()) {
            String comparator = PG.localName(b.get("cmp"));
            Comparison cmp = java.util.Arrays.stream(Comparison.values())
                    .filter(c -> c.localName().equals(comparator)).findFirst().orElse(Comparison.EXACTLY);
            Node ind = b.get("indicator");
            figure = new Figure(lex(b, "label"), ind == null ? null : ind.getURI().substring(ind.getURI().lastIndexOf('/') + 1),
                    new BigDecimal(lex(b, "value")), b.get("unit") == null ? "" : lex(b, "unit"), cmp);
        }
        Node stage = b.get("stage");
        Node year = b.get("year");
        return new Mention(type, lex(b, "surface"),
                new Span(Integer.parseInt(lex(b, "start")), Integer.parseInt(lex(b, "end"))),
                new Span(Integer.parseInt(lex(b, "es")), Integer.parseInt(lex(b, "ee"))),
                lex(b, "evidence"),
                stage == null ? null : Stage.fromKey(PG.localName(stage)).orElse(null),
                Modality.fromKey(PG.localName(b.get("modality"))).orElse(Modality.REFERENCE),
                year == null ? null : Integer.valueOf(year.getLiteralLexicalForm()),
                figure, null, null);
    }

    private static String lex(Binding b, String var) {
        return b.get(var).getLiteralLexicalForm();
    }

}
