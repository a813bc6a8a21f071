package org.pledgegraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgegraph.convert.Conversion;
import org.pledgegraph.convert.Converters;
import org.pledgegraph.extract.Extractor;
import org.pledgegraph.model.DocumentMeta;
import org.pledgegraph.model.Extraction;
import org.pledgegraph.model.Mention;
import org.pledgegraph.model.StoredMention;
import org.pledgegraph.rdf.DocumentGraph;
import org.pledgegraph.rdf.IriMinter;

/** The one reader of stored mentions gives back what was stored, for resolution and for evaluation. */
class MentionReaderTest {
    private static final String TEXT = "2023年政府工作报告\n一、过去一年工作回顾\n建成云杉路和青枫智造产业园，地区生产总值增长6%。\n"
            + "二、今年工作安排\n推进白桦大道建设，引进青松新材料有限公司，地区生产总值增长5%以上。\n";

    @TempDir
    Path tmp;

    private static Extraction stored(GraphStore store, IriMinter iris) {
        Conversion c = Converters.standard().convert(TEXT.getBytes(StandardCharsets.UTF_8), "invented-2023.txt");
        Extraction x = Extractor.rules().extract(new DocumentMeta("invented-2023.txt", "invented-2023", null, 2023, "", "", ""),
                c.text());
        store.write(() -> store.storeDocument(iris, DocumentGraph.map(iris, x, c)));
        return x;
    }

    @Test
    void evaluationReadsEveryMentionBackAsItWasExtracted() {
        IriMinter iris = IriMinter.defaults();
        try (GraphStore store = GraphStore.open(tmp.resolve("db"))) {
            Extraction x = stored(store, iris);
            assertTrue(x.mentions().stream().anyMatch(m -> m.figure() != null), "the text states figures");
            List<Mention> expected = x.mentions().stream()
                    .map(m -> new Mention(m.type(), m.surface(), m.span(), m.sentence(), m.evidence(), m.stage(),
                            m.modality(), m.aboutYear(), m.figure(), null, null))
                    .sorted(Comparator.comparingInt(m -> m.span().begin())).toList();
            List<Mention> read = store.read(store::mentionsByDocument).get("invented-2023");
            assertEquals(expected.size(), read.size());
            for (Mention e : expected) {
                Mention r = read.stream().filter(m -> m.span().equals(e.span()) && m.type() == e.type()).findFirst()
                        .orElseThrow(() -> new AssertionError("not read back: " + e));
                assertEquals(e.surface(), r.surface());
                assertEquals(e.sentence(), r.sentence());
                assertEquals(e.evidence(), r.evidence());
                assertEquals(e.stage(), r.stage());
                assertEquals(e.modality(), r.modality());
                assertEquals(e.aboutYear(), r.aboutYear());
                if (e.figure() == null) {
                    assertEquals(null, r.figure());
                } else {
                    assertEquals(e.figure().label(), r.figure().label());
                    assertEquals(e.figure().indicator(), r.figure().indicator());
                    assertEquals(0, e.figure().value().compareTo(r.figure().value()), "stored as xsd:decimal");
                    assertEquals(e.figure().unit(), r.figure().unit());
                    assertEquals(e.figure().comparator(), r.figure().comparator());
                }
            }
            assertEquals(expected.stream().map(m -> m.span().begin()).toList(), read.stream().map(m -> m.span().begin()).toList(),
                    "in text order");
        }
    }

    @Test
    void resolutionReadsTheNamedEntitiesWithTheirDocument() {
        IriMinter iris = IriMinter.defaults();
        try (GraphStore store = GraphStore.open(tmp.resolve("db"))) {
            Extraction x = stored(store, iris);
            List<StoredMention> read = store.read(store::mentions);
            long names = x.mentions().stream().filter(m -> !m.type().isFigure()).count();
            assertEquals(names, read.size(), "figures are not resolved");
            assertFalse(read.isEmpty());
            for (StoredMention m : read) {
                assertEquals("invented-2023", m.document());
                assertEquals(2023, m.documentYear());
            }
            assertEquals(read.stream().map(StoredMention::iri).sorted().toList(), read.stream().map(StoredMention::iri).toList(),
                    "sorted by IRI");
            assertTrue(read.stream().anyMatch(m -> m.surface().equals("白桦大道")), read.toString());
        }
    }

    @Test
    void theStoreOffersWhatIngestNeedsWithoutJena() {
        IriMinter iris = IriMinter.defaults();
        try (GraphStore store = GraphStore.open(tmp.resolve("db"))) {
            stored(store, iris);
            assertEquals(java.util.Set.of("invented-2023"), store.read(store::documentStems));
            assertEquals(1L, (long) store.read(store::documentGraphCount));
            assertFalse(store.read(() -> store.isPending(iris)));
            store.write(() -> store.markPending(iris));
            assertTrue(store.read(() -> store.isPending(iris)));
            store.write(() -> store.clearPending(iris));
            assertFalse(store.read(() -> store.isPending(iris)));
            assertEquals(0L, (long) store.read(() -> store.entityCount(iris)), "nothing resolved yet");
        }
    }
}
