package org.pledgegraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;
import org.pledgegraph.extract.Extractor;

/**
 * Every real report (seeds, national and local corpora) goes through ingest's own decode → metadata → extract
 * path without an exception and without a recorded recogniser failure. No store and no mapping: writing 220
 * reports to TDB2 takes minutes (the full ingest is measured in the README), and neither can raise a failure
 * record.
 */
class CorpusExtractionTest {
    @Test
    void everyReportExtractsWithoutFailure() throws Exception {
        List<Path> files = Corpora.files();
        assertTrue(files.size() >= 200, "expected the whole corpora, found " + files.size() + " files");
        Extractor extractor = Extractor.defaults();
        Map<Path, Manifest> manifests = new HashMap<>();
        files.forEach(f -> manifests.computeIfAbsent(f.toAbsolutePath().getParent(), Manifest::of));
        // Reports are independent and the extractor is thread-safe: both cores (39 s → about 20 s on 2 cores).
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        LongAdder mentions = new LongAdder();
        files.parallelStream().forEach(f -> {
            try {
                DocumentPipeline.Extracted x = DocumentPipeline.extract(f, manifests.get(f.toAbsolutePath().getParent()),
                        extractor);
                x.extraction().failures().forEach(fail -> problems.add(fail.toString()));
                mentions.add(x.extraction().mentions().size());
            } catch (Exception | StackOverflowError e) {
                problems.add(f + ": " + e);
            }
        });
        problems.sort(null);
        assertEquals(List.of(), problems, problems.size() + " failures in " + files.size() + " reports");
        assertTrue(mentions.sum() > 50_000, "suspiciously few mentions: " + mentions.sum());
    }
}
