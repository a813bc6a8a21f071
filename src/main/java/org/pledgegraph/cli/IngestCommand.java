package org.pledgegraph.cli;

import java.nio.file.Path;
import java.util.List;
import org.pledgegraph.ingest.Ingest;
import org.pledgegraph.ingest.IngestListener;
import org.pledgegraph.ingest.IngestReport;
import org.pledgegraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Extract documents and store them (one named graph each, replaced on re-ingest).",
                "Entity resolution is then recomputed over all stored documents.",
                "Folders are searched for *.txt; a manifest.tsv beside the files gives dates and titles."})
final class IngestCommand extends BaseCommand {
    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--strict", description = "Refuse the whole batch if any file is refused.")
    boolean strict;

    @Option(names = "--quiet", description = "No per-document progress lines.")
    boolean quiet;

    @Option(names = "--curation", paramLabel = "FILE",
            description = "Resolution overrides (same / different / part-of pairs); default: seeds/curation.tsv if it exists.")
    Path curation;

    /** Hidden: tests use small transactions to crash an ingest between two commits. */
    @Option(names = "--batch-size", hidden = true, defaultValue = "200")
    int batchSize = Ingest.BATCH;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files or folders (default: seeds/).")
    List<Path> paths;

    @Override
    public Integer call() {
        List<Path> inputs = paths == null || paths.isEmpty() ? List.of(Path.of("seeds")) : paths;
        try (GraphStore store = openStore(storeOptions.store)) {
            IngestReport r = run(store, inputs, strict, quiet);
            return r.refused().isEmpty() ? PledgeGraph.OK : PledgeGraph.USAGE;
        }
    }

    /** Shared with {@code up}. */
    IngestReport run(GraphStore store, List<Path> inputs, boolean strictMode, boolean quietMode) {
        IngestListener progress = new IngestListener() {
            @Override
            public synchronized void extracted(Path file, int mentions, int done, int total) {
                if (!quietMode) {
                    err().printf("[%d/%d] %s: %d mentions%n", done, total, file.getFileName(), mentions);
                    err().flush();
                }
            }

            @Override
            public synchronized void committed(int documents, int total) {
                if (!quietMode) {
                    err().printf("committed %d/%d documents%n", documents, total);
                    err().flush();
                }
            }

            @Override
            public synchronized void refused(Path file, String reason) {
                err().println("refused " + reason);
                err().flush();
            }
        };
        Ingest ingest = Ingest.create(store).strict(strictMode).batchSize(batchSize);
        if (curation != null) {
            ingest = ingest.curation(curation);
        }
        IngestReport r = ingest.run(inputs, progress);
        if (strictMode && !r.refused().isEmpty()) {
            err().println("--strict: " + r.refused().size() + " file(s) refused, nothing ingested");
        }
        out().printf("ingested %d documents: %d mentions, %d triples in %.1f s; store %s now holds %d entities, %d quads%n",
                r.documents(), r.mentions(), r.triples(), r.elapsed().toMillis() / 1000.0, store.dir(),
                r.entities(), r.quads());
        if (!r.refused().isEmpty()) {
            out().printf("refused %d file(s); see the messages above%n", r.refused().size());
        }
        if (!r.failures().isEmpty()) {
            // The documents are stored; what one recogniser missed on these sentences is named, not lost silently.
            for (IngestReport.Failure f : r.failures()) {
                err().println("extraction failure " + f);
            }
            err().printf("%d extraction failure(s): those documents were stored without the failing recogniser's "
                    + "names from those sentences; each is a pg:ExtractionFailure in its document's graph%n",
                    r.failures().size());
            err().flush();
        }
        out().flush();
        return r;
    }
}
