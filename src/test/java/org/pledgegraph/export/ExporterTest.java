package org.pledgegraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgegraph.convert.Conversion;
import org.pledgegraph.convert.Converters;
import org.pledgegraph.extract.Extractor;
import org.pledgegraph.model.DocumentMeta;
import org.pledgegraph.model.Extraction;
import org.pledgegraph.rdf.DocumentGraph;
import org.pledgegraph.rdf.IriMinter;
import org.pledgegraph.store.GraphStore;

/** A small real store written in each format: quad formats keep every statement, the others the union graph. */
class ExporterTest {
    @TempDir
    Path tmp;

    @Test
    void everyFormatWritesTheStoresStatements() {
        IriMinter iris = IriMinter.defaults();
        String text = "2023年政府工作报告\n建成云杉路和白桦大道。\n";
        Conversion c = Converters.standard().convert(text.getBytes(StandardCharsets.UTF_8), "invented-2023.txt");
        Extraction x = Extractor.rules().extract(new DocumentMeta("invented-2023.txt", "invented-2023", null, 2023, "", "", ""),
                c.text());
        DocumentGraph d = DocumentGraph.map(iris, x, c);
        try (GraphStore store = GraphStore.open(tmp.resolve("db"))) {
            store.write(() -> store.storeDocument(iris, d));
            long quads = store.read(store::quadCount);
            assertEquals(d.size(), quads);
            for (ExportFormat f : List.of(ExportFormat.nquads, ExportFormat.trig, ExportFormat.turtle, ExportFormat.ntriples)) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                long n = new Exporter(store).write(f, out);
                assertEquals(quads, n, f + ": one document graph, so union and quads agree");
                assertTrue(out.toString(StandardCharsets.UTF_8).contains("云杉路"), f.name());
            }
            ByteArrayOutputStream nq = new ByteArrayOutputStream();
            new Exporter(store).write(ExportFormat.nquads, nq);
            assertEquals(quads, nq.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).count());
        }
    }

    @Test
    void quadFormatsAreTheOnesWithGraphs() {
        assertTrue(ExportFormat.nquads.quads());
        assertTrue(ExportFormat.trig.quads());
        assertTrue(!ExportFormat.turtle.quads());
        assertEquals("nq", ExportFormat.nquads.extension());
    }
}
