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

    /** The page shows {@link PlacePage#MATRIX_ROWS} rows and links the rest; {@code ?matrix=all} shows every row. */
    @Test
    void thePageShowsTheFirstRowsAndMatrixAllShowsEveryRow() {
        List<PlacePage.M> all = new java.util.ArrayList<>();
        for (int i = 0; i <= PlacePage.MATRIX_ROWS; i++) {
            all.add(m(DOC1, 2022, "工程" + i, "Commitment"));
        }
        all.add(m(DOC2, 2023, "工程7", "Report"));
        var dsg = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
        Node place = NodeFactory.createURI(BASE + "id/place/000001");
        String page = dsg.calculateRead(() -> PlacePage.render(dsg, BASE, place, "某市", all, null, null, false));
        String whole = dsg.calculateRead(() -> PlacePage.render(dsg, BASE, place, "某市", all, null, null, true));
        int rows = PlacePage.MATRIX_ROWS + 1;
        assertTrue(page.contains(rows + " promised entities") && page.contains("Showing the " + PlacePage.MATRIX_ROWS)
                && page.contains("?matrix=all#matrix"), "a link to the rest");
        assertEquals(PlacePage.MATRIX_ROWS, count(page, "<tr><th><a"), "rows shown");
        assertTrue(page.contains(">工程7<"), "the entity named in two years stays");
        assertEquals(rows, count(whole, "<tr><th><a"), "every row");
        assertFalse(whole.contains("?matrix=all"), "nothing left to link");
    }

    private static int count(String page, String what) {
        String matrix = page.substring(page.indexOf("id=\"matrix-table\""));
        int n = 0;
        for (int i = matrix.indexOf(what); i >= 0; i = matrix.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
