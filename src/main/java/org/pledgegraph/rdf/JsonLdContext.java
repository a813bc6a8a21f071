package org.pledgegraph.rdf;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.pledgegraph.model.PledgeGraphException;

/** Compacts JSON-LD with the context the project ships (ontology/context.jsonld), embedded so it resolves offline. */
public final class JsonLdContext {
    private JsonLdContext() {
    }

    /** Writes {@code graph} as compacted JSON-LD. */
    public static void write(Graph graph, OutputStream out) {
        ByteArrayOutputStream expanded = new ByteArrayOutputStream();
        RDFDataMgr.write(expanded, graph, RDFFormat.JSONLD11_FLAT);
        compact(expanded.toByteArray(), out);
    }

    /** Compacts a JSON-LD document (any form) and writes it pretty-printed; leaves {@code out} open. */
    public static void compact(byte[] jsonLd, OutputStream out) {
        try {
            JsonObject context = Json.createReader(new ByteArrayInputStream(OntologyFiles.bytes(OntologyFiles.CONTEXT)))
                    .readObject();
            JsonObject compacted = JsonLd.compact(JsonDocument.of(new ByteArrayInputStream(jsonLd)),
                    JsonDocument.of(context)).get();
            // The JSON writer closes its stream; the caller's (often stdout) must stay open.
            OutputStream shield = new FilterOutputStream(out) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            };
            try (JsonWriter w = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                    .createWriter(new OutputStreamWriter(shield, StandardCharsets.UTF_8))) {
                w.writeObject(compacted);
            }
        } catch (Exception e) {
            throw new PledgeGraphException("JSON-LD compaction failed: " + e.getMessage(), e);
        }
    }
}
