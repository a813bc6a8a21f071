package org.pledgegraph.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.pledgegraph.eval.Coverage;
import org.pledgegraph.eval.GoldDocument;
import org.pledgegraph.eval.GoldReader;
import org.pledgegraph.eval.GoldRow;
import org.pledgegraph.ingest.Manifest;
import org.pledgegraph.model.DocumentMeta;
import org.pledgegraph.model.InputException;
import org.pledgegraph.text.TextDecoder;

/**
 * Loads annotated documents: every {@code <stem>.tsv} of a gold folder whose text {@code <stem>.txt} is in
 * one of the text folders, with the metadata of that folder's manifest. Continuity files
 * ({@code *-reappear.tsv}) are skipped; figure rows the gold reader cannot parse are left out (entities are
 * what the judge learns), and the folder's {@code coverage.txt} is honoured.
 */
public final class GoldSets {
    private GoldSets() {
    }

    public static List<AnnotatedDocument> load(Path goldDir, List<Path> textDirs) {
        return load(goldDir, textDirs, List.of());
    }

    /** As {@link #load(Path, List)}, without reading the gold of the {@code excluded} governments at all. */
    public static List<AnnotatedDocument> load(Path goldDir, List<Path> textDirs, java.util.Collection<String> excluded) {
        List<AnnotatedDocument> out = new ArrayList<>();
        Map<String, Coverage> coverage = coverage(goldDir);
        for (Path file : goldFiles(goldDir)) {
            String stem = file.getFileName().toString().replaceFirst("\\.tsv$", "");
            for (Path dir : textDirs) {
                Path txt = dir.resolve(stem + ".txt");
                if (!Files.isRegularFile(txt)) {
                    continue;
                }
                DocumentMeta meta = Manifest.of(dir).get(stem + ".txt").orElseThrow(
                        () -> new InputException(dir.resolve(Manifest.FILE_NAME).toString(), "no row for " + stem + ".txt"));
                if (meta.jurisdiction().isEmpty()) {
                    throw new InputException(dir.resolve(Manifest.FILE_NAME).toString(), "no jurisdiction for " + stem);
                }
                if (excluded.contains(meta.jurisdiction())) {
                    break;
                }
                GoldDocument gold = new GoldDocument(stem, rows(file), coverage.getOrDefault(stem, Coverage.WHOLE));
                if (gold.coverage().scoresEntities()) {
                    out.add(new AnnotatedDocument(meta.jurisdiction(), meta, text(txt), gold, file, txt));
                }
                break;
            }
        }
        return out;
    }

    private static Map<String, Coverage> coverage(Path goldDir) {
        if (!Files.exists(goldDir.resolve(GoldReader.COVERAGE_FILE))) {
            return Map.of();
        }
        Map<String, Coverage> m = new java.util.HashMap<>();
        // GoldReader reads coverage together with a folder of parseable files; only the coverage is taken here
        for (GoldDocument d : GoldReader.read(goldDir)) {
            m.put(d.stem(), d.coverage());
        }
        return m;
    }

    /** The rows of a gold file, leaving out lines the reader refuses (ranges, ratios it cannot parse yet). */
    static List<GoldRow> rows(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot read: " + e.getMessage());
        }
        List<GoldRow> rows = new ArrayList<>();
        String header = lines.get(0);
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                rows.addAll(GoldReader.parse(file.toString(), List.of(header, lines.get(i))));
            } catch (InputException e) {
                if (!e.getMessage().contains("figure name") && !e.getMessage().contains("bad year")) {
                    throw e;
                }
            }
        }
        return rows;
    }

    private static String text(Path txt) {
        try {
            return TextDecoder.decode(Files.readAllBytes(txt), txt.getFileName().toString());
        } catch (IOException e) {
            throw new InputException(txt.toString(), "cannot read: " + e.getMessage());
        }
    }

    private static List<Path> goldFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tsv")
                    && !p.getFileName().toString().endsWith("-reappear.tsv")).sorted().toList();
        } catch (IOException e) {
            throw new InputException(dir.toString(), "cannot list: " + e.getMessage());
        }
    }
}
