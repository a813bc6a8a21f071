package org.pledgegraph.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.pledgegraph.extract.Extractor;
import org.pledgegraph.model.DocumentMeta;
import org.pledgegraph.model.Extraction;
import org.pledgegraph.model.InputException;
import org.pledgegraph.rdf.DocumentMapper;
import org.pledgegraph.rdf.IriMinter;
import org.pledgegraph.rdf.OntologyFiles;
import org.pledgegraph.rdf.PG;
import org.pledgegraph.store.GraphStore;
import org.pledgegraph.text.JurisdictionInference;
import org.pledgegraph.text.TextDecoder;
import org.pledgegraph.text.YearInference;

/**
 * The batch loop of {@link Ingest}: prepares files (decode, infer metadata, extract, map; in parallel, pure),
 * then writes them one batch per write transaction. Every commit but the last marks resolution pending; the
 * last runs the caller's resolution step inside its own transaction.
 */
final class BatchWriter {
    /** What the batches stored; {@code abandoned} when strict mode refused the run before writing anything. */
    record Outcome(int documents, long mentions, long triples, List<IngestReport.Failure> failures, boolean abandoned) {
    }

    private final GraphStore store;
    private final IriMinter iris;
    /**
     * How files become batches: the extractor, strict mode (one refusal refuses the run), the size limit
     * of one file and the documents per write transaction.
     */
    record Settings(Extractor extractor, boolean strict, long maxBytes, int batchSize) {
        Settings {
            if (maxBytes < 1 || batchSize < 1) {
                throw new IllegalArgumentException("maxBytes and batchSize must be positive: " + maxBytes + ", "
                        + batchSize);
            }
        }
    }

    private final Extractor extractor;
    private final boolean strict;
    private final long maxBytes;
    private final int batchSize;

    BatchWriter(GraphStore store, IriMinter iris, Settings settings) {
        this.store = store;
        this.iris = iris;
        this.extractor = settings.extractor();
        this.strict = settings.strict();
        this.maxBytes = settings.maxBytes();
        this.batchSize = settings.batchSize();
    }

    /**
     * Prepares and stores {@code files}, adding refusals to {@code refused}. That list may already hold the
     * caller's refusals, which count for strict mode. {@code finish} runs inside the last write transaction.
     */
    Outcome write(List<Path> files, Function<Path, Manifest> manifests, List<IngestReport.Refusal> refused,
                  IngestListener listener, Runnable finish) {
        AtomicInteger done = new AtomicInteger();
        Map<String, Path> stems = new HashMap<>();
        long mentions = 0;
        long triples = 0;
        int stored = 0;
        List<IngestReport.Failure> failures = new ArrayList<>();
        // Strict mode must see every refusal before it writes anything, so it prepares all files first.
        // Otherwise files are prepared and written one batch at a time: memory is bounded by one batch's
        // graphs, not by the corpus (1,000 national reports held at once made ingest GC-bound in 1 GB).
        int part = strict ? Math.max(1, files.size()) : batchSize;
        for (int i = 0; i < files.size(); i += part) {
            List<Prepared> prepared = files.subList(i, Math.min(files.size(), i + part)).parallelStream()
                    .map(f -> prepare(f, manifests.apply(f), listener, done, files.size()))
                    .toList();
            List<Prepared> good = accept(prepared, stems, refused, listener);
            if (strict && !refused.isEmpty()) {
                return new Outcome(0, 0, 0, List.of(), true);
            }
            mentions += good.stream().mapToLong(p -> p.mentions).sum();
            triples += good.stream().mapToLong(p -> p.graph.size()).sum();
            for (Prepared p : good) {
                p.extraction.failures().forEach(f -> failures.add(new IngestReport.Failure(p.file, f)));
            }
            // Nothing to store: leave the store exactly as it was (not even the ontology graph is touched).
            boolean lastPart = i + part >= files.size();
            for (int j = 0; j < good.size(); j += batchSize) {
                List<Prepared> batch = good.subList(j, Math.min(good.size(), j + batchSize));
                boolean first = stored == 0;
                boolean last = lastPart && j + batchSize >= good.size();
                store.write(() -> {
                    for (Prepared p : batch) {
                        store.replaceGraph(iris.documentGraph(p.meta().stem()), p.graph);
                    }
                    if (first) {
                        refreshOntology();
                    }
                    if (last) {
                        finish.run();
                    } else {
                        // Resolving after every batch would read all stored mentions each time (quadratic in
                        // the corpus); instead the commit records that resolution is pending, and whoever
                        // opens the store next (ingest, serve, validate) finishes it if this run dies.
                        markPending();
                    }
                });
                stored += batch.size();
                listener.committed(stored, files.size());
            }
        }
        return new Outcome(stored, mentions, triples, failures, false);
    }

    /** Reports a refused file to the listener and returns the refusal. */
    static IngestReport.Refusal refusal(Path file, String reason, IngestListener listener) {
        // One line per refused file: a reason from an exception or a file name may hold line breaks.
        String line = reason.replaceAll("[\\r\\n]+", " ");
        listener.refused(file, line);
        return new IngestReport.Refusal(file, line);
    }

    /** Keeps the prepared files that were not refused and whose stem no earlier file of this run took. */
    private static List<Prepared> accept(List<Prepared> prepared, Map<String, Path> stems,
                                         List<IngestReport.Refusal> refused, IngestListener listener) {
        List<Prepared> good = new ArrayList<>();
        for (Prepared p : prepared) {
            if (p.refusal != null) {
                refused.add(p.refusal);
                continue;
            }
            Path clash = stems.putIfAbsent(p.meta().stem(), p.file);
            if (clash != null) {
                IngestReport.Refusal r = new IngestReport.Refusal(p.file,
                        "same file name as " + clash + " in this batch; document IRIs are keyed by file name");
                refused.add(r);
                listener.refused(p.file, r.reason());
                continue;
            }
            good.add(p);
        }
        return good;
    }

    /**
     * Loads the bundled ontology unless the stored copy is the same graph: its blank nodes (OWL lists)
     * would get fresh labels on every load, and re-ingesting must leave the store identical.
     */
    private void refreshOntology() {
        Graph fresh = OntologyFiles.vocabulary();
        Graph stored = store.datasetGraph().getGraph(iris.ontologyGraph());
        if (stored.size() != fresh.size() || !stored.isIsomorphicWith(fresh)) {
            store.replaceGraph(iris.ontologyGraph(), fresh);
        }
    }

    private void markPending() {
        store.datasetGraph().add(iris.pendingGraph(), iris.entitiesGraph(), PG.resolutionPending,
                NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
    }

    private Prepared prepare(Path file, Manifest manifest, IngestListener listener, AtomicInteger done, int total) {
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new InputException(file.toString(), "file is " + size + " bytes, larger than the "
                        + maxBytes + "-byte (" + maxBytes / (1024 * 1024) + " MB) limit for one report");
            }
            Extracted x = extract(file, manifest, extractor);
            Extraction ex = x.extraction();
            Graph g = new DocumentMapper(iris).map(ex, x.text());
            listener.extracted(file, ex.mentions().size(), done.incrementAndGet(), total);
            return new Prepared(file, ex, g, ex.mentions().size(), null);
        } catch (InputException e) {
            return refuse(file, e.getMessage().startsWith(file.toString()) ? e.getMessage()
                    : file + ": " + e.getMessage(), listener);
        } catch (IOException e) {
            return refuse(file, file + ": cannot read: " + e.getMessage(), listener);
        } catch (RuntimeException | StackOverflowError e) {
            // Recogniser bugs are caught per sentence by the extractor; anything else that escapes (decoder,
            // mapper) must not take the batch down: refuse this file and say so.
            return refuse(file, file + ": internal error while extracting (" + e + ")", listener);
        }
    }

    /** A decoded file and what was extracted from it. */
    record Extracted(String text, Extraction extraction) {
    }

    /**
     * Decodes {@code file}, takes its metadata from the manifest or the text and extracts it: the pure part of
     * preparing a file, shared with the test that extracts every corpus. Throws InputException, IOException.
     */
    static Extracted extract(Path file, Manifest manifest, Extractor extractor) throws IOException {
        String name = file.getFileName().toString();
        String text = TextDecoder.decode(Files.readAllBytes(file), file.toString());
        DocumentMeta meta = manifest.get(name).orElseGet(() -> inferMeta(file, name, text));
        if (meta.jurisdiction().isBlank()) {
            meta = meta.withJurisdiction(JurisdictionInference.infer(text).orElse(""));
        }
        return new Extracted(text, extractor.extract(meta, text));
    }

    private static Prepared refuse(Path file, String reason, IngestListener listener) {
        return new Prepared(file, null, null, 0, refusal(file, reason, listener));
    }

    private static DocumentMeta inferMeta(Path file, String name, String text) {
        int year = YearInference.infer(text, name).orElseThrow(() -> new InputException(file.toString(),
                "cannot tell the document's year from its text or name; add it to " + Manifest.FILE_NAME));
        return new DocumentMeta(name, DocumentMeta.stemOf(name), null, year, "", "", "");
    }

    private record Prepared(Path file, Extraction extraction, Graph graph, int mentions, IngestReport.Refusal refusal) {
        DocumentMeta meta() {
            return extraction.meta();
        }
    }
}
