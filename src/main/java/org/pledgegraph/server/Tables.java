package org.pledgegraph.server;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;

/** CSV (RFC 4180) and TSV of result rows, terms as plain values (IRIs as text, literals as their lexical form). */
final class Tables {
    private Tables() {
    }

    static String delimited(List<String> columns, List<Binding> rows, char sep) {
        StringBuilder b = new StringBuilder(256 + rows.size() * 64);
        line(b, columns, sep);
        for (Binding r : rows) {
            line(b, columns.stream().map(c -> plain(r.get(c))).toList(), sep);
        }
        return b.toString();
    }

    /** Rows already as text. */
    static String rows(List<String> columns, List<List<String>> rows, char sep) {
        StringBuilder b = new StringBuilder(256 + rows.size() * 64);
        line(b, columns, sep);
        rows.forEach(r -> line(b, r, sep));
        return b.toString();
    }

    static String plain(Node n) {
        if (n == null) {
            return "";
        }
        return n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }

    private static void line(StringBuilder b, List<String> cells, char sep) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(sep);
            }
            String c = cells.get(i);
            if (sep == '\t') {
                b.append(c.replaceAll("[\\t\\r\\n]+", " "));
            } else if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
                b.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                b.append(c);
            }
        }
        b.append("\r\n");
    }
}
