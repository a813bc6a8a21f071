package org.pledgegraph.store;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;

/** Validates the union of the store's graphs against SHACL shapes. */
public final class ShapesValidator {
    /**
     * One violation, readable.
     *
     * @param focus    the node that fails
     * @param path     the property path, or empty
     * @param message  the shape's message
     * @param severity Violation, Warning or Info
     */
    public record Violation(String focus, String path, String message, String severity) {
        @Override
        public String toString() {
            return severity + ": " + focus + (path.isEmpty() ? "" : " " + path) + ": " + message;
        }
    }

    private final Shapes shapes;

    public ShapesValidator(Graph shapesGraph) {
        this.shapes = Shapes.parse(shapesGraph);
    }

    public List<Violation> validate(GraphStore store) {
        return store.read(() -> {
            ValidationReport report = ShaclValidator.get().validate(shapes, store.datasetGraph().getUnionGraph());
            List<Violation> out = new ArrayList<>();
            for (ReportEntry e : report.getEntries()) {
                out.add(new Violation(e.focusNode().toString(), e.resultPath() == null ? "" : e.resultPath().toString(),
                        e.message(), e.severity().level().getLocalName()));
            }
            return out;
        });
    }
}
