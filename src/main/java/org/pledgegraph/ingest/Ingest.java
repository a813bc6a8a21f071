package org.pledgegraph.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.pledgegraph.extract.Extractor;
import org.pledgegraph.model.DocumentMeta;
import org.pledgegraph.model.Extraction;
import org.pledgegraph.model.InputException;
import org.pledgegraph.model.PledgeGraphException;
import org.pledgegraph.model.StoredMention;
import org.pledgegraph.rdf.DocumentMapper;
import org.pledgegraph.rdf.EntityMapper;
import org.pledgegraph.rdf.IriMinter;
import org.pledgegraph.rdf.MentionReader;
import org.pledgegraph.rdf.OntologyFiles;
import org.pledgegraph.rdf.PG;
import org.pledgegraph.rdf.VoidDescription;
import org.pledgegraph.resolve.Curation;
import org.pledgegraph.resolve.Resolution;
import org.pledgegraph.resolve.Resolver;
import org.pledgegraph.store.GraphStore;
import org.pledgegraph.text.JurisdictionInference;
import org.pledgegraph.text.TextDecoder;
import org.pledgegraph.text.YearInference;

/**
 * Ingests documents: read, extract and map each (in parallel, pure), then replace their named graphs
 * and recompute resolution in write transactions. A refused document leaves no trace.
 * <pre>
 *   IngestReport r = Ingest.create(store).run(List.of(Path.of("seeds")), IngestListener.NONE);
 * </pre>
 */
public final class Ingest {
    /** Larger files are refused (20 MB): the longest real reports are well under 1 MB. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;
    /** Documents written per transaction: bounds memory on large batches. */
    public static final int BATCH = 200;

    private final GraphStore store;
    private final IriMinter iris;
    private final Extractor extractor;
    private final boolean strict;
    private final long maxBytes;
    private final int batchSize;
    private final Path curation;
    private final boolean curationRequired;

    private Ingest(GraphStore store, IriMinter iris, Extractor extractor, boolean strict, long maxBytes, int batchSize,
                   Path curation, boolean curationRequired) {
        this.store = store;
        this.curation = curation;
        this.curationRequired = curationRequired;
        this.iris = iris;
        this.extractor = extractor;
        this.strict = strict;
        if (maxBytes < 1 || batchSize < 1) {
            throw new IllegalArgumentException("maxBytes and batchSize must be positive: " + maxBytes + ", " + batchSize);
        }
        this.maxBytes = maxBytes;
        this.batchSize = batchSize;
    }

    public static Ingest create(GraphStore store) {
        return new Ingest(store, IriMinter.defaults(), Extractor.defaults(), false, MAX_BYTES, BATCH, DEFAULT_CURATION, false);
    }

    /** With strict, one refused file refuses the whole batch. */
    public Ingest strict(boolean s) {
        return new Ingest(store, iris, extractor, s, maxBytes, batchSize, curation, curationRequired);
    }

    public Ingest iris(IriMinter i) {
        return new Ingest(store, i, extractor, strict, maxBytes, batchSize, curation, curationRequired);
    }

    /** Files larger than this are refused (default {@link #MAX_BYTES}). */
    public Ingest maxBytes(long limit) {
        return new Ingest(store, iris, extractor, strict, limit, batchSize, curation, curationRequired);
    }

    /**
     * Documents per write transaction (default {@link #BATCH}). Each transaction is atomic and
     * recomputes resolution: after a crash every document holds its old or its new graph, and the
     * entities match the documents stored.
     */
    public Ingest batchSize(int documents) {
        return new Ingest(store, iris, extractor, strict, maxBytes, documents, curation, curationRequired);
    }

    /** Resolution overrides read when the file exists (relative to the working directory). */
    public static final Path DEFAULT_CURATION = Path.of("seeds", "curation.tsv");

    /** Resolution overrides from {@code file} (see {@link Curation}), which must exist; null for none. */
    public Ingest curation(Path file) {
        return new Ingest(store, iris, extractor, strict, maxBytes, batchSize, file, file != null);
    }

    /** Ingests the files and folders (their *.txt files) in {@code inputs}. */
    public IngestReport run(List<Path> inputs, IngestListener listener) {
        long start = System.nanoTime();
        Curation overrides = loadCuration();
        List<IngestReport.Refusal> refused = new ArrayList<>();
        List<Path> present = new ArrayList<>();
        for (Path in : inputs) {
            if (Files.exists(in)) {
                present.add(in);
            } else {
                // A mistyped path is refused like a bad file, so the other inputs still go in.
                refused.add(refuse(in, in + ": no such file or folder", listener).refusal);
            }
        }
        List<Path> files = present.isEmpty() ? List.of() : DocumentFiles.expand(present);
        Map<Path, Manifest> manifests = new HashMap<>();
        for (Path f : files) {
            manifests.computeIfAbsent(parent(f), Manifest::of);
        }
        AtomicInteger done = new AtomicInteger();
        Map<String, Path> stems = new HashMap<>();
        long mentions = 0;
        long triples = 0;
        int stored = 0;
        // Strict mode must see every refusal before it writes anything, so it prepares all files first.
        // Otherwise files are prepared and written one batch at a time: memory is bounded by one batch's
        // graphs, not by the corpus (1,000 national reports held at once made ingest GC-bound in 1 GB).
        int part = strict ? Math.max(1, files.size()) : batchSize;
        for (int i = 0; i < files.size(); i += part) {
            List<Prepared> prepared = files.subList(i, Math.min(files.size(), i + part)).parallelStream()
                    .map(f -> prepare(f, manifests.get(parent(f)), listener, done, files.size()))
                    .toList();
            List<Prepared> good = accept(prepared, stems, refused, listener);
            if (strict && !refused.isEmpty()) {
                return report(0, 0, 0, refused, start);
            }
            mentions += good.stream().mapToLong(p -> p.mentions).sum();
            triples += good.stream().mapToLong(p -> p.graph.size()).sum();
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
                        finishResolution(overrides);
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
        finishPending();
        return report(stored, mentions, triples, refused, start);
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

    /** Recomputes the entities graph from every stored mention; call inside a write transaction. */
    private void resolveAll(Curation overrides) {
        List<StoredMention> mentions = MentionReader.read(store.datasetGraph());
        Resolution r = new Resolver().resolve(mentions, overrides);
        store.replaceGraph(iris.entitiesGraph(), new EntityMapper(iris).map(r, mentions));
    }

    /** Resolution, VoID and clearing the pending mark, in the caller's write transaction. */
    private void finishResolution(Curation overrides) {
        store.removeGraph(pendingGraph()); // first, so VoID does not count the mark
        resolveAll(overrides);
        store.replaceGraph(VoidDescription.graphName(iris), VoidDescription.describe(store.datasetGraph(), iris));
    }

    private void markPending() {
        store.datasetGraph().add(pendingGraph(), iris.entitiesGraph(), PG.resolutionPending,
                NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
    }

    private Node pendingGraph() {
        return iris.pendingGraph();
    }

    /** True if an ingest committed documents but died before resolving them. */
    public boolean isPending() {
        return store.read(() -> store.datasetGraph().containsGraph(pendingGraph()));
    }

    /**
     * Finishes the resolution an interrupted ingest left pending; returns whether there was any.
     * Cheap when nothing is pending.
     */
    public boolean finishPending() {
        if (!isPending()) {
            return false;
        }
        Curation overrides = loadCuration();
        store.write(() -> finishResolution(overrides));
        return true;
    }

    /** Recomputes resolution alone, e.g. after a document graph was removed. */
    public void resolve() {
        Curation overrides = loadCuration();
        store.write(() -> resolveAll(overrides));
    }

    /** Read before any write, so a malformed file (InputException naming file:line) leaves the store untouched. */
    private Curation loadCuration() {
        if (curation == null || !curationRequired && !Files.isRegularFile(curation)) {
            return Curation.NONE;
        }
        if (!Files.isRegularFile(curation)) {
            throw new InputException(curation.toString(), "curation file not found");
        }
        return Curation.read(curation);
    }

    private IngestReport report(int docs, long mentions, long triples, List<IngestReport.Refusal> refused, long start) {
        long[] counts = store.read(() -> new long[] {
            VoidDescription.statedQuads(store.datasetGraph(), iris).orElseGet(store::quadCount), countEntities()});
        return new IngestReport(docs, mentions, triples, (int) counts[1], counts[0], List.copyOf(refused),
                Duration.ofNanos(System.nanoTime() - start));
    }

    private long countEntities() {
        var g = store.datasetGraph().getGraph(iris.entitiesGraph());
        return g.find(null, org.pledgegraph.rdf.PG.rdfType, null)
                .filterDrop(t -> t.getObject().equals(org.pledgegraph.rdf.PG.Place)
                        || t.getObject().equals(org.pledgegraph.rdf.PG.ResolutionDecision)).toList().size();
    }

    private Prepared prepare(Path file, Manifest manifest, IngestListener listener, AtomicInteger done, int total) {
        try {
            String name = file.getFileName().toString();
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new InputException(file.toString(), "file is " + size + " bytes, larger than the "
                        + maxBytes + "-byte (" + maxBytes / (1024 * 1024) + " MB) limit for one report");
            }
            String text = TextDecoder.decode(Files.readAllBytes(file), file.toString());
            DocumentMeta meta = manifest.get(name).orElseGet(() -> inferMeta(file, name, text));
            if (meta.jurisdiction().isBlank()) {
                meta = meta.withJurisdiction(JurisdictionInference.infer(text).orElse(""));
            }
            Extraction ex = extractor.extract(meta, text);
            Graph g = new DocumentMapper(iris).map(ex, text);
            listener.extracted(file, ex.mentions().size(), done.incrementAndGet(), total);
            return new Prepared(file, ex, g, ex.mentions().size(), null);
        } catch (InputException e) {
            return refuse(file, e.getMessage().startsWith(file.toString()) ? e.getMessage()
                    : file + ": " + e.getMessage(), listener);
        } catch (IOException e) {
            return refuse(file, file + ": cannot read: " + e.getMessage(), listener);
        } catch (RuntimeException | StackOverflowError e) {
            // An extractor bug must not take the batch down: refuse this file and say so.
            return refuse(file, file + ": internal error while extracting (" + e + ")", listener);
        }
    }

    private static Prepared refuse(Path file, String reason, IngestListener listener) {
        // One line per refused file: a reason from an exception or a file name may hold line breaks.
        String line = reason.replaceAll("[\\r\\n]+", " ");
        listener.refused(file, line);
        return new Prepared(file, null, null, 0, new IngestReport.Refusal(file, line));
    }

    private static DocumentMeta inferMeta(Path file, String name, String text) {
        int year = YearInference.infer(text, name).orElseThrow(() -> new InputException(file.toString(),
                "cannot tell the document's year from its text or name; add it to " + Manifest.FILE_NAME));
        return new DocumentMeta(name, DocumentMeta.stemOf(name), null, year, "", "", "");
    }

    private static Path parent(Path f) {
        Path p = f.toAbsolutePath().getParent();
        if (p == null) {
            throw new PledgeGraphException(f + ": has no parent folder");
        }
        return p;
    }

    private record Prepared(Path file, Extraction extraction, Graph graph, int mentions, IngestReport.Refusal refusal) {
        DocumentMeta meta() {
            return extraction.meta();
        }
    }
}
