package org.pledgegraph.cli;

import java.util.List;
import org.pledgegraph.rdf.OntologyFiles;
import org.pledgegraph.store.GraphStore;
import org.pledgegraph.store.ShapesValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check the store against the SHACL shapes (ontology/shapes.ttl).",
                "Prints each violation; exit 1 if there is any."})
final class ValidateCommand extends BaseCommand {
    private static final int SHOWN = 50;

    @Mixin
    StoreOptions storeOptions;

    @Override
    public Integer call() {
        try (GraphStore store = GraphStore.open(storeOptions.store)) {
            List<ShapesValidator.Violation> vs = new ShapesValidator(OntologyFiles.shapes()).validate(store);
            vs.stream().limit(SHOWN).forEach(v -> out().println(v));
            if (vs.size() > SHOWN) {
                out().printf("… and %d more%n", vs.size() - SHOWN);
            }
            out().printf(vs.isEmpty() ? "conforms: no violations%n" : "%d violation(s)%n", vs.size());
            out().flush();
            return vs.isEmpty() ? PledgeGraph.OK : PledgeGraph.FAILED;
        }
    }
}
