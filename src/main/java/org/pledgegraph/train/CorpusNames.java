package org.pledgegraph.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.pledgegraph.extract.BoundaryStats;
import org.pledgegraph.extract.CharClusters;
import org.pledgegraph.extract.Extractor;
import org.pledgegraph.extract.Specificity;
import org.pledgegraph.ingest.Manifest;
import org.pledgegraph.model.DocumentMeta;
import org.pledgegraph.model.EntityType;
import org.pledgegraph.model.Place;
import org.pledgegraph.model.InputException;
import org.pledgegraph.text.NameMarks;
import org.pledgegraph.text.Normalizer;
import org.pledgegraph.text.Places;
import org.pledgegraph.text.TextDecoder;

/**
 * The names each government of a corpus uses: every name the rule recognisers propose (with its boundary
 * variants) in every report with a manifest row, grouped by the manifest's jurisdiction. From it come the
 * {@link Specificity} tables: how many governments use a name, in how many unrelated groups. A report that fails to extract is skipped and
 * counted. Beside it, the unannotated reports whose bigrams make the {@link BoundaryStats} the tables carry.
 *
 * @param byGovernment     government → the {@link Specificity#key keys} of its names
 * @param failed           files that could not be read or extracted
 * @param reports          the reports of the boundary statistics (normalised text, government or "")
 * @param boundaryExcluded governments whose reports never enter the boundary statistics (besides those a table
 *                         leaves out)
 */
public record CorpusNames(Map<String, Set<String>> byGovernment, List<String> failed, List<Report> reports,
                          Set<String> boundaryExcluded) {

    /**
     * One unannotated report of the boundary statistics.
     *
     * @param file       its file
     * @param government the manifest's jurisdiction, "" when it has none (a national report)
     * @param text       its normalised text, as the extractor reads it
     */
    public record Report(Path file, String government, String text) {
    }

    public CorpusNames(Map<String, Set<String>> byGovernment, List<String> failed) {
        this(byGovernment, failed, List.of(), Set.of());
    }

    /** The names of {@code corpus}; its own reports (those with a jurisdiction) make the boundary statistics. */
    public static CorpusNames scan(Path corpus) {
        return scan(corpus, List.of(corpus), Set.of());
    }

    /**
     * The names of {@code corpus}, and boundary statistics over the reports of {@code boundaryCorpora} (each a
     * folder of {@code *.txt}, its manifest giving a report's government when it has one), never counting the
     * reports of {@code boundaryExcluded}.
     */
    public static CorpusNames scan(Path corpus, List<Path> boundaryCorpora, Collection<String> boundaryExcluded) {
        CorpusNames names = scanNames(corpus);
        List<Report> reports = new ArrayList<>();
        for (Path dir : boundaryCorpora) {
            Manifest m = Manifest.of(dir);
            for (Path txt : texts(dir)) {
                String file = txt.getFileName().toString();
                String government = m.get(file).map(DocumentMeta::jurisdiction).orElse("");
                if (boundaryExcluded.contains(government)) {
                    continue; // never read
                }
                try {
                    String text = TextDecoder.decode(Files.readAllBytes(txt), file);
                    reports.add(new Report(txt, government, Normalizer.normalize(text).text()));
                } catch (IOException | RuntimeException e) {
                    throw new InputException(txt.toString(), "cannot read: " + e.getMessage());
                }
            }
        }
        return new CorpusNames(names.byGovernment(), names.failed(), List.copyOf(reports), Set.copyOf(boundaryExcluded));
    }

    /**
     * The boundary statistics of the reports whose government is not {@code excluded} (nor one of
     * {@link #boundaryExcluded}), bigrams of at least {@link BoundaryStats#MINIMUM}.
     */
    public BoundaryStats boundaries(Collection<String> excluded) {
        return BoundaryStats.count(boundaryReports(excluded).stream().map(Report::text).toList(), BoundaryStats.MINIMUM);
    }

    /** The reports {@link #boundaries} counts. */
    public List<Report> boundaryReports(Collection<String> excluded) {
        return reports.stream().filter(r -> !excluded.contains(r.government())
                && !boundaryExcluded.contains(r.government())).toList();
    }

    private static CorpusNames scanNames(Path corpus) {
        Manifest manifest = Manifest.of(corpus);
        Extractor rules = Extractor.rules();
        Map<String, Set<String>> by = new TreeMap<>();
        List<String> failed = new java.util.ArrayList<>();
        record Scanned(String file, String government, Set<String> names, String error) {
        }
        List<Scanned> scanned = texts(corpus).parallelStream().map(txt -> {
            String file = txt.getFileName().toString();
            DocumentMeta meta = manifest.get(file).orElse(null);
            if (meta == null || meta.jurisdiction().isEmpty()) {
                return null;
            }
            try {
                String text = TextDecoder.decode(Files.readAllBytes(txt), file);
                Set<String> names = new TreeSet<>();
                for (String name : rules.proposedNames(rules.analyse(meta, text))) {
                    names.add(Specificity.key(name));
                }
                return new Scanned(file, meta.jurisdiction(), names, null);
            } catch (IOException | RuntimeException e) {
                return new Scanned(file, meta.jurisdiction(), Set.of(), e.toString());
            }
        }).filter(java.util.Objects::nonNull).toList();
        for (Scanned s : scanned) {
            by.computeIfAbsent(s.government(), g -> new TreeSet<>()).addAll(s.names());
            if (s.error() != null) {
                failed.add(s.file() + ": " + s.error());
            }
        }
        return new CorpusNames(by, List.copyOf(failed));
    }

    /** Number of governments using each name, leaving out {@code excluded} governments. */
    public Map<String, Integer> counts(Collection<String> excluded) {
        Map<String, Integer> n = new HashMap<>();
        byGovernment.forEach((g, names) -> {
            if (!excluded.contains(g)) {
                names.forEach(k -> n.merge(k, 1, Integer::sum));
            }
        });
        return n;
    }

    /** The table of names used by at least {@code minimum} governments, with their groups and marks. */
    public Specificity specificity(Collection<String> excluded, int minimum) {
        Specificity s = Specificity.ofRows(rows(excluded, minimum, Places.bundled()), minimum)
                .withBoundaries(boundaries(excluded));
        return Boolean.getBoolean("pledgegraph.clusters") ? s.withClusters(clusters(excluded)) : s;
    }

    /** The character classes of the reports {@link #boundaries} counts. */
    public CharClusters clusters(Collection<String> excluded) {
        return CharClusters.learn(boundaryReports(excluded).stream().map(Report::text).toList());
    }

    /**
     * Each name used by at least {@code minimum} governments (leaving out {@code excluded}): how many use it, in
     * how many unrelated groups (governments linked by containment, through the GB/T 2260 parent codes of
     * {@code places}, count as one; a government the table does not know is its own group), and the name's
     * unique mark as {@link NameMarks} reads it for a project (the widest reading: short place names count).
     */
    public Map<String, Specificity.Row> rows(Collection<String> excluded, int minimum, Places places) {
        List<String> govs = byGovernment.keySet().stream().filter(g -> !excluded.contains(g)).toList();
        List<String> codes = govs.stream().map(g -> places.resolve(g).map(Place::id).orElse(g)).toList();
        int n = govs.size();
        boolean[][] nested = new boolean[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                nested[i][j] = Place.isId(codes.get(i)) && Place.isId(codes.get(j))
                        && places.nested(codes.get(i), codes.get(j));
            }
        }
        Map<String, List<Integer>> users = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (String k : byGovernment.get(govs.get(i))) {
                users.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
            }
        }
        NameMarks marks = new NameMarks(places);
        Map<String, Specificity.Row> out = new HashMap<>();
        users.forEach((k, us) -> {
            if (us.size() >= minimum) {
                String mark = marks.mark(EntityType.PROJECT, k).map(NameMarks.Mark::rule).orElse(null);
                out.put(k, new Specificity.Row(us.size(), groups(us, nested), mark));
            }
        });
        return out;
    }

    /** Connected components of the users under containment. */
    static int groups(List<Integer> users, boolean[][] nested) {
        int[] parent = new int[users.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        int components = parent.length;
        for (int i = 0; i < parent.length; i++) {
            for (int j = i + 1; j < parent.length; j++) {
                if (nested[users.get(i)][users.get(j)]) {
                    int a = root(parent, i);
                    int b = root(parent, j);
                    if (a != b) {
                        parent[a] = b;
                        components--;
                    }
                }
            }
        }
        return components;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            i = parent[i];
        }
        return i;
    }

    private static List<Path> texts(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new InputException(dir.toString(), "cannot list: " + e.getMessage());
        }
    }
}
