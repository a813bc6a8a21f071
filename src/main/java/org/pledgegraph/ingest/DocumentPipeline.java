package org.pledgegraph.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.pledgegraph.convert.Conversion;
import org.pledgegraph.convert.Converters;
import org.pledgegraph.extract.Extractor;
import org.pledgegraph.model.DocumentMeta;
import org.pledgegraph.model.Extraction;
import org.pledgegraph.model.InputException;
import org.pledgegraph.model.Place;
import org.pledgegraph.rdf.DocumentGraph;
import org.pledgegraph.rdf.IriMinter;
import org.pledgegraph.text.JurisdictionInference;
import org.pledgegraph.text.Places;
import org.pledgegraph.text.YearInference;

/**
 * What happens to one document before it is stored: decode the file, take its year and government from the
 * manifest or infer them from the text, extract its mentions and map them to RDF. A pure function of the
 * file and its manifest entry (no store, no listener), safe to run on many files in parallel.
 *
 * <pre>
 *   DocumentPipeline.Result r = new DocumentPipeline(Extractor.defaults(), IriMinter.defaults(), Ingest.MAX_BYTES)
 *           .process(Path.of("seeds/report.txt"), Manifest.of(Path.of("seeds")));
 * </pre>
 */
public final class DocumentPipeline {
    private final Extractor extractor;
    private final IriMinter iris;
    private final long maxBytes;
    private final Converters converters = Converters.standard();

    public DocumentPipeline(Extractor extractor, IriMinter iris, long maxBytes) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.iris = Objects.requireNonNull(iris, "iris");
        this.maxBytes = maxBytes;
    }

    /** A decoded file and what was extracted from it, with what is worth a look but did not stop it. */
    public record Extracted(Conversion conversion, Extraction extraction, List<String> warnings) {
        public Extracted {
            warnings = List.copyOf(warnings);
        }

        public String text() {
            return conversion.text();
        }
    }

    /**
     * What became of one file: its extraction and graph, or the one-line reason it was refused.
     *
     * @param file       the file
     * @param extraction what was extracted (null when refused)
     * @param graph      the document mapped to RDF (null when refused)
     * @param refusal    why the file was refused (null when it was not)
     * @param warnings   what is worth a look but did not stop it (a manifest the text contradicts)
     */
    public record Result(Path file, Extraction extraction, DocumentGraph graph, IngestReport.Refusal refusal,
                         List<String> warnings) {
        public Result {
            Objects.requireNonNull(file, "file");
            warnings = List.copyOf(warnings);
        }

        public boolean refused() {
            return refusal != null;
        }

        public int mentions() {
            return extraction == null ? 0 : extraction.mentions().size();
        }

        DocumentMeta meta() {
            return extraction.meta();
        }

        Conversion conversion() {
            return graph.conversion();
        }
    }

    /** Processes {@code file}; never throws for a bad file: it comes back refused. */
    public Result process(Path file, Manifest manifest) {
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new InputException(file.toString(), "file is " + size + " bytes, larger than the "
                        + maxBytes + "-byte (" + maxBytes / (1024 * 1024) + " MB) limit for one report");
            }
            Extracted x = extract(converters, file, manifest, extractor);
            Extraction ex = x.extraction();
            return new Result(file, ex, DocumentGraph.map(iris, ex, x.conversion()), null, x.warnings());
        } catch (InputException e) {
            return refused(file, e.getMessage().startsWith(file.toString()) ? e.getMessage()
                    : file + ": " + e.getMessage());
        } catch (IOException e) {
            return refused(file, file + ": cannot read: " + e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            // Recogniser bugs are caught per sentence by the extractor; anything else that escapes (decoder,
            // mapper) must not take the batch down: refuse this file and say so.
            return refused(file, file + ": internal error while extracting (" + e + ")");
        }
    }

    /** The refusal of {@code file}, on one line: a reason from an exception or a file name may hold line breaks. */
    static IngestReport.Refusal refusal(Path file, String reason) {
        return new IngestReport.Refusal(file, reason.replaceAll("[\\r\\n]+", " "));
    }

    private static Result refused(Path file, String reason) {
        return new Result(file, null, null, refusal(file, reason), List.of());
    }

    /**
     * Decodes {@code file}, takes its metadata from the manifest or the text and extracts it: the part of
     * {@link #process} before RDF, shared with the test that extracts every corpus. Throws InputException,
     * IOException.
     */
    public static Extracted extract(Path file, Manifest manifest, Extractor extractor) throws IOException {
        return extract(Converters.standard(), file, manifest, extractor);
    }

    private static Extracted extract(Converters converters, Path file, Manifest manifest, Extractor extractor)
            throws IOException {
        String name = file.getFileName().toString();
        Conversion conversion = converters.convert(Files.readAllBytes(file), file.toString());
        String text = conversion.text();
        DocumentMeta meta = manifest.get(name).orElseGet(() -> inferMeta(file, name, text));
        List<String> warnings = new ArrayList<>();
        meta = meta.withJurisdiction(jurisdiction(meta, text, extractor.places(), warnings));
        return new Extracted(conversion, extractor.extract(meta, text), warnings);
    }

    /**
     * The place id of the document's government (or, for a place the table does not know, its name): the
     * manifest's when given, else the one the text names; a warning when both are known and disagree.
     */
    private static String jurisdiction(DocumentMeta meta, String text, Places places, List<String> warnings) {
        String inferred = JurisdictionInference.infer(text, places).orElse("");
        if (meta.jurisdiction().isBlank()) {
            return inferred;
        }
        String stated = places.resolve(meta.jurisdiction()).map(Place::id).orElse(meta.jurisdiction());
        if (Place.isId(inferred) && !inferred.equals(stated)) {
            warnings.add(Manifest.FILE_NAME + " gives jurisdiction " + meta.jurisdiction() + " (" + stated
                    + "), the text names " + places.get(inferred).map(Place::name).orElse(inferred) + " (" + inferred
                    + "); using the manifest's");
        }
        return stated;
    }

    private static DocumentMeta inferMeta(Path file, String name, String text) {
        int year = YearInference.infer(text, name).orElseThrow(() -> new InputException(file.toString(),
                "cannot tell the document's year from its text or name; add it to " + Manifest.FILE_NAME));
        return new DocumentMeta(name, DocumentMeta.stemOf(name), null, year, "", "", "");
    }
}
