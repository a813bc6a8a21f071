package org.pledgegraph.export;

import org.eclipse.rdf4j.rio.RDFFormat;

/** Export formats; the graph-less ones write the union of the named graphs. */
public enum ExportFormat {
    turtle(RDFFormat.TURTLE, false),
    jsonld(RDFFormat.JSONLD, false),
    rdfxml(RDFFormat.RDFXML, false),
    ntriples(RDFFormat.NTRIPLES, false),
    nquads(RDFFormat.NQUADS, true),
    trig(RDFFormat.TRIG, true);

    private final RDFFormat rio;
    private final boolean quads;

    ExportFormat(RDFFormat rio, boolean quads) {
        this.rio = rio;
        this.quads = quads;
    }

    public RDFFormat rio() {
        return rio;
    }

    /** True if the format keeps named graphs. */
    public boolean quads() {
        return quads;
    }

    public String extension() {
        return rio.getDefaultFileExtension();
    }
}
