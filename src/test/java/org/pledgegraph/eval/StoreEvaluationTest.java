package org.pledgegraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgegraph.ingest.Ingest;
import org.pledgegraph.ingest.IngestListener;
import org.pledgegraph.store.GraphStore;
import org.pledgegraph.store.NamedQueries;

/** The store is scored end to end: a real TDB2 store, the real extractor and the named query reappear. */
class StoreEvaluationTest {
    private static final String HEADER = "type\tname\taliases\tstage\tmodality\tyear\tevidence\n";

    @Test
    void scoresDocumentsPerGovernmentAndThePairWithTheReappearQuery(@TempDir Path tmp) throws IOException {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        // Invented reports of an invented city, and of a second one naming the same park (not its promise).
        Files.writeString(docs.resolve("linjiang-2024.txt"), "临江市政府工作报告\n今年要加快推进临江科技产业园建设，启动东湖大道建设。\n");
        Files.writeString(docs.resolve("linjiang-2025.txt"), "临江市政府工作报告\n过去一年，临江科技产业园建成投用。\n");
        Files.writeString(docs.resolve("shanhe-2025.txt"), "山河县政府工作报告\n过去一年，临江科技产业园建成投用。\n");
        Files.writeString(docs.resolve("manifest.tsv"), "file\tissued\tyear\tjurisdiction\n"
                + "linjiang-2024.txt\t\t2024\t临江市\nlinjiang-2025.txt\t\t2025\t临江市\nshanhe-2025.txt\t\t2025\t山河县\n");
        Path gold = Files.createDirectories(tmp.resolve("gold/local"));
        Files.writeString(gold.resolve("linjiang-2024.tsv"), HEADER
                + "park\t临江科技产业园\t\tunder_construction\tcommitment\t2024\t加快推进临江科技产业园建设\n");
        Files.writeString(gold.resolve("linjiang-2025.tsv"), HEADER
                + "park\t临江科技产业园\t\tcompleted\treport\t2024\t临江科技产业园建成投用\n");
        Files.writeString(gold.resolve("linjiang-2024-2025-reappear.tsv"),
                "canonical\tmention_first\tmention_second\tstrict\tnote\n"
                + "临江科技产业园\tlinjiang-2024:临江科技产业园\tlinjiang-2025:临江科技产业园\tyes\t\n"
                + "东湖大道\tlinjiang-2024:东湖大道\tlinjiang-2025:东湖大道\tyes\tinvented miss\n");
        Files.writeString(tmp.resolve("gold/split.tsv"), "key\tset\tnote\n白山市临江市\theld-out\t\n");

        try (GraphStore store = GraphStore.open(tmp.resolve("tdb2"))) {
            Ingest.create(store).run(List.of(docs), IngestListener.NONE);
            EvalReport r = StoreEvaluation.evaluate(store, GoldReader.readSet(tmp.resolve("gold")),
                    NamedQueries.load(Path.of("queries")).get("reappear"));
            assertEquals(List.of("白山市临江市"), r.byGovernment().stream().map(GroupScore::name).toList());
            assertEquals("held-out", r.setOf("linjiang-2025"));
            assertEquals(2, r.total().entities().found(), r.format());
            ReappearScore pair = r.reappear().get(0);
            // The park comes back once (shanhe's mention is another government's); the road is not named again.
            assertEquals("P=1/1 R=1/2", pair.score().toString(), r.format());
            assertEquals("1/2", pair.strictRecall().toString());
            assertTrue(r.toTsv().contains("\nlinjiang-2024-2025\theld-out\t1.000\t0.500\t0.667\t0.500\t"), r.toTsv());
        }
    }
}
