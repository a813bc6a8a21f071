package org.pledgegraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.pledgegraph.eval.EvalReport;
import org.pledgegraph.eval.GoldDocument;
import org.pledgegraph.eval.GoldReader;
import org.pledgegraph.eval.Scorer;
import org.pledgegraph.model.Mention;
import org.pledgegraph.rdf.StoredMentions;
import org.pledgegraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score the store's mentions against gold TSVs: precision, recall, F1.",
                "Gold format: ../shared/gold/FORMAT.md. Scores entities (lenient and strict) and figures; type, stage and",
                "modality accuracy; then the misses and false positives of each document.",
                "Documents must be ingested first, e.g. ./pledgegraph ingest seeds/"})
final class EvalCommand extends BaseCommand {
    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Folder of gold TSVs (one per document stem).")
    Path gold;

    @Option(names = "--max-listed", defaultValue = "40", description = "Misses and false positives listed per document (default: ${DEFAULT-VALUE}).")
    int maxListed;

    @Option(names = "--tsv", description = "Print the machine-readable summary instead of the report.")
    boolean tsv;

    @Override
    public Integer call() {
        List<GoldDocument> docs = GoldReader.read(gold);
        try (GraphStore store = openStore(storeOptions.store)) {
            Map<String, List<Mention>> predicted = store.read(() -> StoredMentions.byDocument(store.datasetGraph()));
            List<String> missing = docs.stream().map(GoldDocument::stem).filter(s -> !predicted.containsKey(s)).toList();
            if (!missing.isEmpty()) {
                err().println("warning: not in the store (scored as empty): " + String.join(", ", missing));
            }
            EvalReport report = Scorer.score(docs, predicted);
            out().print(tsv ? report.toTsv() : report.format(maxListed));
            out().flush();
        }
        return PledgeGraph.OK;
    }
}
