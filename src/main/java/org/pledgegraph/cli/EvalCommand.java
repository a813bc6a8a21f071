package org.pledgegraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.pledgegraph.eval.EvalReport;
import org.pledgegraph.eval.GoldDocument;
import org.pledgegraph.eval.GoldReader;
import org.pledgegraph.eval.GoldSet;
import org.pledgegraph.eval.StoreEvaluation;
import org.pledgegraph.store.GraphStore;
import org.pledgegraph.store.NamedQueries;
import org.pledgegraph.store.NamedQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score the store's mentions against gold TSVs: precision, recall, F1.",
                "Gold format: ../shared/gold/FORMAT.md (subfolders are read too). Scores entities (lenient and strict)",
                "and figures; type, stage, modality and year accuracy; overall, per government, per set of the split",
                "(split.tsv in the gold folder) and per document; the named query 'reappear' against each",
                "*-reappear.tsv; then the misses and false positives of each document and pair.",
                "Documents must be ingested first, e.g. ./pledgegraph ingest seeds/ src/test/resources/corpus"})
final class EvalCommand extends BaseCommand {
    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Folder of gold TSVs (one per document stem).")
    Path gold;

    @Option(names = "--max-listed", defaultValue = "40", description = "Misses and false positives listed per document (default: ${DEFAULT-VALUE}).")
    int maxListed;

    @Option(names = "--tsv", description = "Print the machine-readable summary instead of the report.")
    boolean tsv;

    @Option(names = "--queries", paramLabel = "DIR", defaultValue = "queries",
            description = "Folder of named queries, for 'reappear' (default: ${DEFAULT-VALUE}).")
    Path queriesDir;

    @Override
    public Integer call() {
        GoldSet set = GoldReader.readSet(gold);
        NamedQuery reappear = null;
        if (!set.reappear().isEmpty()) {
            if (Files.isRegularFile(queriesDir.resolve("reappear.rq"))) {
                reappear = NamedQueries.load(queriesDir).get("reappear");
            } else {
                err().println("warning: " + queriesDir.resolve("reappear.rq") + " not found: continuity pairs not scored");
            }
        }
        try (GraphStore store = openStore(storeOptions.store)) {
            EvalReport report = StoreEvaluation.evaluate(store, set, reappear);
            Set<String> stored = StoreEvaluation.storedStems(store);
            List<String> missing = set.documents().stream().map(GoldDocument::stem).filter(s -> !stored.contains(s)).toList();
            if (!missing.isEmpty()) {
                err().println("warning: not in the store (scored as empty): " + String.join(", ", missing));
            }
            out().print(tsv ? report.toTsv() : report.format(maxListed));
            out().flush();
        }
        return PledgeGraph.OK;
    }
}
