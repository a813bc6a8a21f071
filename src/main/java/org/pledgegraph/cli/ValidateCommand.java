package org.pledgegraph.cli;

import java.util.List;
import org.pledgegraph.rdf.OntologyFiles;
import org.pledgegraph.store.GraphStore;
import org.pledgegraph.store.ShapesValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check the store against the SHACL shapes (ontology/shapes.ttl).",
                "Prints each violation; exit 1 if there is any. Warnings are counted, listed with --warnings."})
final class ValidateCommand extends BaseCommand {
    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--warnings", description = "Also list warnings (e.g. a name that spans a line break).")
    boolean warnings;

    @Option(names = "--max-listed", defaultValue = "50", description = "Results listed at most (default: ${DEFAULT-VALUE}).")
    int maxListed;

    @Override
    public Integer call() {
        try (GraphStore store = openStore(storeOptions.store)) {
            List<ShapesValidator.Violation> all = new ShapesValidator(OntologyFiles.shapes()).validate(store);
            List<ShapesValidator.Violation> violations = all.stream().filter(v -> v.severity().equals("Violation")).toList();
            long warningCount = all.size() - violations.size();
            List<ShapesValidator.Violation> shown = warnings ? all : violations;
            shown.stream().limit(maxListed).forEach(v -> out().println(v));
            if (shown.size() > maxListed) {
                out().printf("… and %d more%n", shown.size() - maxListed);
            }
            out().printf("%s; %d warning(s)%n",
                    violations.isEmpty() ? "conforms: no violations" : violations.size() + " violation(s)", warningCount);
            out().flush();
            return violations.isEmpty() ? PledgeGraph.OK : PledgeGraph.FAILED;
        }
    }
}
