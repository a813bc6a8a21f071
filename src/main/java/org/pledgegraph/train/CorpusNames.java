package org.pledgegraph.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.pledgegraph.extract.Extractor;
import org.pledgegraph.extract.Specificity;
import org.pledgegraph.ingest.Manifest;
import org.pledgegraph.model.DocumentMeta;
import org.pledgegraph.model.InputException;
import org.pledgegraph.text.TextDecoder;

/**
 * The names each government of a corpus uses: every name the rule recognisers propose (with its boundary
 * variants) in every report with a manifest row, grouped by the manifest's jurisdiction. From it come the
 * {@link Specificity} tables: how many governments use a name. A report that fails to extract is skipped and
 * counted.
 *
 * @param byGovernment government → the {@link Specificity#key keys} of its names
 * @param failed       files that could not be read or extracted
 */
public record CorpusNames(Map<String, Set<String>> byGovernment, List<String> failed) {

    public static CorpusNames scan(Path corpus) {
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

    public Specificity specificity(Collection<String> excluded, int minimum) {
        return Specificity.of(counts(excluded), minimum);
    }

    private static List<Path> texts(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new InputException(dir.toString(), "cannot list: " + e.getMessage());
        }
    }
}
