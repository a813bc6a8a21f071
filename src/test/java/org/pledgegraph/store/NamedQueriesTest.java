package org.pledgegraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A parameter's kind comes from its header's examples; examples of several kinds make it a string. */
class NamedQueriesTest {
    @Test
    void kindIsTheExamplesCommonKind() {
        assertEquals(NamedQuery.Kind.INTEGER, NamedQueries.param("from   (optional) year, e.g. 2022; without it, every year").kind());
        assertEquals(NamedQuery.Kind.IRI, NamedQueries.param("type (optional) class, e.g. '<https://x.org/a#B>'").kind());
        NamedQuery.Param j = NamedQueries.param("jurisdiction  (optional) the government: a code, full or short name, "
                + "e.g. 410503, 北关区 or 北关");
        assertEquals(NamedQuery.Kind.STRING, j.kind(), "a code or a name");
        assertEquals("410503", j.example());
        assertEquals(NamedQuery.Kind.STRING, NamedQueries.param("name (optional) e.g. 提升 or governments").kind());
    }

    @Test
    void everyJurisdictionParameterTakesNames() {
        for (NamedQuery q : NamedQueries.load(Path.of("queries")).all()) {
            for (NamedQuery.Param p : q.parameters()) {
                if (p.name().equals("jurisdiction")) {
                    assertEquals(NamedQuery.Kind.STRING, p.kind(), q.name());
                    QueryRunner.check(q, QueryRunner.parseParams(java.util.List.of("jurisdiction=北关区")));
                    QueryRunner.check(q, QueryRunner.parseParams(java.util.List.of("jurisdiction=410503")));
                }
            }
        }
    }
}
