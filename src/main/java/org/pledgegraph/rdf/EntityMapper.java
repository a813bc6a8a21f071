package org.pledgegraph.rdf;

import static org.pledgegraph.rdf.DocumentMapper.add;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.pledgegraph.resolve.ResolvedEntity;

/** Maps resolved entities to the triples of the entities graph. */
public final class EntityMapper {
    private final IriMinter iris;

    public EntityMapper(IriMinter iris) {
        this.iris = iris;
    }

    public Graph map(List<ResolvedEntity> entities) {
        Graph g = GraphFactory.createDefaultGraph();
        for (ResolvedEntity e : entities) {
            Node node = iris.entity(e.type(), e.key());
            add(g, node, PG.rdfType, PG.type(e.type()));
            add(g, node, PG.rdfsLabel, zh(e.label()));
            for (String alt : e.altLabels()) {
                add(g, node, PG.skosAltLabel, zh(alt));
            }
            for (String industry : e.industries()) {
                add(g, node, PG.industry, PG.industryConcept(industry));
            }
            for (String place : e.places()) {
                Node p = iris.place(place);
                add(g, p, PG.rdfType, PG.Place);
                add(g, p, PG.rdfsLabel, zh(place));
                add(g, node, PG.locatedIn, p);
            }
            if (e.partOfKey() != null) {
                Node whole = iris.entity(e.type(), e.partOfKey());
                add(g, node, PG.partOf, whole);
                add(g, whole, PG.hasPart, node);
            }
            for (String mention : e.mentions()) {
                add(g, NodeFactory.createURI(mention), PG.mentions, node);
            }
        }
        return g;
    }

    private static Node zh(String s) {
        return NodeFactory.createLiteralLang(s, "zh");
    }
}
