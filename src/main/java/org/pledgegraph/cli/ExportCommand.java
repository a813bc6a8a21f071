package org.pledgegraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.pledgegraph.export.ExportFormat;
import org.pledgegraph.export.Exporter;
import org.pledgegraph.export.ReleaseBundle;
import org.pledgegraph.rdf.IriMinter;
import org.pledgegraph.model.InputException;
import org.pledgegraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write the whole store as RDF (Turtle, JSON-LD, RDF/XML, N-Triples, N-Quads, TriG).",
                "nquads and trig keep the named graphs; the other formats write their union.",
                "JSON-LD is compacted with the shipped @context (ontology/context.jsonld).",
                "--release DIR writes a dated bundle DIR/pledgegraph-YYYY-MM-DD/ instead: N-Quads and TriG (gzip),",
                "the ontology, VoID and schema.org with SHA-256 of every file, SHA256SUMS, licences, CITATION.cff, README.",
                "--base IRI names the release's data (documents, entities, places, graphs) under IRI instead of",
                "the permanent " + IriMinter.DEFAULT_BASE + " (vocabulary IRIs keep their w3id.org names)."})
final class ExportCommand extends BaseCommand {
    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--format", description = "One of: ${COMPLETION-CANDIDATES}.")
    ExportFormat format;

    @Option(names = "--release", paramLabel = "DIR", description = "Write a dated release bundle into this folder.")
    Path releaseDir;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: standard output).")
    Path outFile;

    @Option(names = "--base", paramLabel = "IRI", description = "With --release: base IRI of the data's identifiers "
            + "(default: ${DEFAULT-VALUE}, the w3id.org names that redirect to the public server).")
    String base = IriMinter.DEFAULT_BASE;

    @Override
    public Integer call() throws IOException {
        if ((format == null) == (releaseDir == null)) {
            throw new InputException("export", "give either --format FORMAT or --release DIR");
        }
        if (releaseDir != null && outFile != null) {
            throw new InputException("--out", "only used with --format; --release names its own files");
        }
        if (releaseDir == null && !IriMinter.DEFAULT_BASE.equals(base)) {
            throw new InputException("--base", "only used with --release");
        }
        String releaseBase = org.pledgegraph.export.Rebase.normalise(base);
        try (GraphStore store = openStore(storeOptions.store)) {
            if (releaseDir != null) {
                ReleaseBundle.Written w = new ReleaseBundle(store, IriMinter.defaults(), LocalDate.now(ZoneOffset.UTC),
                        releaseBase).write(releaseDir);
                err().printf("wrote release %s: %d quads under %s, %d files (see SHA256SUMS)%n", w.dir(), w.quads(),
                        releaseBase, w.sha256().size() + 1);
                return PledgeGraph.OK;
            }
            Exporter exporter = new Exporter(store);
            if (outFile == null) {
                OutputStream os = new BufferedOutputStream(new NonClosingStdout());
                exporter.write(format, os);
                os.flush();
                return PledgeGraph.OK;
            }
            Path dir = outFile.toAbsolutePath().getParent();
            if (dir == null || !Files.isDirectory(dir)) {
                throw new InputException(outFile.toString(), "folder does not exist");
            }
            // Write beside the target and move, so a failed export never leaves half a file.
            Path tmp = Files.createTempFile(dir, ".export-", ".tmp");
            try {
                long n;
                try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                    n = exporter.write(format, os);
                }
                Files.move(tmp, outFile, StandardCopyOption.REPLACE_EXISTING);
                err().printf("wrote %d statements to %s (%s)%n", n, outFile, format);
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
        return PledgeGraph.OK;
    }
}
