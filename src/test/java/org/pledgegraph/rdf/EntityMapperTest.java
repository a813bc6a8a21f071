package org.pledgegraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.Test;
import org.pledgegraph.model.EntityType;
import org.pledgegraph.resolve.Decision;
import org.pledgegraph.resolve.EntityRef;
import org.pledgegraph.resolve.Resolution;

/** The entities graph's decision nodes: one per key, each with the one score and outcome the shapes allow. */
class EntityMapperTest {
    private static final String M = IriMinter.DEFAULT_BASE + "id/mention/";

    @Test
    void oneDecisionNodeForTwoGovernmentsDecidingTheSamePairKeepsTheHighestScoreAndEveryMention() {
        EntityRef zone = new EntityRef(EntityType.PARK, "星河示范区");
        // the same two names, decided under a province (0.8) and under a district of the city they name (0.9)
        Decision province = new Decision("drop-place-prefix", Decision.Outcome.MERGED, null, 0.8, zone, zone,
                "星河示范区", "白鹭星河示范区", List.of(M + "a-1-6", M + "a-9-16"));
        Decision district = new Decision("drop-place-prefix", Decision.Outcome.MERGED, null, 0.9, zone, zone,
                "星河示范区", "白鹭星河示范区", List.of(M + "b-3-8", M + "a-1-6"));
        Graph g = new EntityMapper(IriMinter.defaults()).map(
                new Resolution(List.of(), List.of(), List.of(province, district)), List.of());

        List<Node> decisions = g.find(Node.ANY, PG.rdfType, PG.ResolutionDecision).mapWith(Triple::getSubject).toList();
        assertEquals(1, decisions.size());
        Node d = decisions.get(0);
        List<Node> scores = g.find(d, PG.score, Node.ANY).mapWith(Triple::getObject).toList();
        assertEquals(1, scores.size(), "the shapes allow one pg:score");
        assertEquals("0.9", scores.get(0).getLiteralLexicalForm());
        assertEquals(1, g.find(d, PG.outcome, Node.ANY).toList().size());
        assertEquals(3, g.find(d, PG.involvesMention, Node.ANY).toList().size());
        assertEquals(3, ((Number) g.find(d, PG.mentionCount, Node.ANY).next().getObject().getLiteralValue()).intValue());
    }
}
