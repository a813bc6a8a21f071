package org.pledgegraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

/** The government page's continuity matrix past its row cap keeps the entities named in the most years. */
class PlacePageMatrixTest {
    private static final String BASE = "http://example.org/";
    private static final Node DOC1 = NodeFactory.createURI(BASE + "doc/a-2022");
    private static final Node DOC2 = NodeFactory.createURI(BASE + "doc/a-2023");

    private static PlacePage.M m(Node doc, int year, String entity, String modality) {
        return new PlacePage.M(doc, "a-" + year + ".txt", year, NodeFactory.createURI(BASE + "id/" + entity), entity,
                "Project", modality, "", entity + "建设", "0");
    }

    private static String render(List<PlacePage.M> all, int cap) {
        TreeMap<Integer, String> docs = new TreeMap<>();
        docs.put(2022, "a");
        docs.put(2023, "b");
        StringBuilder b = new StringBuilder();
        PlacePage.matrix(b, BASE, all, docs, cap);
        return b.toString();
    }

    @Test
    void pastTheCapTheMostPersistentPromisesStayAndTheRestAreALinkAway() {
        List<PlacePage.M> all = List.of(m(DOC1, 2022, "甲工程", "Commitment"), m(DOC1, 2022, "乙工程", "Commitment"),
                m(DOC2, 2023, "乙工程", "Report"), m(DOC1, 2022, "丙工程", "Commitment"));
        String capped = render(all, 1);
        assertTrue(capped.contains("乙工程"), capped);
        assertFalse(capped.contains("甲工程") || capped.contains("丙工程"), capped);
        assertTrue(capped.contains("3 promised entities") && capped.contains("?matrix=all"), capped);
        String whole = render(all, Integer.MAX_VALUE);
        assertTrue(whole.contains("甲工程") && whole.contains("丙工程") && !whole.contains("?matrix=all"), whole);
        assertEquals(whole.indexOf("丙工程") < whole.indexOf("甲工程"), "丙工程".compareTo("甲工程") < 0, "label order");
    }
}
