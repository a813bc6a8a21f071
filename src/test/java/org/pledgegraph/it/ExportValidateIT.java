package org.pledgegraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pledgegraph.export.ExportFormat;
import org.pledgegraph.export.Exporter;
import org.pledgegraph.rdf.OntologyFiles;
import org.pledgegraph.store.GraphStore;
import org.pledgegraph.store.ShapesValidator;

class ExportValidateIT {
    @RegisterExtension
    static final SeededStoreExtension SEEDED = SeededStoreExtension.store();
    static GraphStore store;

    @BeforeAll
    static void ingest() {
        store = SEEDED.graphStore();
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void everyFormatParsesBackToTheSameStatements(ExportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long written = new Exporter(store).write(format, out);
        DatasetGraph back = DatasetGraphFactory.createTxnMem();
        RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(lang(format)).parse(back);
        // Everything but the workbench's statistics cache, which exports leave out.
        long expected = store.read(() -> (format.quads() ? store.quadCount()
                : (long) store.datasetGraph().getUnionGraph().size())
                - store.datasetGraph().getGraph(org.pledgegraph.rdf.IriMinter.defaults().statisticsGraph()).size());
        assertEquals(expected, written);
        long parsed = format.quads() ? countQuads(back) : back.getDefaultGraph().size();
        assertEquals(expected, parsed, format + " round trip");
        assertTrue(expected > 1000, "statements: " + expected);
    }

    @Test
    void jsonLdUsesTheShippedContext() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Exporter(store).write(ExportFormat.jsonld, out);
        String json = out.toString(StandardCharsets.UTF_8);
        assertTrue(json.contains("\"@context\""), "no @context");
        assertTrue(json.contains("\"pg\""), "context lacks the pg prefix");
    }

    @Test
    void seedsConformToTheShapes() {
        List<ShapesValidator.Violation> vs = new ShapesValidator(OntologyFiles.shapes()).validate(store);
        assertEquals(List.of(), vs.stream().filter(v -> v.severity().equals("Violation")).limit(5).toList());
    }

    private static long countQuads(DatasetGraph d) {
        long[] n = {0};
        d.find().forEachRemaining(q -> n[0]++);
        return n[0];
    }

    private static Lang lang(ExportFormat f) {
        return switch (f) {
            case turtle -> Lang.TURTLE;
            case jsonld -> Lang.JSONLD;
            case rdfxml -> Lang.RDFXML;
            case ntriples -> Lang.NTRIPLES;
            case nquads -> Lang.NQUADS;
            case trig -> Lang.TRIG;
        };
    }
}
