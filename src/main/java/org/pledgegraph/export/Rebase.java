package org.pledgegraph.export;

import org.pledgegraph.model.InputException;

/**
 * Moves the data's identifiers to another base IRI in an export: {@code {from}id/…}, {@code {from}graph/…}
 * and {@code {from}void…} become {@code {to}…}; every other IRI, the vocabulary's among them
 * ({@code …/ontology#…}, {@code …/industry/…}, {@code …/indicator/…}), is kept, because the vocabulary is
 * published under its w3id.org names whoever publishes the data.
 * <pre>
 *   new Rebase("https://w3id.org/pledgegraph/", "https://data.example.org/pg/")
 *       .apply("https://w3id.org/pledgegraph/id/place/410503")   // https://data.example.org/pg/id/place/410503
 * </pre>
 */
public record Rebase(String from, String to) {
    public Rebase {
        to = normalise(to);
    }

    /** No change: the store's own base. */
    public static Rebase none(String base) {
        return new Rebase(base, base);
    }

    /** An http(s) IRI ending in '/' (one is added), else a usage error naming {@code --base}. */
    public static String normalise(String base) {
        if (base == null || !base.matches("https?://[^\\s<>\"{}|\\\\^`#?]+")) {
            throw new InputException("--base", "'" + base + "' is not an http(s) IRI without spaces, '#' or '?'");
        }
        return base.endsWith("/") ? base : base + "/";
    }

    public boolean identity() {
        return from.equals(to);
    }

    public String apply(String iri) {
        if (identity() || !iri.startsWith(from)) {
            return iri;
        }
        String rest = iri.substring(from.length());
        return rest.startsWith("id/") || rest.startsWith("graph/") || rest.equals("graph") || rest.startsWith("void")
                ? to + rest : iri;
    }
}
