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
            String text = QueryBench.boundText(q, java.util.Map.of("name", "示例项目", "from", "2022", "to", "2024",
                    "year", "2022", "phrase", "产业"));
            assertDoesNotThrow(() -> QueryFactory.create(text), q.name());
        }
    }
}
