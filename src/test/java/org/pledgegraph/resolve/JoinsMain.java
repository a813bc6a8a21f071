package org.pledgegraph.resolve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.pledgegraph.extract.Extractor;
import org.pledgegraph.model.StoredMention;
import org.pledgegraph.store.GraphStore;

/**
 * Dev tool: every join (and, with {@code --refused}, every refusal) that the named rules make over the
 * mentions of a stored store, re-resolved in-process: {@code JoinsMain STORE RULE...}. Ingest only dev
 * governments' reports into STORE (the split's held-out reports must not be listed).
 */
public final class JoinsMain {
    private JoinsMain() {
    }

    public static void main(String[] args) throws Exception {
        List<StoredMention> mentions;
        try (GraphStore store = GraphStore.open(Path.of(args[0]))) {
            mentions = store.read(store::mentions);
        }
        boolean refused = List.of(args).contains("--refused");
        Set<String> rules = Set.copyOf(List.of(args).subList(1, args.length));
        Path cur = Path.of("seeds/curation.tsv");
        Resolution r = new Resolver(Extractor.defaults().places())
                .resolve(mentions, Files.exists(cur) ? Curation.read(cur) : Curation.NONE);
        java.util.Map<String, StoredMention> byIri = new java.util.HashMap<>();
        mentions.forEach(m -> byIri.put(m.iri(), m));
        for (Decision d : r.decisions()) {
            String rule = d.rule().substring(d.rule().indexOf(':') + 1);
            boolean kept = d.outcome() == Decision.Outcome.KEPT_APART;
            if (rules.contains(rule) && (!kept || refused)) {
                java.util.TreeSet<String> docs = new java.util.TreeSet<>();
                d.mentions().forEach(i -> {
                    String doc = byIri.get(i).document();
                    docs.add(doc.substring(doc.lastIndexOf('/') + 1).replace(".txt", ""));
                });
                System.out.println(d.rule() + "\t" + d.outcome() + "\t" + d.left().type().key() + "\t" + d.leftName()
                        + "\t" + d.rightName() + "\t" + d.score() + "\t" + String.join(",", docs));
            }
        }
    }
}
