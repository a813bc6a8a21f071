package org.pledgegraph.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.pledgegraph.convert.Conversion;
import org.pledgegraph.convert.Converters;
import org.pledgegraph.convert.SourceFile;
import org.pledgegraph.extract.Extractor;
import org.pledgegraph.model.DocumentMeta;
import org.pledgegraph.model.Extraction;
import org.pledgegraph.model.InputException;
import org.pledgegraph.model.Place;
import org.pledgegraph.rdf.DocumentMapper;
import org.pledgegraph.rdf.IriMinter;
import org.pledgegraph.rdf.OntologyFiles;
import org.pledgegraph.rdf.PG;
import org.pledgegraph.rdf.SourceRecords;
import org.pledgegraph.store.GraphStore;
import org.pledgegraph.text.JurisdictionInference;
import org.pledgegraph.rdf.PlaceGraph;
import org.pledgegraph.text.Places;
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
    private final Converters converters = Converters.standard();
    private final SourceRecords records;

    BatchWriter(GraphStore store, IriMinter iris, Settings settings) {
        this.store = store;
        this.iris = iris;
        this.records = new SourceRecords(iris);
        this.extractor = settings.extractor();
        this.strict = settings.strict();
        this.maxBytes = settings.maxBytes();
        this.batchSize = settings.batchSize();
    }

    /**
     * Prepares and stores {@code files}, adding refusals to {@code refused} and files whose text a document
     * already has to {@code duplicates}. {@code refused} may already hold the caller's refusals, which count for
     * strict mode. {@code finish} runs inside the last write transaction.
     */
    Outcome write(List<Path> files, Function<Path, Manifest> manifests, List<IngestReport.Refusal> refused,
                  List<IngestReport.Duplicate> duplicates, IngestListener listener, Runnable finish) {
        AtomicInteger done = new AtomicInteger();
        Seen seen = new Seen(new HashMap<>(), new HashMap<>());
        long mentions = 0;
        long triples = 0;
        int stored = 0;
        List<IngestReport.Failure> failures = new ArrayList<>();
        // Strict mode must see every refusal before it writes anything, so it prepares all files first.
        // Otherwise files are prepared and written one batch at a time: memory is bounded by one batch's
        // graphs, not by the corpus (1,000 national reports held at once made ingest GC-bound in 1 GB).
        int part = strict ? Math.max(1, files.size()) : batchSize;
        // The next part is prepared while this one is written (one writer thread, the rest extracting): the
        // write transaction is single-threaded, so without the overlap a core idles through every commit.
        // Prepared parts are consumed in file order, so the store and the report are what they were.
        ForkJoinPool pool = ForkJoinTask.getPool() != null ? ForkJoinTask.getPool() : ForkJoinPool.commonPool();
        Function<Integer, ForkJoinTask<List<Prepared>>> prepareFrom = i -> pool.submit(() ->
                files.subList(i, Math.min(files.size(), i + part)).parallelStream()
                        .map(f -> prepare(f, manifests.apply(f), listener, done, files.size()))
                        .toList());
        ForkJoinTask<List<Prepared>> next = files.isEmpty() ? null : prepareFrom.apply(0);
        for (int i = 0; i < files.size(); i += part) {
            List<Prepared> prepared = next.join();
            next = i + part < files.size() ? prepareFrom.apply(i + part) : null;
            List<Extra> extras = new ArrayList<>();
            List<Prepared> good = accept(prepared, seen, refused, duplicates, extras, listener);
            if (strict && !refused.isEmpty()) {
                return new Outcome(0, 0, 0, List.of(), true); // strict has one part: nothing else in flight
            }
            mentions += good.stream().mapToLong(p -> p.mentions).sum();
            triples += good.stream().mapToLong(p -> p.graph.size()).sum();
            for (Prepared p : good) {
                p.extraction.failures().forEach(f -> failures.add(new IngestReport.Failure(p.file, f)));
            }
            // Nothing to store: leave the store exactly as it was (not even the ontology graph is touched).
            boolean lastPart = i + part >= files.size();
            List<List<Prepared>> batches = new ArrayList<>();
            for (int j = 0; j < good.size(); j += batchSize) {
                batches.add(good.subList(j, Math.min(good.size(), j + batchSize)));
            }
            if (batches.isEmpty() && !extras.isEmpty()) {
                batches.add(List.of()); // only more files of stored documents: record them
            }
            for (int j = 0; j < batches.size(); j++) {
                List<Prepared> batch = batches.get(j);
                boolean first = stored == 0;
                boolean last = lastPart && j + 1 == batches.size();
                boolean endOfPart = j + 1 == batches.size();
                store.write(() -> {
                    for (Prepared p : batch) {
                        Node name = iris.documentGraph(p.meta().stem());
                        records.carried(store.datasetGraph().getGraph(name), p.meta().stem(), p.conversion)
                                .find().forEachRemaining(p.graph::add);
                        store.replaceGraph(name, p.graph);
                    }
                    if (endOfPart) {
                        for (Extra e : extras) {
                            Node name = iris.documentGraph(e.stem());
                            records.fileRecord(e.stem(), e.file()).find()
                                    .forEachRemaining(t -> store.datasetGraph().add(name, t.getSubject(),
                                            t.getPredicate(), t.getObject()));
                        }
                    }
                    if (first) {
                        refreshOntology();
                        refreshPlaces();
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

    /** Across the parts of one run: the file that took each stem, and the stem that took each text content. */
    private record Seen(Map<String, Path> stems, Map<String, String> contents) {
    }

    /** A file whose text the document {@code stem} already has: stored as one more file of that document. */
    private record Extra(String stem, SourceFile file) {
    }

    /** Reports a refused file to the listener and returns the refusal. */
    static IngestReport.Refusal refusal(Path file, String reason, IngestListener listener) {
        // One line per refused file: a reason from an exception or a file name may hold line breaks.
        String line = reason.replaceAll("[\\r\\n]+", " ");
        listener.refused(file, line);
        return new IngestReport.Refusal(file, line);
    }

    /**
     * Keeps the prepared files that were not refused, whose text no other document has and whose stem no earlier
     * file of this run took. A file with the text of a document of this run or of the store becomes an
     * {@link Extra} of that document.
     */
    private List<Prepared> accept(List<Prepared> prepared, Seen seen, List<IngestReport.Refusal> refused,
                                  List<IngestReport.Duplicate> duplicates, List<Extra> extras, IngestListener listener) {
        List<Prepared> good = new ArrayList<>();
        for (Prepared p : prepared) {
            if (p.refusal != null) {
                refused.add(p.refusal);
                continue;
            }
            String content = p.conversion.contentSha256();
            String twin = seen.contents().get(content);
            if (twin == null) {
                twin = store.read(() -> records.documentWithContent(store.datasetGraph(), content))
                        .filter(stem -> !stem.equals(p.meta().stem())).orElse(null);
            }
            if (twin != null) {
                Path twinFile = seen.stems().get(twin);
                IngestReport.Duplicate d = new IngestReport.Duplicate(p.file, twin,
                        twinFile != null ? twinFile.getFileName().toString() : "the stored document " + twin);
                duplicates.add(d);
                listener.duplicate(p.file, d.message());
                extras.add(new Extra(twin, p.conversion.file()));
                continue;
            }
            Path clash = seen.stems().putIfAbsent(p.meta().stem(), p.file);
            if (clash != null) {
                IngestReport.Refusal r = new IngestReport.Refusal(p.file,
                        "same file name as " + clash + " in this batch; document IRIs are keyed by file name");
                refused.add(r);
                listener.refused(p.file, r.reason());
                continue;
            }
            seen.contents().put(content, p.meta().stem());
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

    /**
     * Loads the place table (down to counties) into its own graph when the store lacks it or holds another
     * version: a hash marker is compared, not the 20,000 triples.
     */
    private void refreshPlaces() {
        Graph stored = store.datasetGraph().getGraph(iris.placesGraph());
        if (!PlaceGraph.current(stored)) {
            store.replaceGraph(iris.placesGraph(), PlaceGraph.coarse(extractor.places(), iris));
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
            Extracted x = extract(converters, file, manifest, extractor, listener::warned);
            Extraction ex = x.extraction();
            Conversion conversion = x.conversion();
            Graph g = new DocumentMapper(iris).map(ex, conversion);
            listener.extracted(file, ex.mentions().size(), done.incrementAndGet(), total);
            return new Prepared(file, ex, g, ex.mentions().size(), null, conversion);
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
    record Extracted(Conversion conversion, Extraction extraction) {
        String text() {
            return conversion.text();
        }
    }

    /**
     * Decodes {@code file}, takes its metadata from the manifest or the text and extracts it: the pure part of
     * preparing a file, shared with the test that extracts every corpus. Throws InputException, IOException.
     */
    static Extracted extract(Path file, Manifest manifest, Extractor extractor) throws IOException {
        return extract(Converters.standard(), file, manifest, extractor, (f, message) -> { });
    }

    static Extracted extract(Converters converters, Path file, Manifest manifest, Extractor extractor,
                             BiConsumer<Path, String> warn) throws IOException {
        String name = file.getFileName().toString();
        Conversion conversion = converters.convert(Files.readAllBytes(file), file.toString());
        String text = conversion.text();
        DocumentMeta meta = manifest.get(name).orElseGet(() -> inferMeta(file, name, text));
        meta = meta.withJurisdiction(jurisdiction(file, meta, text, extractor.places(), warn));
        return new Extracted(conversion, extractor.extract(meta, text));
    }

    /**
     * The place id of the document's government (or, for a place the table does not know, its name): the
     * manifest's when given, else the one the text names; a warning when both are known and disagree.
     */
    private static String jurisdiction(Path file, DocumentMeta meta, String text, Places places,
                                       BiConsumer<Path, String> warn) {
        String inferred = JurisdictionInference.infer(text, places).orElse("");
        if (meta.jurisdiction().isBlank()) {
            return inferred;
        }
        String stated = places.resolve(meta.jurisdiction()).map(Place::id).orElse(meta.jurisdiction());
        if (Place.isId(inferred) && !inferred.equals(stated)) {
            warn.accept(file, Manifest.FILE_NAME + " gives jurisdiction " + meta.jurisdiction() + " (" + stated
                    + "), the text names " + places.get(inferred).map(Place::name).orElse(inferred) + " (" + inferred
                    + "); using the manifest's");
        }
        return stated;
    }

    private static Prepared refuse(Path file, String reason, IngestListener listener) {
        return new Prepared(file, null, null, 0, refusal(file, reason, listener), null);
    }

    private static DocumentMeta inferMeta(Path file, String name, String text) {
        int year = YearInference.infer(text, name).orElseThrow(() -> new InputException(file.toString(),
                "cannot tell the document's year from its text or name; add it to " + Manifest.FILE_NAME));
        return new DocumentMeta(name, DocumentMeta.stemOf(name), null, year, "", "", "");
    }

    private record Prepared(Path file, Extraction extraction, Graph graph, int mentions, IngestReport.Refusal refusal,
                            Conversion conversion) {
        DocumentMeta meta() {
            return extraction.meta();
        }
    }
}
