package org.pledgegraph.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.pledgegraph.extract.CrossYearPass;
import org.pledgegraph.extract.Extractor;
import org.pledgegraph.model.DocumentMeta;
import org.pledgegraph.model.EntityType;
import org.pledgegraph.model.Mention;
import org.pledgegraph.rdf.IriMinter;
import org.pledgegraph.rdf.PG;
import org.pledgegraph.store.GraphStore;
import org.pledgegraph.text.Normalizer;

/**
 * Dev experiment, no store change: what "two weak votes" would add to an ingested store. A name that no report
 * of a government keeps but that the judge rejected with probability ≥ T in two or more of its reports
 * ({@code pg:droppedName}) is found by the {@link CrossYearPass} in every report of the government; the names new
 * to a document are scored against its gold. {@code WeakVotesSimMain STORE T...}: micro entity P/R/F1 of the
 * dev documents before and after for each T; dev additions are listed, other sets counted only with a last
 * argument {@code --all} (read once, after T is chosen on dev).
 */
public final class WeakVotesSimMain {
    private static final Pattern DROPPED = Pattern.compile("^(.+) \\((\\w+)\\): judge ([0-9.]+) < ");

    private WeakVotesSimMain() {
    }

    private record Rejected(EntityType type, double p) {
    }

    public static void main(String[] args) {
        GoldSet gold = GoldReader.readSet(Path.of("src/test/resources/gold"));
        IriMinter iris = IriMinter.defaults();
        CrossYearPass pass = Extractor.defaults().crossYear();
        try (GraphStore store = GraphStore.open(Path.of(args[0]))) {
            store.read(() -> {
                Map<String, List<Mention>> byDoc = store.mentionsByDocument();
                Map<String, Map<String, Rejected>> dropped = dropped(store, iris);
                Map<String, SortedSet<String>> govs = store.documentsByJurisdiction(iris);
                Map<String, String> government = store.governmentsByStem();
                boolean all = args[args.length - 1].equals("--all");
                for (int a = 1; a < args.length - (all ? 1 : 0); a++) {
                    double t = Double.parseDouble(args[a]);
                    run(t, gold, byDoc, dropped, govs, government, all, store, iris, pass);
                }
                return null;
            });
        }
    }

    private static void run(double t, GoldSet gold, Map<String, List<Mention>> byDoc,
                            Map<String, Map<String, Rejected>> dropped, Map<String, SortedSet<String>> govs,
                            Map<String, String> government, boolean all, GraphStore store, IriMinter iris, CrossYearPass pass) {
        Map<String, Set<String>> added = new HashMap<>();
        for (SortedSet<String> stems : govs.values()) {
            Map<String, Set<String>> keptKeys = new HashMap<>();
            stems.forEach(s -> keptKeys.put(s, keys(byDoc.getOrDefault(s, List.of()))));
            Map<String, SortedSet<String>> voters = new TreeMap<>();
            Map<String, EntityType> types = new HashMap<>();
            for (String s : stems) {
                dropped.getOrDefault(s, Map.of()).forEach((name, r) -> {
                    if (r.p() >= t && pass.carries(name)) {
                        voters.computeIfAbsent(name, k -> new TreeSet<>()).add(s);
                        types.putIfAbsent(name, r.type());
                    }
                });
            }
            voters.entrySet().removeIf(e -> e.getValue().size() < 2
                    || stems.stream().anyMatch(s -> keptKeys.get(s).contains(Names.key(e.getKey()))));
            for (String s : stems) {
                GraphStore.SiblingDocument d = store.siblingDocument(iris, s).orElse(null);
                if (d == null) {
                    continue;
                }
                Map<String, CrossYearPass.Sibling> siblings = new TreeMap<>();
                voters.forEach((name, in) -> siblings.put(name, new CrossYearPass.Sibling(types.get(name), in)));
                DocumentMeta meta = new DocumentMeta(d.file(), s, null, d.year(), "", "", "", d.jurisdiction());
                for (CrossYearPass.Added x : pass.find(meta, d.text(), d.kept(), siblings)) {
                    String key = Names.key(x.mention().surface());
                    if (!keptKeys.get(s).contains(key)) {
                        added.computeIfAbsent(s, k -> new TreeSet<>()).add(key);
                    }
                }
            }
        }
        Map<String, int[]> sets = new TreeMap<>(); // set → before correct, predicted, after correct, predicted, gold
        for (GoldDocument g : gold.documents()) {
            if (g.entities().isEmpty()) {
                continue;
            }
            String set = gold.split().setOf(g.stem(), government.getOrDefault(g.stem(), ""));
            if (!all && !set.equals("dev")) {
                continue; // held-out and in-sample aggregates only once T is chosen (--all)
            }
            Set<String> goldKeys = new HashSet<>();
            g.entities().forEach(r -> r.names().forEach(n -> goldKeys.add(Names.key(n))));
            Set<String> before = keys(byDoc.getOrDefault(g.stem(), List.of()));
            Set<String> extra = added.getOrDefault(g.stem(), Set.of());
            int[] c = sets.computeIfAbsent(set, k -> new int[5]);
            int hit = (int) before.stream().filter(goldKeys::contains).count();
            int extraHit = (int) extra.stream().filter(goldKeys::contains).count();
            c[0] += hit;
            c[1] += before.size();
            c[2] += hit + extraHit;
            c[3] += before.size() + extra.size();
            c[4] += g.entities().size();
            if (set.equals("dev")) {
                extra.forEach(k -> System.out.println("ADD\t" + t + "\t" + g.stem() + "\t"
                        + (goldKeys.contains(k) ? "GOLD" : "-") + "\t" + k));
            }
        }
        sets.forEach((set, c) -> System.out.println(String.format(Locale.ROOT,
                "T=%.2f\t%s\tadded %d (gold %d)\tkey-set P %.3f→%.3f", t, set, c[3] - c[1], c[2] - c[0],
                c[0] / (double) c[1], c[2] / (double) c[3])));
    }

    private static Set<String> keys(List<Mention> ms) {
        Set<String> out = new HashSet<>();
        ms.stream().filter(m -> !m.type().isFigure()).forEach(m -> out.add(Names.key(m.surface())));
        return out;
    }

    /** Per document stem: rejected name (normalised) → type and the highest judge probability it got there. */
    private static Map<String, Map<String, Rejected>> dropped(GraphStore store, IriMinter iris) {
        Map<String, Map<String, Rejected>> out = new HashMap<>();
        for (Iterator<Quad> it = store.datasetGraph().find(Node.ANY, Node.ANY, PG.droppedName, Node.ANY); it.hasNext(); ) {
            Quad q = it.next();
            Matcher m = DROPPED.matcher(q.getObject().getLiteralLexicalForm());
            if (m.find()) {
                EntityType type = EntityType.valueOf(m.group(2).toUpperCase(Locale.ROOT));
                Rejected r = new Rejected(type, Double.parseDouble(m.group(3)));
                out.computeIfAbsent(iris.stemOf(q.getSubject()), k -> new HashMap<>())
                        .merge(Normalizer.normalize(m.group(1)).text(), r, (x, y) -> x.p() >= y.p() ? x : y);
            }
        }
        return out;
    }
}
