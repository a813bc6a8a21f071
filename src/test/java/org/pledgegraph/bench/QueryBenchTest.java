package org.pledgegraph.bench;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import java.nio.file.Path;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.pledgegraph.store.NamedQueries;
import org.pledgegraph.store.NamedQuery;

class QueryBenchTest {
    @Test
    void everyNamedQueryIsSentOverHttpAsSparqlThatParses() {
        for (NamedQuery q : NamedQueries.load(Path.of("queries")).all()) {
            String text = QueryBench.boundText(q);
            assertDoesNotThrow(() -> QueryFactory.create(text), q.name());
        }
    }
}
